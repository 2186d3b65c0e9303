// Checks every field of the form at once (the engine stops at the first wrong field) and, when
// all are right, builds the engine's input and calculates. Pure: `today` is an argument.
// This module (with the rules engine, decimal.js and zod) is not part of the page: the page
// imports it at the first use of the form (see CalculatorState's loadEvaluator).
import Decimal from 'decimal.js';
import {
	AllowanceInputError,
	calculateAllowance,
	getParameters,
	incomeThresholds,
	parseAmount as readAmountValue,
	type AllowanceField,
	type AllowanceInput,
	type AllowanceResult,
	type IncomeThresholds,
	type MemberKind
} from '$lib/rules';
import { MONTHS_GENITIVE } from '$lib/rules/words';
import { calculator as m } from '$lib/messages/pl';
import { calculatorResult as res } from '$lib/messages/pl/calculator-result';
import { tooLong } from '$lib/text-limit';
import { MAX_FAMILY, MAX_LENGTH, MIN_FAMILY, type FieldKey, type FormValues } from './form';
import type { PersonRow } from './summary';

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

/** The what-if totals of the per-person table; a person who gets a meal counts 0 in both. */
export function peopleTotals(rows: PersonRow[]): Outcome['totals'] {
	if (rows.length === 0) return null;
	let without = new Decimal(0);
	let withCentre = new Decimal(0);
	for (const row of rows) {
		if (row.kind === 'meals') continue;
		without = without.plus(row.without);
		withCentre = withCentre.plus(row.with);
	}
	return { without: without.toFixed(2), with: withCentre.toFixed(2) };
}

/** The rules' reading of an amount, after the field's length limit (a pasted page is refused). */
function parseAmount(text: string): ReturnType<typeof readAmountValue> {
	const long = tooLong(text, MAX_LENGTH.amount, m.amountOnly);
	return long ? { ok: false, message: long } : readAmountValue(text);
}

/** "23.11.2026" or "2026-11-23" → "2026-11-23"; null when it is no real date. */
export function parseDate(text: string): string | null {
	const r = readDate(text);
	return typeof r === 'string' ? r : null;
}

/**
 * What is wrong with a typed date, as the message for the field; undefined when it is a real
 * date. "31.02.2026" is told that the day does not exist, not that the format is wrong.
 */
export function dateError(text: string): string | undefined {
	const long = tooLong(text, MAX_LENGTH.date, m.staff.dateInvalid);
	if (long) return long;
	const r = readDate(text);
	if (typeof r === 'string') return undefined;
	if (r === null) return m.staff.dateInvalid;
	if ('month' in r) return m.staff.dateNoSuchMonth(String(r.month));
	const iso = (day: number) =>
		`${r.year}-${String(r.monthIndex + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return m.staff.dateNoSuchDay(
		`${r.day} ${MONTHS_GENITIVE[r.monthIndex] ?? ''} ${r.year} r.`,
		String(r.days),
		iso(r.days)
	);
}

type DateReading =
	| string
	| null
	| { month: number }
	| { day: number; monthIndex: number; year: number; days: number };

function readDate(text: string): DateReading {
	const t = text.trim();
	let y: string, mo: string, d: string;
	let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
	if (match) [, y = '', mo = '', d = ''] = match;
	else {
		match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
		if (!match) return null;
		[, d = '', mo = '', y = ''] = match;
	}
	const year = Number(y);
	const month = Number(mo);
	const day = Number(d);
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
	if (!days) return { month };
	if (day < 1 || day > days) return { day, monthIndex: month - 1, year, days };
	return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole number of lunches 0–31; '' → undefined. */
export function parseLunches(
	text: string
): { ok: true; value?: number } | { ok: false; message: string } {
	const long = tooLong(text, MAX_LENGTH.lunches, m.lunches.invalid);
	if (long) return { ok: false, message: long };
	const t = text.trim();
	if (t === '') return { ok: true };
	if (!/^\d{1,3}$/.test(t)) return { ok: false, message: m.lunches.invalid };
	const n = Number(t);
	if (n > 31) return { ok: false, message: m.lunches.tooMany };
	return { ok: true, value: n };
}

function amountError(text: string): string | undefined {
	const parsed = parseAmount(text);
	return parsed.ok ? undefined : parsed.message;
}

/** The engine's field names → the form's. */
export function fieldOfEngine(field: AllowanceField): FieldKey | null {
	switch (field) {
		case 'household':
		case 'members':
		case 'income':
		case 'lunchesPerMonth':
		case 'date':
			return field === 'lunchesPerMonth' ? 'lunches' : field;
		case 'foodPart':
			return 'food';
		case 'receivesFoodProducts':
			return 'products';
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

	if (v.household === '') errors.household = m.household.error;
	if (v.household === 'family' && n < MIN_FAMILY) errors.members = m.members.tooFew;
	if (v.household === 'family' && n > MAX_FAMILY) errors.members = m.members.tooMany(n);
	const personErrors = v.members.map((kind, i) => {
		if (kind !== '') return '';
		return v.household === 'single' ? m.members.singlePersonError : m.members.personError(i + 1);
	});

	// Staff options first: the thresholds depend on them.
	let date: string | null = today;
	if (v.date.trim() !== '') {
		date = parseDate(v.date);
		if (!date) errors.date = dateError(v.date);
	}
	if (date) {
		try {
			getParameters(date);
		} catch (e) {
			if (!(e instanceof AllowanceInputError)) throw e;
			errors.date = e.message;
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
			if (v.household === 'single') errors.critSingle = m.staff.critMissingSingle;
		} else errors.critSingle = amountError(cs);
		if (cp === '') {
			if (v.household === 'family') errors.critPerPerson = m.staff.critMissingPerPerson;
		} else errors.critPerPerson = amountError(cp);
		const ps = parseAmount(cs);
		const pp = parseAmount(cp);
		if (ps.ok && ps.value.isZero()) errors.critSingle = m.staff.critZero('1010,00');
		if (pp.ok && pp.value.isZero()) errors.critPerPerson = m.staff.critZero('823,00');
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
		if (v.income.trim() === '') errors.income = m.income.empty;
		else {
			const parsed = parseAmount(v.income);
			if (parsed.ok) income = parsed.value;
			else errors.income = parsed.message;
		}
	} else if (v.range === '') {
		errors.range = m.income.rangeError;
	} else if (thresholds) {
		assumedIncome =
			v.range === 'low'
				? thresholds.upTo100
				: v.range === 'mid'
					? thresholds.upTo200
					: new Decimal(thresholds.upTo200).plus('0.01').toFixed(2);
		income = new Decimal(assumedIncome);
	}

	let foodPart: string | null = null;
	if (v.food.trim() !== '') {
		const parsed = parseAmount(v.food);
		if (parsed.ok) foodPart = parsed.value.toFixed(2);
		else errors.food = parsed.message;
	}
	if (v.products === '') errors.products = m.products.error;
	const lunches = parseLunches(v.lunches);
	if (!lunches.ok) errors.lunches = lunches.message;

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
				foodPart: v.food.trim(),
				receivesFoodProducts: v.products === 'yes',
				...(lunches.ok && lunches.value !== undefined ? { lunchesPerMonth: lunches.value } : {}),
				date: date!,
				...(criteria ? { criteria } : {})
			}
		: null;

	let tier: Validation['tier'] = null;
	let preview: Validation['preview'] = null;
	if (income && thresholds) {
		tier = income.lte(thresholds.upTo100)
			? 'upTo100'
			: income.lte(thresholds.upTo200)
				? 'upTo200'
				: 'over200';
		if (v.incomeMode === 'exact') {
			preview = incomePreview(income, thresholds, household === 'family' ? n : 1);
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
	if (result.tier === 'over200' || v.household === '') return [];
	const cells = result.parameters.maxima[result.tier][v.household];
	const n = v.household === 'family' ? v.members.length : 1;
	return v.members.slice(0, n).map((kind, i) => ({
		label: v.household === 'single' ? res.you : m.members.person(i + 1),
		kind: kind as MemberKind,
		without: cells.none.value,
		with: cells.centre.value,
		applied: result.memberMaxima[i] ?? '0.00',
		difference: new Decimal(cells.none.value).minus(cells.centre.value).toFixed(2)
	}));
}

/** Validates, then calculates; an engine error lands on its field, never as a crash. */
export function evaluate(v: FormValues, today: string): Outcome {
	const validation = validateForm(v, today);
	if (!validation.input) return { ...validation, result: null, people: [], totals: null };
	try {
		const result = calculateAllowance(validation.input);
		const people = peopleRows(v, result);
		return { ...validation, result, people, totals: peopleTotals(people) };
	} catch (e) {
		if (!(e instanceof AllowanceInputError)) throw e;
		const key = fieldOfEngine(e.field) ?? 'income';
		return {
			...validation,
			errors: { ...validation.errors, [key]: e.message },
			input: null,
			result: null,
			people: [],
			totals: null
		};
	}
}

/** Income ÷ persons and the percentage of the criterion, as the engine shows them (rounded up). */
export function incomePreview(
	income: Decimal,
	thresholds: IncomeThresholds,
	persons: number
): { perPerson: string; percent: string } {
	return {
		perPerson: income.div(persons).toDecimalPlaces(2, Decimal.ROUND_CEIL).toFixed(2),
		percent: income
			.mul(100)
			.div(thresholds.upTo100)
			.toDecimalPlaces(2, Decimal.ROUND_CEIL)
			.toFixed(2)
	};
}
