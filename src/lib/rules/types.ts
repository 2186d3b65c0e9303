import type { AllowanceParameters, Household, Tier } from './parameters';

/** R3: how one person uses a support centre. */
export const MEMBER_KINDS = ['none', 'centre', 'meals'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9';
export type ResultTier = 'upTo100' | 'upTo200' | 'over200';

/** An exact amount of złoty as a decimal string with a dot and two decimals: "2469.00". */
export type Money = string;
export type TableNumber = 1 | 2 | 3 | 4;

/**
 * The facts of each kind of step: every number and choice a sentence about it would show, as
 * decimal strings and plain values. The words for each kind live in the message modules
 * (src/lib/messages/<language>/steps.ts), one sentence-maker per kind; nothing here is prose.
 */
export interface StepFacts {
	/** R1 — Zał. nr 4, pkt 1: the income against the criterion and the 200 % limit. */
	'R1.incomeLimit': {
		household: Household;
		members: number;
		income: Money;
		criterion: Money;
		/** The regulation's short citation ("Dz.U. 2024 poz. 1044"); null for a criterion typed by staff. */
		criterionCitation: string | null;
		/** A family's income per person, rounded up to the grosz; null for a single person. */
		incomePerPerson: Money | null;
		/** Whether rounding up to the grosz changed the income per person. */
		perPersonRoundedUp: boolean;
		/** Income in % of the criterion, two decimals rounded up ("100.01"). */
		ratioPercent: string;
		/** The household's income at 200 % of the criterion. */
		upTo200: Money;
		eligible: boolean;
		/** By how much the limit is passed; null when eligible. */
		excess: Money | null;
	};
	/** R2 — tables 1/3 „do 100%” or 2/4 „powyżej 100% do 200%”. */
	'R2.tier': {
		household: Household;
		income: Money;
		upTo100: Money;
		upTo200: Money;
		tier: Tier;
		table: TableNumber;
	};
	/** R3 — the column headings of tables 1–4: how each person uses a support centre. */
	'R3.centreUse': {
		household: Household;
		members: MemberKind[];
		table: TableNumber;
		/** The heading of the centre column, quoted from the order; null when nobody uses a centre. */
		centreColumn: string | null;
	};
	/** R4 — one person's maximum from tables 1–4. */
	'R4.personMaximum': {
		household: Household;
		person: number;
		table: TableNumber;
		maximum: Money;
		/** For a centre user: the table's maximum for a person not using a centre; else null. */
		withoutCentre: Money | null;
	};
	/** R7 — Zał. nr 4, pkt 4: a person who already gets a meal adds 0 zł. */
	'R7.personMeals': { household: Household; person: number };
	/** R5 — the household maximum: the sum of the persons' maxima. */
	'R5.householdMaximum': {
		household: Household;
		table: TableNumber;
		maxima: Money[];
		total: Money;
	};
	/** R6 above 100 % (tables 2 and 4): the food part is not deducted. */
	'R6.notApplicable': { table: TableNumber; maximum: Money; foodPart: Money };
	/** R6 with no food part: the maximum stays, not rounded. */
	'R6.nothingToDeduct': { maximum: Money; foodPart: Money };
	/** R6 with a food part equal to or above the maximum: the whole maximum is deducted. */
	'R6.wholeMaximum': { maximum: Money; foodPart: Money; equal: boolean };
	/** R6: maximum − food part. */
	'R6.subtraction': { maximum: Money; foodPart: Money; difference: Money };
	/** R6: the difference rounded up to full tens, never above the maximum. */
	'R6.rounding': {
		difference: Money;
		rounded: Money;
		maximum: Money;
		/** Whether rounding up would have passed the maximum (the maximum is taken). */
		capped: boolean;
		amount: Money;
	};
	/** R7 — Zał. nr 4, pkt 4: a household receiving food products gets 0 zł. */
	'R7.foodProducts': { before: Money };
	/** R8 — lunches at 8,00 zł for a centre user above 100 % (information only). */
	'R8.lunches': {
		household: Household;
		person: number;
		table: TableNumber;
		price: Money;
		personMaximum: Money;
		/** Whole lunches the maximum pays for, and what they cost. */
		lunches: number;
		lunchesCost: Money;
		/** The lunches a month entered by staff and their cost; null when none was entered. */
		entered: number | null;
		enteredCost: Money | null;
	};
	/** R9 — Zał. nr 4, pkt 3: more in special cases; never applied. Said under every result. */
	'R9.specialCases': {
		/** Whether the income is within the limit (pkt 3 raises amounts, not the income limit). */
		eligible: boolean;
	};
}

export type StepKind = keyof StepFacts;

/** The place in the order (or the act) a step rests on, with its exact Polish sentence. */
export interface StepSource {
	ref: string;
	quote: string;
	act: string;
}

interface StepBase {
	rule: RuleId;
	source: StepSource;
	/** The amount of money this step produced ("380.00"); only on steps of the money chain. */
	result?: Money;
	/** 1-based number of the person, for per-person steps. */
	person?: number;
	/** Informative only (R8, R9): changes nothing. */
	note?: boolean;
}

/** One step of the explanation: plain serialisable data; the message modules word it. */
export type Step = {
	[K in StepKind]: StepBase & { kind: K; facts: StepFacts[K] };
}[StepKind];

/** A step of one kind. */
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;

/** Something to say above the result. */
export type Warning = {
	/** From `reviewAfter` the statutory criteria may have been reviewed (art. 9 of the Act). */
	kind: 'criteriaReviewDue';
	reviewAfter: string;
	/** The regulation's short citation; null when staff typed the criterion. */
	criteriaCitation: string | null;
};

export interface AllowanceInput {
	household: Household;
	/** One per person: 1 for single, 2–20 for family (R3). */
	members: MemberKind[];
	/** Total net monthly income of the household in zł: "2469.01", "2 469,01", "2469 zł". */
	income: string;
	/** zł of a periodic/permanent allowance meant for food (R6); default "0"; "" counts as 0. */
	foodPart?: string;
	/** R7: the household receives food products under the programme; default false. */
	receivesFoodProducts?: boolean;
	/** R8, information only: lunches at a support centre in the month (integer 0–31). */
	lunchesPerMonth?: number;
	/** Calculation date, yyyy-mm-dd; default: the `today` the caller passes. */
	date?: string;
	/** Staff override of both statutory criteria ("kryterium podane ręcznie"). */
	criteria?: { single: string; perPerson: string };
}

export interface AllowanceResult {
	eligible: boolean;
	tier: ResultTier;
	/** Income ÷ criterion × 100, shown to 2 decimals rounded up (so a value just above 100 % never shows as "100.00"). */
	incomeRatioPercent: string;
	/** R4: one per member, "400.00"; "0.00" for `meals`. Empty when not eligible. */
	memberMaxima: string[];
	/** R5: the household maximum; "0.00" when not eligible. */
	maximum: string;
	/** R6: the food part subtracted (lower tier only); "0.00" where none. */
	deduction: string;
	/** The final monthly amount. */
	amount: string;
	/** What a support centre changes, in the result's table; null when not eligible. */
	centreComparison: CentreComparison | null;
	steps: Step[];
	/** The values used (with sources) and the calculation date. */
	parameters: AllowanceParameters;
	/** The household totals at 100 % and 200 % of the criterion. */
	thresholds: IncomeThresholds;
	/** True from 2028-01-01: the statutory criteria may have changed. */
	reviewDue: boolean;
	/** What to say above the result (e.g. the review date has passed). */
	warnings: Warning[];
}

/**
 * R4/R5 side by side: a person's maximum without and with a support centre in the result's
 * table, and the household's total if nobody and if everybody used one (a person who gets a
 * meal counts 0 in both, R7).
 */
export interface CentreComparison {
	none: Money;
	centre: Money;
	totalNone: Money;
	totalCentre: Money;
}

/** The income against the criterion as soon as it is typed, before the rest of the form. */
export interface IncomeAssessment {
	tier: ResultTier;
	/** As the result shows it: two decimals rounded up. */
	ratioPercent: string;
	/** The income per person (the income itself for a single person), rounded up to the grosz. */
	incomePerPerson: Money;
}

export interface IncomeThresholds {
	/** The criterion for this household type: single, or per person in a family. */
	criterion: string;
	/** Household income at exactly 100 % of the criterion. */
	upTo100: string;
	/** Household income at exactly 200 % of the criterion (the limit of R1). */
	upTo200: string;
}
