// Formatting at the edge: money and dates the Polish way. No arithmetic here.
import { MONTHS_GENITIVE } from '$lib/rules/words';

export { plural } from '$lib/rules/words';

const money = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' });
const percent = new Intl.NumberFormat('pl-PL', {
	minimumFractionDigits: 2,
	maximumFractionDigits: 2
});

/** "1200.00" → "1200,00 zł"; "12345.5" → "12 345,50 zł". Takes the exact decimal string. */
export function formatMoney(amount: string): string {
	return money.format(amount as Intl.StringNumericLiteral);
}

/** "100.00" → "100,00 %" */
export function formatPercent(value: string): string {
	return `${percent.format(value as Intl.StringNumericLiteral)}\u00a0%`;
}

/** "2026-11-23" → "23 listopada 2026"; anything else is returned as it is. */
export function formatDateLong(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const month = m ? MONTHS_GENITIVE[Number(m[2]) - 1] : undefined;
	if (!m || !month) return iso;
	return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "2026-11-23" → "23.11.2026" */
export function formatDateShort(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Today's date in Poland as yyyy-mm-dd: the one place the UI reads the clock for a date. */
export function todayIso(now: Date = new Date()): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Warsaw',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(now);
	return parts;
}
