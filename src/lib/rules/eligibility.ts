// R1 (who can get it) and R2 (the tier). Zał. nr 4, pkt 1 and the headings of tables 1–4.
import type Decimal from 'decimal.js';
import { amountOf, ceilToHundredths, money, toMoneyString, ZERO } from './money';
import {
	ORDER_ACT,
	QUOTES,
	REFS,
	tableNumber,
	type AllowanceParameters,
	type Household
} from './parameters';
import type { IncomeThresholds, ResultTier, StepOf } from './types';

const HUNDRED = money('100');

export interface Thresholds {
	/** The criterion for the household type: single, or per person in a family. */
	criterion: Decimal;
	/** Household income at 100 % of the criterion: criterion × members. */
	upTo100: Decimal;
	/** Household income at the programme's limit (200 %): criterion × members × 2. */
	upTo200: Decimal;
}

/**
 * R1/R2 thresholds as household totals, so the test is exact with no division:
 * family eligible iff income ≤ 2 × criterion per person × members (Zał. nr 4, pkt 1).
 */
export function thresholds(
	household: Household,
	membersCount: number,
	params: AllowanceParameters
): Thresholds {
	const criterion = amountOf(
		household === 'single' ? params.criteria.single : params.criteria.perPerson
	);
	const upTo100 = criterion.mul(household === 'single' ? 1 : membersCount);
	const upTo200 = upTo100.mul(amountOf(params.incomeLimitPercent)).div(HUNDRED);
	return { criterion, upTo100, upTo200 };
}

export function thresholdStrings(t: Thresholds): IncomeThresholds {
	return {
		criterion: toMoneyString(t.criterion),
		upTo100: toMoneyString(t.upTo100),
		upTo200: toMoneyString(t.upTo200)
	};
}

export interface Assessment {
	tier: ResultTier;
	eligible: boolean;
	/** Income in percent of the criterion, to 2 decimals rounded up ("100.01" for just above). */
	ratioPercent: string;
	/** By how much the 200 % limit was passed; 0 when eligible. */
	excess: Decimal;
}

/**
 * R1 — Zał. nr 4, pkt 1: income from 0 to 200 % of the criterion (inclusive).
 * R2 — tables 1/3 „do 100%” (inclusive) and tables 2/4 „powyżej 100% do 200%”.
 * Decided on exact values: exactly 100 % is the lower tier, exactly 200 % is still eligible.
 */
export function assessIncome(income: Decimal, t: Thresholds): Assessment {
	const ratioPercent = toMoneyString(ceilToHundredths(income.mul(HUNDRED).div(t.upTo100)));
	if (income.lte(t.upTo100)) {
		return { tier: 'upTo100', eligible: true, ratioPercent, excess: ZERO };
	}
	if (income.lte(t.upTo200)) {
		return { tier: 'upTo200', eligible: true, ratioPercent, excess: ZERO };
	}
	return { tier: 'over200', eligible: false, ratioPercent, excess: income.minus(t.upTo200) };
}

/** A family's income per person as shown: rounded up to the grosz, and whether that changed it. */
export function incomePerPerson(income: Decimal, membersCount: number) {
	const exact = income.div(membersCount);
	const shown = ceilToHundredths(exact);
	return { shown, roundedUp: !shown.eq(exact) };
}

/** R1 step (Zał. nr 4, pkt 1): the income against the criterion and the 200 % limit. */
export function eligibilityStep(
	household: Household,
	membersCount: number,
	income: Decimal,
	t: Thresholds,
	a: Assessment,
	params: AllowanceParameters
): StepOf<'R1.incomeLimit'> {
	const crit = household === 'single' ? params.criteria.single : params.criteria.perPerson;
	const perPerson = household === 'family' ? incomePerPerson(income, membersCount) : undefined;
	return {
		rule: 'R1',
		kind: 'R1.incomeLimit',
		facts: {
			household,
			members: membersCount,
			income: toMoneyString(income),
			criterion: toMoneyString(t.criterion),
			criterionCitation: params.criteria.manual ? null : (crit.source.citation ?? crit.source.act),
			incomePerPerson: perPerson ? toMoneyString(perPerson.shown) : null,
			perPersonRoundedUp: perPerson?.roundedUp ?? false,
			ratioPercent: a.ratioPercent,
			upTo200: toMoneyString(t.upTo200),
			eligible: a.eligible,
			excess: a.eligible ? null : toMoneyString(a.excess)
		},
		source: { ref: REFS.point(1), quote: QUOTES.point1, act: ORDER_ACT },
		...(a.eligible ? {} : { result: '0.00' })
	};
}

/** R2 step: the tier and so the table (1/3 up to 100 %, 2/4 above 100 % up to 200 %). */
export function tierStep(
	household: Household,
	income: Decimal,
	t: Thresholds,
	a: Assessment
): StepOf<'R2.tier'> {
	const tier = a.tier === 'upTo100' ? 'upTo100' : 'upTo200';
	const table = tableNumber(tier, household);
	return {
		rule: 'R2',
		kind: 'R2.tier',
		facts: {
			household,
			income: toMoneyString(income),
			upTo100: toMoneyString(t.upTo100),
			upTo200: toMoneyString(t.upTo200),
			tier,
			table
		},
		source: { ref: REFS.table(table), quote: QUOTES[`table${table}`], act: ORDER_ACT }
	};
}
