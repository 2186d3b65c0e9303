// R6 — the food part of a periodic or permanent allowance (Zał. nr 4, tabele nr 1 i 3).
import type Decimal from 'decimal.js';
import { ceilToTens, toMoneyString, ZERO } from './money';
import { ORDER_ACT, QUOTES, REFS, tableNumber, type Household, type Tier } from './parameters';
import type { MemberKind, Step } from './types';

export interface Deduction {
	amount: Decimal;
	/** The food part subtracted; 0 in the upper tier or when there is none. */
	deduction: Decimal;
	steps: Step[];
}

function deductionQuote(household: Household, members: readonly MemberKind[]): string {
	if (household === 'single') {
		return members[0] === 'centre' ? QUOTES.t1centreDeduction : QUOTES.t1noneDeduction;
	}
	return members.every((k) => k === 'centre') ? QUOTES.t3centreDeduction : QUOTES.t3noneDeduction;
}

function noDeductionQuote(household: Household, members: readonly MemberKind[]): string {
	if (household === 'single') return members[0] === 'centre' ? QUOTES.t1centre : QUOTES.t1none;
	return members.every((k) => k === 'centre') ? QUOTES.t3centre : QUOTES.t3none;
}

/**
 * R6 — Zał. nr 4, tabele nr 1 i 3 (lower tier only). With no food part the maximum is granted as
 * it is (no rounding). Otherwise maximum − part, rounded UP to full tens (ceilToTens), once for
 * the household; a part ≥ the maximum gives 0; rounding never lifts the amount above the
 * maximum (the tables give „Maksymalne kwoty świadczeń”). Tables 2 and 4 have no deduction:
 * a food part there is shown as not applicable and changes nothing.
 */
export function applyFoodPart(
	household: Household,
	members: readonly MemberKind[],
	tier: Tier,
	maximum: Decimal,
	foodPart: Decimal
): Deduction {
	if (tier === 'upTo200' && foodPart.isZero()) {
		return { amount: maximum, deduction: ZERO, steps: [] };
	}
	const table = tableNumber(tier, household);
	const ref = REFS.table(table);
	const maxMoney = toMoneyString(maximum);
	const partMoney = toMoneyString(foodPart);

	if (tier === 'upTo200') {
		return {
			amount: maximum,
			deduction: ZERO,
			steps: [
				{
					rule: 'R6',
					kind: 'R6.notApplicable',
					facts: { table, maximum: maxMoney, foodPart: partMoney },
					source: { ref, quote: QUOTES[`table${table}`], act: ORDER_ACT },
					result: maxMoney
				}
			]
		};
	}

	const quote = deductionQuote(household, members);
	if (foodPart.isZero()) {
		return {
			amount: maximum,
			deduction: ZERO,
			steps: [
				{
					rule: 'R6',
					kind: 'R6.nothingToDeduct',
					facts: { maximum: maxMoney, foodPart: partMoney },
					source: { ref, quote: noDeductionQuote(household, members), act: ORDER_ACT },
					result: maxMoney
				}
			]
		};
	}

	if (foodPart.gte(maximum)) {
		return {
			amount: ZERO,
			deduction: foodPart,
			steps: [
				{
					rule: 'R6',
					kind: 'R6.wholeMaximum',
					facts: { maximum: maxMoney, foodPart: partMoney, equal: foodPart.eq(maximum) },
					source: { ref, quote, act: ORDER_ACT },
					result: '0.00'
				}
			]
		};
	}

	const difference = maximum.minus(foodPart);
	const rounded = ceilToTens(difference);
	const capped = rounded.gt(maximum);
	const amount = capped ? maximum : rounded;
	const differenceMoney = toMoneyString(difference);
	const amountMoney = toMoneyString(amount);
	const subtraction: Step = {
		rule: 'R6',
		kind: 'R6.subtraction',
		facts: { maximum: maxMoney, foodPart: partMoney, difference: differenceMoney },
		source: { ref, quote, act: ORDER_ACT },
		result: differenceMoney
	};
	const rounding: Step = {
		rule: 'R6',
		kind: 'R6.rounding',
		facts: {
			difference: differenceMoney,
			rounded: toMoneyString(rounded),
			maximum: maxMoney,
			capped,
			amount: amountMoney
		},
		source: { ref, quote: QUOTES.rounding, act: ORDER_ACT },
		result: amountMoney
	};
	return { amount, deduction: foodPart, steps: [subtraction, rounding] };
}
