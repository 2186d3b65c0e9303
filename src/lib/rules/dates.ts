// Calendar dates as "yyyy-mm-dd" strings: compared as strings, checked without the clock.
// Nothing else is imported here: the pages' date reader (src/lib/typed-date.ts) uses it too.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written as yyyy-mm-dd. */
export function isIsoDate(text: string): boolean {
	const m = ISO_DATE.exec(text);
	if (!m) return false;
	const year = +(m[1] ?? '');
	const month = +(m[2] ?? '');
	const day = +(m[3] ?? '');
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
