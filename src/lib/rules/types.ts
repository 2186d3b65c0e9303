import type { AllowanceParameters, Household } from './parameters';

/** R3: how one person uses a support centre. */
export const MEMBER_KINDS = ['none', 'centre', 'meals'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9';
export type ResultTier = 'upTo100' | 'upTo200' | 'over200';

/** One step of the explanation: plain serialisable data; the page and the summary only render it. */
export interface Step {
	rule: RuleId;
	/** Short Polish heading. */
	title: string;
	/** A plain-Polish sentence for residents, amounts already written the Polish way. */
	text: string;
	/** The exact place in the order (or the act) and its exact Polish sentence. */
	source: { ref: string; quote: string; act: string };
	/** Numbers in and out, machine-readable ("2469.00"). */
	values: Array<{ label: string; value: string }>;
	/** The amount of money this step produced ("380.00"); only on steps of the money chain. */
	result?: string;
	/** 1-based number of the person, for per-person steps. */
	person?: number;
	/** Informative only (R8, R9): changes nothing. */
	note?: boolean;
}

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
	/** Calculation date, yyyy-mm-dd; default: today in Poland (todayInWarsaw()). */
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
	steps: Step[];
	/** The values used (with sources) and the calculation date. */
	parameters: AllowanceParameters;
	/** The household totals at 100 % and 200 % of the criterion. */
	thresholds: IncomeThresholds;
	/** True from 2028-01-01: the statutory criteria may have changed. */
	reviewDue: boolean;
	/** Polish sentences to show above the result (e.g. the review date has passed). */
	warnings: string[];
}

export interface IncomeThresholds {
	/** The criterion for this household type: single, or per person in a family. */
	criterion: string;
	/** Household income at exactly 100 % of the criterion. */
	upTo100: string;
	/** Household income at exactly 200 % of the criterion (the limit of R1). */
	upTo200: string;
}
