// Formatting at the edge: money and dates the Polish way. No arithmetic here.
import { MONTHS_GENITIVE } from '$lib/messages/pl/words';

export { plural } from '$lib/messages/pl/words';

// The formatters are made at their first use, not when this module loads: the first Intl object
// of a page loads the browser's locale data (35–80 ms measured in Chromium here), which a page
// that formats no money while it starts should not pay.
let money: Intl.NumberFormat | undefined;
let percent: Intl.NumberFormat | undefined;
let whole: Intl.NumberFormat | undefined;

/** "1200.00" → "1200,00 zł"; "12345.5" → "12 345,50 zł". Takes the exact decimal string. */
export function formatMoney(amount: string): string {
	money ??= new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' });
	return money.format(amount as Intl.StringNumericLiteral);
}

/** "100.00" → "100,00 %" */
export function formatPercent(value: string): string {
	percent ??= new Intl.NumberFormat('pl-PL', {
		minimumFractionDigits: 2,
		maximumFractionDigits: 2
	});
	return `${percent.format(value as Intl.StringNumericLiteral)}\u00a0%`;
}

/** A whole number: 24 → "24", 12345 → "12 345". */
export function formatCount(value: number): string {
	whole ??= new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 0 });
	return whole.format(value);
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

/** The day of the month of the last Sunday of a month (month 0–11), by the UTC calendar. */
function lastSunday(year: number, month: number): number {
	const last = new Date(Date.UTC(year, month + 1, 0));
	return last.getUTCDate() - last.getUTCDay();
}

/**
 * Poland's offset from UTC at an instant, in hours: 2 (czas letni, CEST) from 01:00 UTC on the
 * last Sunday of March to 01:00 UTC on the last Sunday of October, else 1 (CET). The rule of
 * Directive 2000/84/EC, which Poland applies. Worked out here rather than by Intl with
 * timeZone 'Europe/Warsaw': a page's first Intl object loads the browser's locale and zone data
 * (35–80 ms measured in Chromium here), on the path of every page's start.
 */
export function warsawOffsetHours(now: Date): 1 | 2 {
	const year = now.getUTCFullYear();
	const summerFrom = Date.UTC(year, 2, lastSunday(year, 2), 1);
	const summerUntil = Date.UTC(year, 9, lastSunday(year, 9), 1);
	const t = now.getTime();
	return t >= summerFrom && t < summerUntil ? 2 : 1;
}

/** Today's date in Poland as yyyy-mm-dd: the one place the UI reads the clock for a date. */
export function todayIso(now: Date = new Date()): string {
	return new Date(now.getTime() + warsawOffsetHours(now) * 3_600_000).toISOString().slice(0, 10);
}
