// Formatting at the edge: money, numbers and dates the way the page's language writes them
// ($messages/locale: Polish at the root, Ukrainian under /uk/, English under /en/), and dates
// the Polish way for the statements, which are Polish documents in every language. No
// arithmetic here.
import { format as page } from '$messages/locale';
import { format as polish } from '$lib/messages/pl/locale';
import type { LocaleFormat } from '$lib/messages/types';

/** Money, percentages and whole numbers in one language's way; see formatMoney below. */
export interface NumberFormatters {
	money: (amount: string) => string;
	percent: (value: string) => string;
	count: (value: number) => string;
}

/**
 * The number formatters of a language. Each Intl object is made at its first use, not when this
 * module loads: the first Intl object of a page loads the browser's locale data (35–80 ms
 * measured in Chromium here), which a page that formats no money while it starts should not pay.
 */
export function numberFormatters(f: LocaleFormat): NumberFormatters {
	let money: Intl.NumberFormat | undefined;
	let percent: Intl.NumberFormat | undefined;
	let whole: Intl.NumberFormat | undefined;
	return {
		money: (amount) => {
			money ??= new Intl.NumberFormat(f.intl, f.money.options);
			return money.format(amount as Intl.StringNumericLiteral) + f.money.suffix;
		},
		percent: (value) => {
			percent ??= new Intl.NumberFormat(f.intl, {
				minimumFractionDigits: 2,
				maximumFractionDigits: 2
			});
			return `${percent.format(value as Intl.StringNumericLiteral)}${f.percentSuffix}`;
		},
		count: (value) => {
			whole ??= new Intl.NumberFormat(f.intl, { maximumFractionDigits: 0 });
			return whole.format(value);
		}
	};
}

const numbers = numberFormatters(page);

/**
 * Takes the exact decimal string. Polish: "1200.00" → "1200,00 zł", "12345.5" → "12 345,50 zł";
 * Ukrainian "12 345,50 zł"; English "PLN 12,345.50".
 */
export const formatMoney = numbers.money;

/** "100.00" → "100,00 %" (English "100.00%") */
export const formatPercent = numbers.percent;

/** A whole number: 24 → "24", 12345 → "12 345" (English "12,345"). */
export const formatCount = numbers.count;

/** "2026-11-23" → "23 listopada 2026" in the language of `f`; anything else as it is. */
export function dateLong(iso: string, f: LocaleFormat): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const month = m ? f.monthsAfterDay[Number(m[2]) - 1] : undefined;
	if (!m || !month) return iso;
	return f.dateLong(Number(m[3]), month, m[1] ?? '');
}

/** "2026-11-23" → "23 listopada 2026" (in the page's language); anything else as it is. */
export function formatDateLong(iso: string): string {
	return dateLong(iso, page);
}

/** "2026-11-23" → "23 listopada 2026" in any language: for the Polish statements. */
export function formatDatePolish(iso: string): string {
	return dateLong(iso, polish);
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
