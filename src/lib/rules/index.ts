// The allowance rules engine: the public API. Pure: the date is an argument (the caller's
// today when the input has none); nothing here reads the clock or makes a sentence.
import {
	assessIncome,
	eligibilityStep,
	incomePerPerson,
	thresholdStrings,
	thresholds,
	tierStep,
	type Assessment,
	type Thresholds
} from './eligibility';
import Decimal from 'decimal.js';
import { applyFoodPart } from './deduction';
import { AllowanceInputError } from './errors';
import { lunchNote } from './lunches';
import {
	centreComparison,
	centreUseStep,
	foodProductsStep,
	householdMaximum,
	householdMaximumStep,
	memberMaxima,
	memberStep
} from './maxima';
import { money, toMoneyString, ZERO } from './money';
import { specialCasesNote } from './notes';
import {
	MANUAL_CRITERIA_ACT,
	REFS,
	parametersFor,
	type AllowanceParameters,
	type Household,
	type Source
} from './parameters';
import { criterionAmount, MAX_FAMILY, validateInput, type ValidInput } from './schema';
import type {
	AllowanceInput,
	AllowanceResult,
	IncomeAssessment,
	IncomeThresholds,
	Step,
	Warning
} from './types';

export {
	AllowanceInputError,
	type AllowanceField,
	type AllowanceProblem,
	type AllowanceErrorCode
} from './errors';
export type { AmountProblem } from './amount-text';
export { parseAmount, ceilToTens, toMoneyString, type ParsedAmount } from './money';
export {
	parametersFor,
	parametersFor as getParameters,
	criteriaFor,
	CRITERIA_PERIODS,
	MAXIMA,
	INCOME_LIMIT_PERCENT,
	LUNCH_PRICE,
	ORDER_ACT,
	ORDER_FROM,
	REFS,
	REVIEW_AFTER,
	type AllowanceParameters,
	type CriteriaPeriod,
	type Household,
	type Parameter,
	type Source,
	type Tier
} from './parameters';
export { MEMBER_KINDS } from './types';
export type {
	AllowanceInput,
	AllowanceResult,
	CentreComparison,
	IncomeAssessment,
	IncomeThresholds,
	MemberKind,
	Money,
	ResultTier,
	RuleId,
	Step,
	StepFacts,
	StepKind,
	StepOf,
	StepSource,
	TableNumber,
	Warning
} from './types';

/**
 * The deduction as the result shows it: what was actually taken off the maximum, so never more
 * than the maximum ("odliczono 500,00 zł z 500,00 zł" when 600,00 zł was entered). The result's
 * `deduction` keeps the food part as entered.
 */
export function deductionShown(result: Pick<AllowanceResult, 'deduction' | 'maximum'>): string {
	return toMoneyString(Decimal.min(result.deduction, result.maximum));
}

/** The parameters for `date`, with the criteria replaced by a staff override when given. */
function withCriteria(
	params: AllowanceParameters,
	criteria: { single: string; perPerson: string } | undefined
): AllowanceParameters {
	if (!criteria) return params;
	const source: Source = {
		act: MANUAL_CRITERIA_ACT,
		ref: REFS.manualCriterion,
		quote: MANUAL_CRITERIA_ACT,
		validFrom: params.date,
		validTo: params.date
	};
	return {
		...params,
		criteria: {
			single: { value: criteria.single, source },
			perPerson: { value: criteria.perPerson, source },
			manual: true
		}
	};
}

function reviewWarning(params: AllowanceParameters): Warning[] {
	if (!params.reviewDue) return [];
	const source = params.criteria.perPerson.source;
	return [
		{
			kind: 'criteriaReviewDue',
			reviewAfter: params.reviewAfter,
			criteriaCitation: params.criteria.manual ? null : (source.citation ?? source.act)
		}
	];
}

type Outcome = Pick<
	AllowanceResult,
	| 'eligible'
	| 'tier'
	| 'memberMaxima'
	| 'maximum'
	| 'deduction'
	| 'amount'
	| 'centreComparison'
	| 'steps'
>;

/**
 * The result object, written out field by field. Not `{ ...common, eligible, … }`: on Node 20
 * an object spread followed by more properties took a quarter or more of a calculation's time.
 */
function result(
	common: { assessment: Assessment; params: AllowanceParameters; thresholds: Thresholds },
	outcome: Outcome
): AllowanceResult {
	const { assessment, params, thresholds: t } = common;
	return {
		incomeRatioPercent: assessment.ratioPercent,
		parameters: params,
		thresholds: thresholdStrings(t),
		reviewDue: params.reviewDue,
		warnings: reviewWarning(params),
		eligible: outcome.eligible,
		tier: outcome.tier,
		memberMaxima: outcome.memberMaxima,
		maximum: outcome.maximum,
		deduction: outcome.deduction,
		amount: outcome.amount,
		centreComparison: outcome.centreComparison,
		steps: outcome.steps
	};
}

/** The pure core: validated input with a required date. */
export function computeAllowance(input: ValidInput): AllowanceResult {
	const { household, members, income, foodPart } = input;
	const params = withCriteria(
		parametersFor(input.date),
		input.criteria && {
			single: toMoneyString(input.criteria.single),
			perPerson: toMoneyString(input.criteria.perPerson)
		}
	);
	const t = thresholds(household, members.length, params);
	const assessment = assessIncome(income, t);
	const steps: Step[] = [eligibilityStep(household, members.length, income, t, assessment, params)];
	const common = { assessment, params, thresholds: t };

	if (assessment.tier === 'over200') {
		steps.push(specialCasesNote(false));
		return result(common, {
			eligible: false,
			tier: 'over200',
			memberMaxima: [],
			maximum: '0.00',
			deduction: '0.00',
			amount: '0.00',
			centreComparison: null,
			steps
		});
	}

	const tier = assessment.tier;
	steps.push(tierStep(household, income, t, assessment));
	steps.push(centreUseStep(household, members, tier));
	const maxima = memberMaxima(household, members, tier, params);
	maxima.forEach((m, i) => steps.push(memberStep(household, i + 1, tier, m, params)));
	const maximum = householdMaximum(maxima);
	steps.push(householdMaximumStep(household, tier, maxima, maximum));

	const r6 = applyFoodPart(household, members, tier, maximum, foodPart);
	steps.push(...r6.steps);
	let amount = r6.amount;
	if (input.receivesFoodProducts) {
		steps.push(foodProductsStep(amount));
		amount = ZERO;
	}
	if (tier === 'upTo200') {
		maxima.forEach((m, i) => {
			if (m.kind === 'centre') {
				steps.push(lunchNote(household, i + 1, m.maximum.amount, params, input.lunchesPerMonth));
			}
		});
	}
	steps.push(specialCasesNote(true));

	return result(common, {
		eligible: true,
		tier,
		memberMaxima: maxima.map((m) => m.maximum.money),
		maximum: toMoneyString(maximum),
		deduction: toMoneyString(r6.deduction),
		amount: toMoneyString(amount),
		centreComparison: centreComparison(household, members, tier, params),
		steps
	});
}

/**
 * Calculates the food allowance (zasiłek celowy na zakup żywności, „Posiłek w szkole i w domu”)
 * under Zarządzenie Nr 24/2025, zał. nr 4. The date is `input.date`, else `today` (the caller's
 * today in Poland). Throws AllowanceInputError (with `field` and `problem`) on invalid input.
 */
export function calculateAllowance(input: AllowanceInput, today: string): AllowanceResult {
	const date = (input as Partial<AllowanceInput> | null)?.date ?? today;
	return computeAllowance(validateInput(input, date));
}

/** The parameters and thresholds of a household for a date, with a checked count of persons. */
function householdThresholds(
	household: Household,
	membersCount: number,
	date: string,
	criteria?: { single: string; perPerson: string }
) {
	if (!Number.isInteger(membersCount) || membersCount < 1 || membersCount > MAX_FAMILY) {
		throw new AllowanceInputError('members', { code: 'members.count', max: MAX_FAMILY });
	}
	if (household === 'single' && membersCount !== 1) {
		throw new AllowanceInputError('members', { code: 'members.singleIsOne', count: membersCount });
	}
	const override = criteria && {
		single: toMoneyString(criterionAmount('single', criteria.single)),
		perPerson: toMoneyString(criterionAmount('perPerson', criteria.perPerson))
	};
	const params = withCriteria(parametersFor(date), override);
	return thresholds(household, membersCount, params);
}

/**
 * For the income-range picker: the household totals at 100 % and 200 % of the criterion (exact
 * strings) and the criterion itself (single, or per person in a family).
 */
export function incomeThresholds(
	household: Household,
	membersCount: number,
	date: string,
	criteria?: { single: string; perPerson: string }
): IncomeThresholds {
	return thresholdStrings(householdThresholds(household, membersCount, date, criteria));
}

/**
 * The income against a household's thresholds (from incomeThresholds) as soon as it is typed
 * (R1, R2), decided and rounded as the result will be: for the form's preview and for which
 * fields to ask next.
 */
export function assessHouseholdIncome(
	t: IncomeThresholds,
	membersCount: number,
	income: Decimal
): IncomeAssessment {
	const a = assessIncome(income, {
		criterion: money(t.criterion),
		upTo100: money(t.upTo100),
		upTo200: money(t.upTo200)
	});
	return {
		tier: a.tier,
		ratioPercent: a.ratioPercent,
		incomePerPerson: toMoneyString(incomePerPerson(income, membersCount).shown)
	};
}

const ONE_GROSZ = money('0.01');

/** The smallest income above a limit: the limit and 1 grosz ("2020.00" → "2020.01"). */
export function justAbove(limit: string): string {
	return toMoneyString(money(limit).plus(ONE_GROSZ));
}
