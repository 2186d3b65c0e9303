import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatDateLong,
	formatDateShort,
	formatMoney,
	formatPercent,
	todayIso,
	numberFormatters,
	dateLong,
	formatDatePolish,
	warsawOffsetHours
} from './format';
import { LUNCH_FORMS, plural } from './messages/pl/words';
import { format as plFormat } from './messages/pl/locale';
import { format as ukFormat } from './messages/uk/locale';
import { format as enFormat } from './messages/en/locale';

const nbsp = (s: string) => s.replace(/\s/g, ' ');

describe('formatting at the edge', () => {
	it.each([
		['1200.00', '1200,00 zł'],
		['1010.00', '1010,00 zł'],
		['12345.00', '12 345,00 zł'],
		['0.00', '0,00 zł'],
		['380.00', '380,00 zł']
	])('money %s is shown as %s', (input, shown) => {
		expect(nbsp(formatMoney(input))).toBe(shown);
	});

	it('keeps a grosz that a float would lose', () => {
		expect(nbsp(formatMoney('9007199254740993.01'))).toBe('9 007 199 254 740 993,01 zł');
	});

	it.each([
		[1, '1'],
		[24, '24'],
		[1234, '1234'],
		[12345, '12\u00a0345']
	])('count %i is shown as %s (groups from 5 digits, as pl-PL does)', (n, shown) => {
		expect(formatCount(n)).toBe(shown);
	});

	it('shows a percentage with two decimals', () => {
		expect(nbsp(formatPercent('100.00'))).toBe('100,00 %');
	});

	it.each([
		['2026-11-23', '23 listopada 2026'],
		['2025-01-01', '1 stycznia 2025'],
		['2026-09-05', '5 września 2026'],
		['not a date', 'not a date']
	])('date %s reads %s', (iso, text) => {
		expect(formatDateLong(iso)).toBe(text);
	});

	it('writes the short date the Polish way', () => {
		expect(formatDateShort('2026-11-03')).toBe('03.11.2026');
	});

	it("takes today's date in Warsaw, not in UTC", () => {
		expect(todayIso(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
		expect(todayIso(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
	});

	it.each([
		['the minute before summer time starts (29 March 2026)', '2026-03-29T00:59:00Z', 1],
		['the minute summer time starts', '2026-03-29T01:00:00Z', 2],
		['the minute before summer time ends (25 October 2026)', '2026-10-25T00:59:00Z', 2],
		['the minute summer time ends', '2026-10-25T01:00:00Z', 1],
		['summer time of 2032 starts on 28 March', '2032-03-28T01:00:00Z', 2],
		['New Year in UTC', '2027-01-01T00:00:00Z', 1]
	])('%s (%s): Poland is UTC+%s', (_name, instant, hours) => {
		expect(warsawOffsetHours(new Date(instant))).toBe(hours);
	});

	it.each([
		['23:00 UTC in winter is already the next day', '2026-12-31T23:00:00Z', '2027-01-01'],
		['22:59 UTC in winter is still the same day', '2026-12-31T22:59:00Z', '2026-12-31'],
		['22:00 UTC in summer is already the next day', '2026-06-30T22:00:00Z', '2026-07-01'],
		['21:59 UTC in summer is still the same day', '2026-06-30T21:59:00Z', '2026-06-30']
	])('%s', (_name, instant, day) => {
		expect(todayIso(new Date(instant))).toBe(day);
	});

	it("agrees with the tz database's Europe/Warsaw at every half hour of 2024–2032", () => {
		const warsaw = new Intl.DateTimeFormat('en-CA', {
			timeZone: 'Europe/Warsaw',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		const from = Date.UTC(2024, 0, 1);
		const until = Date.UTC(2033, 0, 1);
		const disagree: string[] = [];
		for (let t = from; t < until; t += 30 * 60_000) {
			const now = new Date(t);
			if (todayIso(now) !== warsaw.format(now)) disagree.push(now.toISOString());
		}
		expect(disagree).toEqual([]);
	});

	it.each([
		[1, 'obiad'],
		[2, 'obiady'],
		[4, 'obiady'],
		[5, 'obiadów'],
		[12, 'obiadów'],
		[22, 'obiady'],
		[24, 'obiady'],
		[25, 'obiadów']
	])('%i takes the form %s', (n, form) => {
		expect(plural(n, LUNCH_FORMS)).toBe(form);
	});
});

describe('every language writes numbers, money and dates its own way', () => {
	const languages = { pl: plFormat, uk: ukFormat, en: enFormat };
	it.each([
		['pl', '1010.00', '1010,00\u00a0zł'],
		['pl', '12345.5', '12\u00a0345,50\u00a0zł'],
		['uk', '1010.00', '1\u00a0010,00\u00a0zł'],
		['uk', '0.01', '0,01\u00a0zł'],
		['en', '1010.00', 'PLN\u00a01,010.00'],
		['en', '12345.5', 'PLN\u00a012,345.50']
	] as const)('in %s, %s is written %j', (lang, amount, written) => {
		expect(numberFormatters(languages[lang]).money(amount)).toBe(written);
	});

	it.each([
		['pl', '100.00', '100,00\u00a0%'],
		['uk', '83.34', '83,34\u00a0%'],
		['en', '83.34', '83.34%']
	] as const)('in %s, the percentage %s is written %j', (lang, value, written) => {
		expect(numberFormatters(languages[lang]).percent(value)).toBe(written);
	});

	it.each([
		['pl', '2026-12-01', '1 grudnia 2026'],
		['uk', '2026-12-01', '1 грудня 2026'],
		['en', '2026-12-01', '1 December 2026'],
		['uk', '2026-02-31', '31 лютого 2026']
	] as const)('in %s, the date %s is written %j', (lang, iso, written) => {
		expect(dateLong(iso, languages[lang])).toBe(written);
	});

	it('the statements write dates in Polish whatever the page language', () => {
		expect(formatDatePolish('2026-11-23')).toBe('23 listopada 2026');
	});
});
