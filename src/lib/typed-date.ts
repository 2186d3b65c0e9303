// Dates as people write them: "1.12.2026", "01.12.2026", "1 grudnia 2026". A typed date field
// keeps the text; this turns it into yyyy-mm-dd when it names a real day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written yyyy-mm-dd (from 1900). */
export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 1900;
}

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
 * A date as people write it, as yyyy-mm-dd; null if it names no real day. Accepts "1.12.2026",
 * "01.12.2026", "1/12/2026", "1-12-2026", "1 12 2026", "1 grudnia 2026" (also "grudzień",
 * "gru"; "r." or "roku" after the year) and yyyy-mm-dd, which a date picker gives.
 */
export function parseDate(value: string): string | null {
	if (value.length > 60) return null;
	const v = value
		.normalize('NFC')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/ ?(r\.?|roku)$/, '');
	let day: string, month: number, year: string;
	const iso = ISO_DATE.exec(v);
	const numeric = NUMERIC.exec(v) ?? SPACED.exec(v);
	const named = NAMED.exec(v);
	if (iso) [year, month, day] = [iso[1] ?? '', Number(iso[2]), iso[3] ?? ''];
	else if (numeric) [day, month, year] = [numeric[1] ?? '', Number(numeric[2]), numeric[3] ?? ''];
	else if (named) {
		month = monthOf(named[2] ?? '');
		if (month === 0) return null;
		[day, year] = [named[1] ?? '', named[3] ?? ''];
	} else return null;
	const result = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isIsoDate(result) ? result : null;
}

/** "30.11.2026" from yyyy-mm-dd: how a date is written into a typed date field. */
export function dateText(iso: string): string {
	const m = ISO_DATE.exec(iso);
	return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}
