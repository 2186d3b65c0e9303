// The calculator's form values as the user left them: raw text and choices, never parsed.
// Shared by the URL-fragment codec, the validation and the state class.

export type HouseholdChoice = 'single' | 'family' | '';
export type MemberChoice = 'none' | 'centre' | 'meals' | '';
export type IncomeMode = 'exact' | 'range';
export type IncomeRange = 'low' | 'mid' | 'high';
export type YesNo = 'yes' | 'no' | '';

export const MEMBER_CHOICES = ['none', 'centre', 'meals'] as const;
export const INCOME_RANGES = ['low', 'mid', 'high'] as const;
export const MIN_FAMILY = 2;
export const MAX_FAMILY = 20;

export interface FormValues {
	household: HouseholdChoice;
	/** One entry per person (1 for single); '' = not chosen or unknown. */
	members: MemberChoice[];
	incomeMode: IncomeMode;
	/** The household's total net monthly income, as typed. */
	income: string;
	/** For someone who does not know the exact income. */
	range: IncomeRange | '';
	/** R6: the food part of a periodic or permanent allowance, as typed ('' = none). */
	foodPart: string;
	/** R7: the household receives food products. */
	receivesFoodProducts: YesNo;
	/** R8: lunches a month at a support centre, as typed ('' = not given). */
	lunchesPerMonth: string;
	/** Staff: calculation date as typed ('' = today). */
	date: string;
	/** Staff: criteria override as typed (both or neither). */
	critSingle: string;
	critPerPerson: string;
}

/** What a fresh page starts with: a single person, no centre, no food products. */
export function defaultValues(): FormValues {
	return {
		household: 'single',
		members: ['none'],
		incomeMode: 'exact',
		income: '',
		range: '',
		foodPart: '',
		receivesFoodProducts: 'no',
		lunchesPerMonth: '',
		date: '',
		critSingle: '',
		critPerPerson: ''
	};
}

/** The form fields, in the order they appear (and so in the error summary). */
export const FIELD_ORDER = [
	'household',
	'members',
	'income',
	'range',
	'foodPart',
	'receivesFoodProducts',
	'lunchesPerMonth',
	'date',
	'critSingle',
	'critPerPerson'
] as const;
export type FieldKey = (typeof FIELD_ORDER)[number];

/**
 * The DOM id of a field (the input, or the first radio of a group). The ids keep their short
 * names ('food', 'products', 'lunches'): error-summary links and browser tests point at them.
 */
export const FIELD_IDS: Record<FieldKey, string> = {
	household: 'household',
	members: 'members',
	income: 'income',
	range: 'range',
	foodPart: 'food',
	receivesFoodProducts: 'products',
	lunchesPerMonth: 'lunches',
	date: 'date',
	critSingle: 'crit-single',
	critPerPerson: 'crit-per-person'
};

/** The DOM id of person n's group (1-based). */
export function personId(n: number): string {
	return `person-${n}`;
}

/**
 * The longest text each calculator field takes, spaces around it not counted. Checked by the
 * validation (see $lib/text-limit), not by `maxlength`: a browser cuts a paste at `maxlength`
 * without a word, and the cut text could read as another valid value. Generous:
 * "999 999 999,99 zł" is 17 characters.
 */
export const MAX_LENGTH = { amount: 30, lunches: 10, date: 20 } as const;
