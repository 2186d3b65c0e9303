// Dates as people write them: "1.12.2026", "01.12.2026", "1 grudnia 2026". A typed date field
// keeps the text; this turns it into yyyy-mm-dd when it names a real day. The one reader of typed
// dates: the statements and the calculator's staff date both use it.
import { daysInMonth, isIsoDate } from '$lib/rules/dates';

export { isIsoDate };

/** The first year a typed date may have (a birth or decision date, never earlier). */
const FIRST_YEAR = 1900;

/** Each month's names, genitive ("1 grudnia") and nominative ("grudzień"), with and without
 * Polish letters; a word that begins one of them (3 letters at least: "gru", "grud.") names it. */
const MONTH_NAMES: readonly (readonly string[])[] = [
	['stycznia', 'styczeń', 'styczen'],
	['lutego', 'luty'],
	['marca', 'marzec'],
	['kwietnia', 'kwiecień', 'kwiecien'],
	['maja', 'maj'],
	['czerwca', 'czerwiec'],
	['lipca', 'lipiec'],
	['sierpnia', 'sierpień', 'sierpien'],
	['września', 'wrzesień', 'wrzesnia', 'wrzesien'],
	['października', 'październik', 'pazdziernika', 'pazdziernik'],
	['listopada', 'listopad'],
	['grudnia', 'grudzień', 'grudzien']
];

function monthOf(word: string): number {
	return MONTH_NAMES.findIndex((names) => names.some((name) => name.startsWith(word))) + 1;
}

const NUMERIC = /^(\d{1,2}) ?[./-] ?(\d{1,2}) ?[./-] ?(\d{4})$/;
const SPACED = /^(\d{1,2}) (\d{1,2}) (\d{4})$/;
const NAMED = /^(\d{1,2})\.? ?([a-ząćęłńóśźż]{3,12})\.? ?(\d{4})$/;

/**
 * A typed date: yyyy-mm-dd when it names a real day; otherwise why not — not a date at all, a
 * month that does not exist, or a day the month does not have (with how many it has).
 */
export type DateReading =
	| { ok: true; iso: string }
	| { ok: false; problem: 'format' }
	| { ok: false; problem: 'month'; month: number }
	| { ok: false; problem: 'day'; day: number; month: number; year: number; days: number };

/**
 * A date as people write it. Accepts "1.12.2026", "01.12.2026", "1/12/2026", "1-12-2026",
 * "1 12 2026", "1 grudnia 2026" (also "grudzień", "gru"; "r." or "roku" after the year) and
 * yyyy-mm-dd, which a date picker gives; from 1900 on.
 */
export function readDate(value: string): DateReading {
	if (value.length > 60) return { ok: false, problem: 'format' };
	const v = value
		.normalize('NFC')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/ ?(r\.?|roku)$/, '');
	let day: string, month: number, year: string;
	const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
	const numeric = NUMERIC.exec(v) ?? SPACED.exec(v);
	const named = NAMED.exec(v);
	if (iso) [year, month, day] = [iso[1] ?? '', Number(iso[2]), iso[3] ?? ''];
	else if (numeric) [day, month, year] = [numeric[1] ?? '', Number(numeric[2]), numeric[3] ?? ''];
	else if (named) {
		month = monthOf(named[2] ?? '');
		if (month === 0) return { ok: false, problem: 'format' };
		[day, year] = [named[1] ?? '', named[3] ?? ''];
	} else return { ok: false, problem: 'format' };
	if (Number(year) < FIRST_YEAR) return { ok: false, problem: 'format' };
	if (month < 1 || month > 12) return { ok: false, problem: 'month', month };
	const result = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
	if (isIsoDate(result)) return { ok: true, iso: result };
	return {
		ok: false,
		problem: 'day',
		day: Number(day),
		month,
		year: Number(year),
		days: daysInMonth(Number(year), month)
	};
}

/** A date as people write it (see readDate), as yyyy-mm-dd; null if it names no real day. */
export function parseDate(value: string): string | null {
	const r = readDate(value);
	return r.ok ? r.iso : null;
}
