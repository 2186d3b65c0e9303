import { describe, expect, it } from 'vitest';
import {
	formatDateLong,
	formatDateShort,
	formatMoney,
	formatPercent,
	plural,
	todayIso
} from './format';

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
		[1, 'obiad'],
		[2, 'obiady'],
		[4, 'obiady'],
		[5, 'obiadów'],
		[12, 'obiadów'],
		[22, 'obiady'],
		[24, 'obiady'],
		[25, 'obiadów']
	])('%i takes the form %s', (n, form) => {
		expect(plural(n, ['obiad', 'obiady', 'obiadów'])).toBe(form);
	});
});
