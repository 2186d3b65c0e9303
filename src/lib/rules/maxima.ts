// R3 (use of a support centre), R4 (maximum per person, tables 1–4), R5 (household sum),
// R7 (one form of help at a time, Zał. nr 4, pkt 4).
import type Decimal from 'decimal.js';
import { amountOf, toMoneyString, ZERO } from './money';
import {
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

function kindSentence(kind: MemberKind): string {
	switch (kind) {
		case 'none':
			return 'nie korzysta z ośrodka wsparcia ani z posiłków w jadłodajni';
		case 'centre':
			return 'korzysta z ośrodka wsparcia (Domu Dziennego Pobytu lub Klubu Senior+)';
		case 'meals':
			return 'otrzymuje już posiłek w ramach programu „Posiłek w szkole i w domu”';
	}
}

/** R3 — Zał. nr 4, tables 1–4 (column headings): how each person uses a support centre. */
export function centreUseStep(
	household: Household,
	members: readonly MemberKind[],
	tier: Tier
): Step {
	const table = tableNumber(tier, household);
	const centreColumn =
		tier === 'upTo100'
			? QUOTES.columnCentreFree
			: table === 2
				? QUOTES.columnCentrePaid2
				: QUOTES.columnCentrePaid4;
	const anyCentre = members.includes('centre');
	const people = members.map((k, i) => `${who(household, i + 1)} ${kindSentence(k)}.`).join(' ');
	// The column headings are the order's conditions, quoted; they are not a price list.
	const columns = anyCentre
		? ` Osobie korzystającej z ośrodka odpowiada w tabeli nr ${table} kolumna „${centreColumn}” – to warunek kolumny, nie informacja o opłatach (ustalają je uchwały Rady Miasta).`
		: '';
	return {
		rule: 'R3',
		title: 'Korzystanie z ośrodka wsparcia',
		text: `${people}${columns}`,
		source: {
			ref: `Zał. nr 4, tabela nr ${table}, ${anyCentre ? 'kolumna druga' : 'kolumna pierwsza'}`,
			quote: anyCentre ? centreColumn : QUOTES.columnNone,
			act: ORDER_ACT
		},
		values: members.map((k, i) => ({ label: `osoba ${i + 1}`, value: k }))
	};
}

/** An amount with the two ways the result and the steps write it: "400.00" and "400,00 zł". */
export interface Written {
	amount: Decimal;
	money: string;
	text: string;
}

function written(amount: Decimal): Written {
	return { amount, money: toMoneyString(amount), text: zl(amount) };
}

/** R4 for one kind of person: the maximum, and for a centre user what using the centre costs. */
export interface KindMaximum {
	kind: MemberKind;
	/** From tables 1–4; 0 for `meals` (R7). */
	maximum: Written;
	/** A centre user: the maximum without using the centre and the difference. */
	withoutCentre?: { maximum: Written; cost: Written };
}

/** R4 — the maximum for one kind of person from tables 1–4; `meals` → 0 (R7). */
function kindMaximum(
	household: Household,
	kind: MemberKind,
	tier: Tier,
	params: AllowanceParameters
): KindMaximum {
	if (kind === 'meals') return { kind, maximum: written(ZERO) };
	const max = amountOf(params.maxima[tier][household][kind]);
	if (kind === 'none') return { kind, maximum: written(max) };
	const without = amountOf(params.maxima[tier][household].none);
	return {
		kind,
		maximum: written(max),
		withoutCentre: { maximum: written(without), cost: written(without.minus(max)) }
	};
}

/**
 * R4 — each person's maximum, in order. Persons of one kind share a table cell, so each kind
 * present (at most three) is looked up and written out once and shared by its persons.
 */
export function memberMaxima(
	household: Household,
	members: readonly MemberKind[],
	tier: Tier,
	params: AllowanceParameters
): KindMaximum[] {
	const byKind = new Map<MemberKind, KindMaximum>();
	return members.map((kind) => {
		let maximum = byKind.get(kind);
		if (!maximum) {
			maximum = kindMaximum(household, kind, tier, params);
			byKind.set(kind, maximum);
		}
		return maximum;
	});
}

/**
 * R4 step for one person (Zał. nr 4, tabela nr 1–4); for a centre user it shows what using the
 * centre costs against not using it. A `meals` person gets an R7 step (Zał. nr 4, pkt 4) with 0.
 */
export function memberStep(
	household: Household,
	person: number,
	tier: Tier,
	m: KindMaximum,
	params: AllowanceParameters
): Step {
	const table = tableNumber(tier, household);
	const name = who(household, person);
	if (m.kind === 'meals') {
		return {
			rule: 'R7',
			title: `${name}: posiłek zamiast zasiłku`,
			text: `${name} otrzymuje już posiłek w ramach programu. W tym samym czasie można otrzymać tylko jedną z form wsparcia: posiłek, zasiłek celowy na zakup żywności albo produkty żywnościowe. Kalkulator czyta to dla każdej osoby osobno: osoba, która otrzymuje posiłek, nie zwiększa kwoty (${zl('0')}), a pozostałe osoby liczy się jak zwykle. To odczytanie kalkulatora – potwierdza je pracownik Ośrodka.`,
			source: { ref: 'Zał. nr 4, pkt 4', quote: QUOTES.point4, act: ORDER_ACT },
			values: [
				{ label: 'forma pomocy', value: 'meals' },
				{ label: 'kwota dla osoby', value: '0.00' }
			],
			result: '0.00',
			person
		};
	}
	const cell = params.maxima[tier][household][m.kind];
	const max = m.maximum;
	const values = [{ label: 'kwota maksymalna dla osoby', value: max.money }];
	let text: string;
	if (m.withoutCentre) {
		const { maximum: without } = m.withoutCentre;
		text = `Do ${max.text} miesięcznie. Dla osoby korzystającej z ośrodka wsparcia tabela nr ${table} podaje kwotę maksymalną ${max.text}, a dla osoby niekorzystającej z ośrodka – ${without.text}.`;
		values.push({
			label: 'kwota maksymalna dla osoby niekorzystającej z ośrodka',
			value: without.money
		});
	} else {
		text = `Do ${max.text} miesięcznie (kwota maksymalna z tabeli nr ${table}).`;
	}
	return {
		rule: 'R4',
		title: `${name}: kwota maksymalna`,
		text,
		source: { ref: cell.source.ref, quote: cell.source.quote, act: ORDER_ACT },
		values,
		result: max.money,
		person
	};
}

/** R5 — the household maximum is the sum of the members' maxima (Zał. nr 4, under tables 3 and 4). */
export function householdMaximum(maxima: readonly KindMaximum[]): Decimal {
	return maxima.reduce((sum, m) => sum.plus(m.maximum.amount), ZERO);
}

/** R5 step: the sum, written out. */
export function householdMaximumStep(
	household: Household,
	tier: Tier,
	maxima: readonly KindMaximum[],
	total: Decimal
): Step {
	const table = tableNumber(tier, household);
	const text =
		household === 'single'
			? `Kwota maksymalna zasiłku: do ${zl(total)} miesięcznie.`
			: `Kwota maksymalna dla rodziny to suma kwot maksymalnych wszystkich osób: ${maxima.map((m) => m.maximum.text).join(' + ')} = ${zl(total)} miesięcznie.`;
	const totalMoney = toMoneyString(total);
	return {
		rule: 'R5',
		title: household === 'single' ? 'Kwota maksymalna' : 'Kwota maksymalna dla rodziny',
		text,
		source:
			household === 'single'
				? { ref: `Zał. nr 4, pkt 2 i tabela nr ${table}`, quote: QUOTES.point2, act: ORDER_ACT }
				: { ref: `Zał. nr 4, pod tabelą nr ${table}`, quote: QUOTES.familySum, act: ORDER_ACT },
		values: [
			...maxima.map((m, i) => ({ label: `osoba ${i + 1}`, value: m.maximum.money })),
			{ label: 'suma', value: totalMoney }
		],
		result: totalMoney
	};
}

/** R7 — Zał. nr 4, pkt 4: a household receiving food products gets 0 from this allowance. */
export function foodProductsStep(before: Decimal): Step {
	return {
		rule: 'R7',
		title: 'Produkty żywnościowe zamiast zasiłku',
		text: `Gospodarstwo otrzymuje w ramach programu pomoc rzeczową w postaci produktów żywnościowych. W tym samym czasie można otrzymać tylko jedną z form wsparcia. Kalkulator czyta to dla całego gospodarstwa: gdy gospodarstwo otrzymuje produkty, kwota zasiłku wynosi ${zl('0')} zamiast ${zl(before)}. To odczytanie kalkulatora – potwierdza je pracownik Ośrodka.`,
		source: { ref: 'Zał. nr 4, pkt 4', quote: QUOTES.point4, act: ORDER_ACT },
		values: [
			{ label: 'kwota przed uwzględnieniem produktów', value: toMoneyString(before) },
			{ label: 'kwota zasiłku', value: '0.00' }
		],
		result: '0.00'
	};
}
