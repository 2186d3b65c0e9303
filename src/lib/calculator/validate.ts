// Checks every field of the form at once (the engine stops at the first wrong field) and, when
// all are right, builds the engine's input and calculates. Pure: `today` is an argument.
// This module (with the rules engine, decimal.js and zod) is not part of the page: the page
// imports it at the first use of the form (see CalculatorState's loadEvaluator).
import Decimal from 'decimal.js';
import {
	AllowanceInputError,
	assessHouseholdIncome,
	calculateAllowance,
	getParameters,
	incomeThresholds,
	justAbove,
	parseAmount,
	type AllowanceField,
	type AllowanceInput,
	type AllowanceResult,
	type IncomeThresholds,
	type MemberKind
} from '$lib/rules';
import { formatDateLong } from '$lib/format';
import { readDate, type DateReading } from '$lib/typed-date';
import { allowanceMessage, amountMessage } from '$messages/errors';
import { calculator as m } from '$messages';
import { calculatorErrors as checks } from '$messages/calculator-errors';
import { calculatorResult as res } from '$messages/calculator-result';
import { tooLong } from '$lib/text-limit';
import { MAX_FAMILY, MAX_LENGTH, MIN_FAMILY, type FieldKey, type FormValues } from './form';
import type { PersonRow } from './summary';

/** The fields' names in the error summary (the page's state asks for them with the checks). */
export const summaryLabels = checks.summaryLabels;

export type FieldErrors = Partial<Record<FieldKey, string>>;

export interface Validation {
	errors: FieldErrors;
	/** Per person (index 0 = person 1): a message, or '' when the choice is fine. */
	personErrors: string[];
	/** The income as "2469.01", when it parses (also while other fields are wrong). */
	income: string | null;
	/** The food part as "123.45"; null when empty or wrong. */
	foodPart: string | null;
	/** The tier the income falls in, as soon as income and household are known. */
	tier: 'upTo100' | 'upTo200' | 'over200' | null;
	/** Income per person and % of the criterion (rounded up, as the engine shows them). */
	preview: { perPerson: string; percent: string } | null;
	/** The household's thresholds at 100 % / 200 %, when household, date and criteria allow. */
	thresholds: IncomeThresholds | null;
	/** The date used (typed, or today), when valid. */
	date: string | null;
	/** The criteria override, when given and valid. */
	criteria: { single: string; perPerson: string } | undefined;
	/** The engine's input, only when every field is right. */
	input: AllowanceInput | null;
	/** For the range picker: the income the calculation assumes. */
	assumedIncome: string | null;
}

export interface Outcome extends Validation {
	result: AllowanceResult | null;
	/** Per person: maxima with and without a support centre (empty without a result). */
	people: PersonRow[];
	/** The household's total if no one used a support centre, and if everyone did. */
	totals: { without: string; with: string } | null;
}

/**
 * An amount field's text: the field's length limit first (a pasted page is refused whole, never
 * cut into another value), then the rules' reading, with the message to show.
 */
function readAmountField(
	text: string
): { ok: true; value: Decimal } | { ok: false; message: string } {
	const long = tooLong(text, MAX_LENGTH.amount, m.amountOnly);
	if (long) return { ok: false, message: long };
	const r = parseAmount(text);
	return r.ok ? r : { ok: false, message: amountMessage(r.problem) };
}

/**
 * What is wrong with a typed date, as the message for the field; undefined when it is a real
 * date. "31.02.2026" is told that the day does not exist, not that the format is wrong.
 */
export function dateError(r: DateReading): string | undefined {
	if (r.ok) return undefined;
	if (r.problem === 'format') return checks.staff.dateInvalid;
	if (r.problem === 'month') return checks.staff.dateNoSuchMonth(String(r.month));
	const iso = (day: number) =>
		`${r.year}-${String(r.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return checks.staff.dateNoSuchDay(formatDateLong(iso(r.day)), String(r.days), iso(r.days));
}

/** Whole number of lunches 0–31; '' → undefined. */
export function parseLunches(
	text: string
): { ok: true; value?: number } | { ok: false; message: string } {
	const long = tooLong(text, MAX_LENGTH.lunches, checks.lunches.invalid);
	if (long) return { ok: false, message: long };
	const t = text.trim();
	if (t === '') return { ok: true };
	if (!/^\d{1,3}$/.test(t)) return { ok: false, message: checks.lunches.invalid };
	const n = Number(t);
	if (n > 31) return { ok: false, message: checks.lunches.tooMany };
	return { ok: true, value: n };
}

function amountError(text: string): string | undefined {
	const parsed = readAmountField(text);
	return parsed.ok ? undefined : parsed.message;
}

/**
 * The engine's field names → the form's. Both name the same fields alike; only the criteria
 * differ (one nested object in the engine, two fields in the form), and 'input' (the whole
 * input) is no field.
 */
export function fieldOfEngine(field: AllowanceField): FieldKey | null {
	switch (field) {
		case 'household':
		case 'members':
		case 'income':
		case 'foodPart':
		case 'receivesFoodProducts':
		case 'lunchesPerMonth':
		case 'date':
			return field;
		case 'criteria':
		case 'criteria.single':
			return 'critSingle';
		case 'criteria.perPerson':
			return 'critPerPerson';
		default:
			return null;
	}
}

export function validateForm(v: FormValues, today: string): Validation {
	const errors: FieldErrors = {};
	const n = v.members.length;

	if (v.household === '') errors.household = checks.household.error;
	if (v.household === 'family' && n < MIN_FAMILY) errors.members = checks.members.tooFew;
	if (v.household === 'family' && n > MAX_FAMILY) errors.members = checks.members.tooMany(n);
	const personErrors = v.members.map((kind, i) => {
		if (kind !== '') return '';
		return v.household === 'single'
			? checks.members.singlePersonError
			: checks.members.personError(i + 1);
	});

	// Staff options first: the thresholds depend on them.
	let date: string | null = today;
	if (v.date.trim() !== '') {
		const long = tooLong(v.date, MAX_LENGTH.date, checks.staff.dateInvalid);
		const reading = readDate(v.date);
		date = !long && reading.ok ? reading.iso : null;
		if (long) errors.date = long;
		else if (!reading.ok) errors.date = dateError(reading);
	}
	if (date) {
		try {
			getParameters(date);
		} catch (e) {
			if (!(e instanceof AllowanceInputError)) throw e;
			errors.date = allowanceMessage(e.problem);
			date = null;
		}
	}
	let criteria: Validation['criteria'];
	const cs = v.critSingle.trim();
	const cp = v.critPerPerson.trim();
	if (cs !== '' || cp !== '') {
		// A case needs only its own criterion: a family the one per person, a single person the
		// one for a single person. The other, left empty, stays the statutory one.
		const statutory = date ? getParameters(date).criteria : null;
		if (cs === '') {
			if (v.household === 'single') errors.critSingle = checks.staff.critMissingSingle;
		} else errors.critSingle = amountError(cs);
		if (cp === '') {
			if (v.household === 'family') errors.critPerPerson = checks.staff.critMissingPerPerson;
		} else errors.critPerPerson = amountError(cp);
		const ps = readAmountField(cs);
		const pp = readAmountField(cp);
		if (ps.ok && ps.value.isZero()) errors.critSingle = checks.staff.critZero('1010,00');
		if (pp.ok && pp.value.isZero()) errors.critPerPerson = checks.staff.critZero('823,00');
		const single = ps.ok ? ps.value.toFixed(2) : cs === '' ? statutory?.single.value : undefined;
		const perPerson = pp.ok
			? pp.value.toFixed(2)
			: cp === ''
				? statutory?.perPerson.value
				: undefined;
		if (!errors.critSingle && !errors.critPerPerson && single && perPerson) {
			criteria = { single, perPerson };
		}
	}

	let thresholds: IncomeThresholds | null = null;
	const household = v.household;
	const criteriaOk = !errors.critSingle && !errors.critPerPerson;
	if (household !== '' && date && criteriaOk && !errors.members && n >= 1) {
		try {
			thresholds = incomeThresholds(household, household === 'single' ? 1 : n, date, criteria);
		} catch (e) {
			if (!(e instanceof AllowanceInputError)) throw e;
		}
	}

	let income: Decimal | null = null;
	let assumedIncome: string | null = null;
	if (v.incomeMode === 'exact') {
		if (v.income.trim() === '') errors.income = checks.income.empty;
		else {
			const parsed = readAmountField(v.income);
			if (parsed.ok) income = parsed.value;
			else errors.income = parsed.message;
		}
	} else if (v.range === '') {
		errors.range = checks.income.rangeError;
	} else if (thresholds) {
		assumedIncome =
			v.range === 'low'
				? thresholds.upTo100
				: v.range === 'mid'
					? thresholds.upTo200
					: justAbove(thresholds.upTo200);
		income = new Decimal(assumedIncome);
	}

	let foodPart: string | null = null;
	if (v.foodPart.trim() !== '') {
		const parsed = readAmountField(v.foodPart);
		if (parsed.ok) foodPart = parsed.value.toFixed(2);
		else errors.foodPart = parsed.message;
	}
	if (v.receivesFoodProducts === '') errors.receivesFoodProducts = checks.products.error;
	const lunches = parseLunches(v.lunchesPerMonth);
	if (!lunches.ok) errors.lunchesPerMonth = lunches.message;

	for (const key of Object.keys(errors) as FieldKey[]) {
		if (errors[key] === undefined) delete errors[key];
	}

	const valid =
		Object.keys(errors).length === 0 &&
		personErrors.every((e) => e === '') &&
		household !== '' &&
		income !== null &&
		date !== null;
	const input: AllowanceInput | null = valid
		? {
				household,
				members: (household === 'single' ? v.members.slice(0, 1) : v.members) as MemberKind[],
				income: income!.toFixed(2),
				foodPart: v.foodPart.trim(),
				receivesFoodProducts: v.receivesFoodProducts === 'yes',
				...(lunches.ok && lunches.value !== undefined ? { lunchesPerMonth: lunches.value } : {}),
				date: date!,
				...(criteria ? { criteria } : {})
			}
		: null;

	let tier: Validation['tier'] = null;
	let preview: Validation['preview'] = null;
	if (income && thresholds) {
		const assessed = assessHouseholdIncome(thresholds, household === 'family' ? n : 1, income);
		tier = assessed.tier;
		if (v.incomeMode === 'exact') {
			preview = { perPerson: assessed.incomePerPerson, percent: assessed.ratioPercent };
		}
	}

	return {
		errors,
		personErrors,
		income: income ? income.toFixed(2) : null,
		foodPart,
		tier,
		preview,
		thresholds,
		date,
		criteria,
		input,
		assumedIncome
	};
}

/** Per person: the maximum with and without a support centre, in the result's tier. */
export function peopleRows(v: FormValues, result: AllowanceResult): PersonRow[] {
	const c = result.centreComparison;
	if (!c || v.household === '') return [];
	const n = v.household === 'family' ? v.members.length : 1;
	return v.members.slice(0, n).map((kind, i) => ({
		label: v.household === 'single' ? res.you : m.members.person(i + 1),
		kind: kind as MemberKind,
		without: c.none,
		with: c.centre,
		applied: result.memberMaxima[i] ?? '0.00'
	}));
}

/** Validates, then calculates; an engine error lands on its field, never as a crash. */
export function evaluate(v: FormValues, today: string): Outcome {
	const validation = validateForm(v, today);
	if (!validation.input) return { ...validation, result: null, people: [], totals: null };
	try {
		const result = calculateAllowance(validation.input, today);
		const people = peopleRows(v, result);
		const c = result.centreComparison;
		const totals = c && { without: c.totalNone, with: c.totalCentre };
		return { ...validation, result, people, totals };
	} catch (e) {
		if (!(e instanceof AllowanceInputError)) throw e;
		const key = fieldOfEngine(e.field) ?? 'income';
		return {
			...validation,
			errors: { ...validation.errors, [key]: allowanceMessage(e.problem) },
			input: null,
			result: null,
			people: [],
			totals: null
		};
	}
}
