// R3 (use of a support centre), R4 (maximum per person, tables 1–4), R5 (household sum),
// R7 (one form of help at a time, Zał. nr 4, pkt 4).
import type Decimal from 'decimal.js';
import { amountOf, toMoneyString, ZERO } from './money';
import {
	ORDER_ACT,
	QUOTES,
	REFS,
	tableNumber,
	type AllowanceParameters,
	type Household,
	type Tier
} from './parameters';
import type { CentreComparison, MemberKind, StepOf } from './types';

/** R3 — Zał. nr 4, tables 1–4 (column headings): how each person uses a support centre. */
export function centreUseStep(
	household: Household,
	members: readonly MemberKind[],
	tier: Tier
): StepOf<'R3.centreUse'> {
	const table = tableNumber(tier, household);
	const anyCentre = members.includes('centre');
	// The column headings are the order's conditions, quoted; they are not a price list.
	const centreColumn = !anyCentre
		? null
		: tier === 'upTo100'
			? QUOTES.columnCentreFree
			: table === 2
				? QUOTES.columnCentrePaid2
				: QUOTES.columnCentrePaid4;
	return {
		rule: 'R3',
		kind: 'R3.centreUse',
		facts: { household, members: [...members], table, centreColumn },
		source: {
			ref: REFS.tableColumn(table, anyCentre ? 2 : 1),
			quote: centreColumn ?? QUOTES.columnNone,
			act: ORDER_ACT
		}
	};
}

/** An amount and its exact string ("400.00"), worked out once for all persons of a kind. */
export interface Written {
	amount: Decimal;
	money: string;
}

function written(amount: Decimal): Written {
	return { amount, money: toMoneyString(amount) };
}

/** R4 for one kind of person: the maximum, and for a centre user what using the centre costs. */
export interface KindMaximum {
	kind: MemberKind;
	/** From tables 1–4; 0 for `meals` (R7). */
	maximum: Written;
	/** A centre user: the table's maximum for a person not using a centre. */
	withoutCentre?: Written;
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
	return {
		kind,
		maximum: written(max),
		withoutCentre: written(amountOf(params.maxima[tier][household].none))
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
): StepOf<'R4.personMaximum'> | StepOf<'R7.personMeals'> {
	if (m.kind === 'meals') {
		return {
			rule: 'R7',
			kind: 'R7.personMeals',
			facts: { household, person },
			source: { ref: REFS.point(4), quote: QUOTES.point4, act: ORDER_ACT },
			result: '0.00',
			person
		};
	}
	const cell = params.maxima[tier][household][m.kind];
	return {
		rule: 'R4',
		kind: 'R4.personMaximum',
		facts: {
			household,
			person,
			table: tableNumber(tier, household),
			maximum: m.maximum.money,
			withoutCentre: m.withoutCentre?.money ?? null
		},
		source: { ref: cell.source.ref, quote: cell.source.quote, act: ORDER_ACT },
		result: m.maximum.money,
		person
	};
}

/** R4/R5 side by side for the what-if table (see CentreComparison). */
export function centreComparison(
	household: Household,
	members: readonly MemberKind[],
	tier: Tier,
	params: AllowanceParameters
): CentreComparison {
	const cells = params.maxima[tier][household];
	const counted = members.filter((k) => k !== 'meals').length;
	const none = amountOf(cells.none);
	const centre = amountOf(cells.centre);
	return {
		none: toMoneyString(none),
		centre: toMoneyString(centre),
		totalNone: toMoneyString(none.mul(counted)),
		totalCentre: toMoneyString(centre.mul(counted))
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
): StepOf<'R5.householdMaximum'> {
	const table = tableNumber(tier, household);
	const totalMoney = toMoneyString(total);
	return {
		rule: 'R5',
		kind: 'R5.householdMaximum',
		facts: { household, table, maxima: maxima.map((m) => m.maximum.money), total: totalMoney },
		source:
			household === 'single'
				? {
						ref: REFS.pointAndTable(2, table === 1 ? 1 : 2),
						quote: QUOTES.point2,
						act: ORDER_ACT
					}
				: { ref: REFS.underTable(table === 3 ? 3 : 4), quote: QUOTES.familySum, act: ORDER_ACT },
		result: totalMoney
	};
}

/** R7 — Zał. nr 4, pkt 4: a household receiving food products gets 0 from this allowance. */
export function foodProductsStep(before: Decimal): StepOf<'R7.foodProducts'> {
	return {
		rule: 'R7',
		kind: 'R7.foodProducts',
		facts: { before: toMoneyString(before) },
		source: { ref: REFS.point(4), quote: QUOTES.point4, act: ORDER_ACT },
		result: '0.00'
	};
}
