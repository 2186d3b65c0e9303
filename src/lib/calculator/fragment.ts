// The calculator's inputs in the URL fragment, so a link or a reload reopens the same
// calculation with no server: `#household=family&members=none,none,centre&income=2469.01&food=0&
// products=0&lunches=20&date=2026-11-23&crit=1010.00,823.00` (every key optional; `range=low`
// instead of `income` for the range picker). Numbers and choices only, never free text: a value
// that holds anything but digits and separators is left out of the link.
//
// Decoding never throws: unknown keys are ignored, unknown choices become '' (the field then shows
// its normal error), malformed numbers are kept as text for the field to show and explain.
import {
	defaultValues,
	INCOME_RANGES,
	MAX_FAMILY,
	MEMBER_CHOICES,
	type FieldKey,
	type FormValues,
	type HouseholdChoice,
	type IncomeRange,
	type MemberChoice
} from './form';
import { canonicalAmountText } from '$lib/rules/amount-text';

/** More people than this in a link are cut off (the family-size error still shows above 20). */
const MAX_MEMBERS_IN_LINK = MAX_FAMILY + 1;
/**
 * Longest value written into a link: longer text is no amount, count or date (see form.ts
 * MAX_LENGTH) and stays out of the address. A link's values are read whole, never cut: a cut
 * "1" + spaces + "x" would read as 1 zł; whole, the field says it is too long.
 */
const MAX_VALUE_LENGTH = 40;
/** What an amount, a count or a date may consist of to be written into a link. */
const NUMERIC_TEXT = /^[\d\s\u00a0\u202f.,+\-−–]*$/;

export interface DecodedFragment {
	values: FormValues;
	/** The fields the link named (their errors are shown at once). */
	present: Set<FieldKey>;
}

/** True when a fragment looks like calculator state (not e.g. `#tresc` from the skip link). */
export function isStateFragment(hash: string): boolean {
	const body = hash.replace(/^#/, '');
	return body === '' || body.includes('=');
}

/** True when the fragment holds values of a calculation (a shared link), not when it is empty. */
export function holdsCalculation(hash: string): boolean {
	return hash.replace(/^#/, '').includes('=');
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text.replace(/\+/g, ' '));
	} catch {
		return text;
	}
}

function pairs(hash: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const part of hash.replace(/^#/, '').split('&')) {
		if (!part) continue;
		const eq = part.indexOf('=');
		const key = safeDecode(eq < 0 ? part : part.slice(0, eq)).trim();
		const value = eq < 0 ? '' : safeDecode(part.slice(eq + 1));
		// The list of members is cut (to more people than a family may have, see decodeFragment).
		if (!out.has(key)) out.set(key, key === 'members' ? value.slice(0, 400) : value);
	}
	return out;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | '' {
	return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function decodeFragment(hash: string): DecodedFragment {
	const values = defaultValues();
	const present = new Set<FieldKey>();
	const map = pairs(hash);

	const household = map.get('household');
	const members = map.get('members');
	const memberList: MemberChoice[] | undefined =
		members === undefined
			? undefined
			: members
					.split(',')
					.slice(0, MAX_MEMBERS_IN_LINK)
					.map((m) => oneOf(m.trim(), MEMBER_CHOICES));

	if (household !== undefined) {
		values.household = oneOf<Exclude<HouseholdChoice, ''>>(household.trim(), ['single', 'family']);
		present.add('household');
	} else if (memberList) {
		// No household: the number of people decides it.
		values.household = memberList.length >= 2 ? 'family' : 'single';
	}
	if (memberList) {
		present.add('members');
		values.members = values.household === 'single' ? memberList.slice(0, 1) : memberList;
	} else if (values.household === 'family') {
		values.members = ['none', 'none'];
	}

	const income = map.get('income');
	const range = map.get('range');
	if (income !== undefined) {
		values.income = shownAmount(income);
		present.add('income');
	} else if (range !== undefined) {
		values.incomeMode = 'range';
		values.range = oneOf<IncomeRange>(range.trim(), INCOME_RANGES);
		present.add('range');
	}

	const food = map.get('food');
	if (food !== undefined) {
		values.foodPart = shownAmount(food);
		present.add('foodPart');
	}
	const products = map.get('products');
	if (products !== undefined) {
		const p = products.trim();
		values.receivesFoodProducts = p === '1' ? 'yes' : p === '0' ? 'no' : '';
		present.add('receivesFoodProducts');
	}
	const lunches = map.get('lunches');
	if (lunches !== undefined) {
		values.lunchesPerMonth = lunches;
		present.add('lunchesPerMonth');
	}
	const date = map.get('date');
	if (date !== undefined) {
		values.date = date;
		present.add('date');
	}
	const crit = map.get('crit');
	if (crit !== undefined) {
		// "1010.00,823.00": the comma separates the two values, so their decimals use a dot.
		const parts = crit.split(',');
		// "1010,00,823,00" (Polish decimals on both): the middle comma separates them.
		const cut = parts.length === 4 ? 2 : 1;
		const single = parts.slice(0, cut).join(',');
		const perPerson = parts.slice(cut).join(',');
		values.critSingle = shownAmount(single);
		values.critPerPerson = shownAmount(perPerson);
		present.add('critSingle');
		present.add('critPerPerson');
	}
	return { values, present };
}

/**
 * An amount the link wrote ("1650.00") as people write it in the field ("1650,00"); anything
 * else as it came.
 */
function shownAmount(text: string): string {
	return /^\d{1,9}\.\d{2}$/.test(text) ? text.replace('.', ',') : text;
}

/**
 * An amount in the forms $lib/rules parseAmount accepts ("2469", "2 469,5", "2469.50 zł",
 * "1.650") as "2469.50"; undefined for anything else. The same reading as parseAmount (both use
 * readAmount), without decimal.js, so the link can be written before the rules engine has loaded.
 */
export const canonicalAmount = canonicalAmountText;

/** A valid amount as "2469.01"; other numeric-looking text as typed; anything else left out. */
function amountForLink(text: string): string | undefined {
	const trimmed = text.trim();
	if (trimmed === '' || trimmed.length > MAX_VALUE_LENGTH) return undefined;
	return canonicalAmount(trimmed) ?? (NUMERIC_TEXT.test(trimmed) ? trimmed : undefined);
}

function numericForLink(text: string): string | undefined {
	const trimmed = text.trim();
	if (trimmed === '' || trimmed.length > MAX_VALUE_LENGTH) return undefined;
	return NUMERIC_TEXT.test(trimmed) ? trimmed : undefined;
}

function enc(value: string): string {
	return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%20/g, '+');
}

function sameAsDefault(v: FormValues): boolean {
	const d = defaultValues();
	return (Object.keys(d) as (keyof FormValues)[]).every((k) =>
		k === 'members' ? v.members.join(',') === d.members.join(',') : v[k] === d[k]
	);
}

/**
 * The fragment for the values, without "#"; '' for an untouched form. `date` is the typed date
 * as the validation read it (yyyy-mm-dd), when there is one: the reader of dates written in
 * words is not on the first visit's page.
 */
export function encodeFragment(v: FormValues, date?: string): string {
	if (sameAsDefault(v)) return '';
	const out: string[] = [];
	const put = (key: string, value: string | undefined) => {
		if (value !== undefined) out.push(`${key}=${enc(value)}`);
	};
	put('household', v.household || undefined);
	put('members', v.members.join(','));
	if (v.incomeMode === 'exact') put('income', amountForLink(v.income));
	else put('range', v.range || undefined);
	put('food', amountForLink(v.foodPart));
	put(
		'products',
		v.receivesFoodProducts === 'yes' ? '1' : v.receivesFoodProducts === 'no' ? '0' : undefined
	);
	put('lunches', numericForLink(v.lunchesPerMonth));
	// The date as the validation read it (yyyy-mm-dd, "1 grudnia 2026" too); before that, or
	// a wrong one, as typed if it holds only digits and separators (the link carries no words).
	put(
		'date',
		date ??
			(numericForLink(v.date) && /^[\d.\-/ ]+$/.test(v.date.trim()) ? v.date.trim() : undefined)
	);
	const critSingle = amountForLink(v.critSingle) ?? '';
	const critPerPerson = amountForLink(v.critPerPerson) ?? '';
	if (critSingle || critPerPerson) {
		// Decimal commas would clash with the separator: write a dot.
		put('crit', `${critSingle.replace(',', '.')},${critPerPerson.replace(',', '.')}`);
	}
	return out.join('&');
}
