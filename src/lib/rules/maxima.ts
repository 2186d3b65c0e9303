// R3 (use of a support centre), R4 (maximum per person, tables 1–4), R5 (household sum),
// R7 (one form of help at a time, Zał. nr 4, pkt 4).
import type Decimal from 'decimal.js';
import { toMoneyString, ZERO } from './money';
import {
	amountOf,
	ORDER_ACT,
	QUOTES,
	tableNumber,
	type AllowanceParameters,
	type Household,
	type Tier
} from './parameters';
import { zl } from './text';
import type { MemberKind, Step } from './types';

function who(household: Household, person: number): string {
	return household === 'single' ? 'Osoba samotnie gospodarująca' : `Osoba ${person}`;
}

function kindSentence(kind: MemberKind, tier: Tier, lunchPriceText: string): string {
	switch (kind) {
		case 'none':
			return 'nie korzysta z posiłków w jadłodajni przy domu dziennego pobytu ani w jadłodajni wyłonionej w trybie zamówień publicznych';
		case 'centre':
			return tier === 'upTo100'
				? 'korzysta z bezpłatnych usług ośrodka wsparcia (DDP / Klub Senior+)'
				: `korzysta z usług ośrodka wsparcia (DDP / Klub Senior+), płacąc ${lunchPriceText} za obiad`;
		case 'meals':
			return 'otrzymuje już posiłek w ramach programu „Posiłek w szkole i w domu”';
	}
}

/** R3 — Zał. nr 4, tables 1–4 (column headings): how each person uses a support centre. */
export function centreUseStep(
	household: Household,
	members: readonly MemberKind[],
	tier: Tier,
	params: AllowanceParameters
): Step {
	const table = tableNumber(tier, household);
	const centreColumn =
		tier === 'upTo100'
			? QUOTES.columnCentreFree
			: table === 2
				? QUOTES.columnCentrePaid2
				: QUOTES.columnCentrePaid4;
	const lunchPriceText = zl(amountOf(params.lunchPrice));
	return {
		rule: 'R3',
		title: 'Korzystanie z ośrodka wsparcia',
		text:
			members
				.map((k, i) => `${who(household, i + 1)} ${kindSentence(k, tier, lunchPriceText)}`)
				.join('. ') + '.',
		source: {
			ref: `Zał. nr 4, tabela nr ${table} (kolumny)`,
			quote: `${QUOTES.columnNone} | ${centreColumn}`,
			act: ORDER_ACT
		},
		values: members.map((k, i) => ({ label: `osoba ${i + 1}`, value: k }))
	};
}

/** R4 — the maximum for one person from tables 1–4; `meals` → 0 (R7). */
export function memberMaximum(
	household: Household,
	kind: MemberKind,
	tier: Tier,
	params: AllowanceParameters
): Decimal {
	if (kind === 'meals') return ZERO;
	return amountOf(params.maxima[tier][household][kind]);
}

/**
 * R4 step for one person (Zał. nr 4, tabela nr 1–4); for a centre user it shows what using the
 * centre costs against not using it. A `meals` person gets an R7 step (Zał. nr 4, pkt 4) with 0.
 */
export function memberStep(
	household: Household,
	kind: MemberKind,
	person: number,
	tier: Tier,
	params: AllowanceParameters
): Step {
	const table = tableNumber(tier, household);
	const name = who(household, person);
	if (kind === 'meals') {
		return {
			rule: 'R7',
			title: `${name}: posiłek zamiast zasiłku`,
			text: `${name} otrzymuje już posiłek w ramach programu. W tym samym czasie można korzystać tylko z jednej formy pomocy (posiłek, zasiłek celowy na żywność albo produkty żywnościowe), więc ta osoba nie zwiększa zasiłku: ${zl('0')}.`,
			source: { ref: 'Zał. nr 4, pkt 4', quote: QUOTES.point4, act: ORDER_ACT },
			values: [
				{ label: 'forma pomocy', value: 'meals' },
				{ label: 'kwota dla osoby', value: '0.00' }
			],
			result: '0.00',
			person
		};
	}
	const cell = params.maxima[tier][household][kind];
	const max = amountOf(cell);
	const maxText = zl(max);
	const maxMoney = toMoneyString(max);
	const values = [{ label: 'kwota maksymalna dla osoby', value: maxMoney }];
	let text: string;
	if (kind === 'centre') {
		const without = amountOf(params.maxima[tier][household].none);
		const withoutText = zl(without);
		const cost = without.minus(max);
		text = `${name} korzysta z ośrodka wsparcia – maksymalnie ${maxText} miesięcznie (tabela nr ${table}). Bez korzystania z ośrodka byłoby to ${withoutText}, więc korzystanie z ośrodka zmniejsza zasiłek o ${zl(cost)} (${withoutText} − ${maxText}).`;
		values.push(
			{ label: 'kwota bez korzystania z ośrodka', value: toMoneyString(without) },
			{ label: 'różnica (koszt korzystania z ośrodka)', value: toMoneyString(cost) }
		);
	} else {
		text = `${name} – maksymalnie ${maxText} miesięcznie (tabela nr ${table}).`;
	}
	return {
		rule: 'R4',
		title: `${name}: kwota maksymalna`,
		text,
		source: { ref: cell.source.ref, quote: cell.source.quote, act: ORDER_ACT },
		values,
		result: maxMoney,
		person
	};
}

/** R5 — the household maximum is the sum of the members' maxima (Zał. nr 4, under tables 3 and 4). */
export function householdMaximum(maxima: readonly Decimal[]): Decimal {
	return maxima.reduce((sum, m) => sum.plus(m), ZERO);
}

/** R5 step: the sum, written out. */
export function householdMaximumStep(
	household: Household,
	tier: Tier,
	maxima: readonly Decimal[],
	total: Decimal
): Step {
	const table = tableNumber(tier, household);
	const text =
		household === 'single'
			? `Kwota maksymalna zasiłku: ${zl(total)} miesięcznie.`
			: `Kwota dla rodziny jest sumą kwot wszystkich osób: ${maxima.map((m) => zl(m)).join(' + ')} = ${zl(total)} miesięcznie.`;
	return {
		rule: 'R5',
		title: household === 'single' ? 'Kwota maksymalna' : 'Kwota maksymalna dla rodziny',
		text,
		source:
			household === 'single'
				? { ref: `Zał. nr 4, pkt 2 i tabela nr ${table}`, quote: QUOTES.point2, act: ORDER_ACT }
				: { ref: `Zał. nr 4, pod tabelą nr ${table}`, quote: QUOTES.familySum, act: ORDER_ACT },
		values: [
			...maxima.map((m, i) => ({ label: `osoba ${i + 1}`, value: toMoneyString(m) })),
			{ label: 'suma', value: toMoneyString(total) }
		],
		result: toMoneyString(total)
	};
}

/** R7 — Zał. nr 4, pkt 4: a household receiving food products gets 0 from this allowance. */
export function foodProductsStep(before: Decimal): Step {
	return {
		rule: 'R7',
		title: 'Produkty żywnościowe zamiast zasiłku',
		text: `Gospodarstwo otrzymuje w ramach programu pomoc rzeczową w postaci produktów żywnościowych. W tym samym czasie można korzystać tylko z jednej formy pomocy, więc zamiast ${zl(before)} zasiłek wynosi ${zl('0')}.`,
		source: { ref: 'Zał. nr 4, pkt 4', quote: QUOTES.point4, act: ORDER_ACT },
		values: [
			{ label: 'kwota przed uwzględnieniem produktów', value: toMoneyString(before) },
			{ label: 'kwota zasiłku', value: '0.00' }
		],
		result: '0.00'
	};
}
