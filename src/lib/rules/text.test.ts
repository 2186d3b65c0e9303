import { describe, expect, it } from 'vitest';
import { count, percent, plural, zl } from './text';

const pl = new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' });

describe('zl: amounts the Polish way', () => {
	it.each([
		'0',
		'0.5',
		'8',
		'195',
		'1234.5',
		'1010',
		'9999.99',
		'12345',
		'123456.78',
		'1234567.89',
		'-0.5',
		'-1234.5',
		'-12345.6'
	])('%s matches Intl pl-PL', (v) => {
		expect(zl(v)).toBe(pl.format(v as Intl.StringNumericLiteral));
	});
	it('groups thousands from 5 digits on with NBSP', () => {
		expect(zl('1234.5')).toBe('1234,50\u00a0zł');
		expect(zl('12345')).toBe('12\u00a0345,00\u00a0zł');
	});
});

describe('percent and count', () => {
	it('writes a comma and a non-breaking space before %', () => {
		expect(percent('100.01')).toBe('100,01\u00a0%');
	});
	it('writes whole numbers', () => {
		expect(count(24)).toBe('24');
	});
	it.each([0, 1, 24, 1234, 12345, 1234567, -5, -12345])('count(%i) matches Intl pl-PL', (n) => {
		expect(count(n)).toBe(new Intl.NumberFormat('pl-PL').format(n));
		expect(count(String(n))).toBe(count(n));
	});
});

describe('plural', () => {
	it.each([
		[1, 'obiad'],
		[2, 'obiady'],
		[4, 'obiady'],
		[5, 'obiadów'],
		[12, 'obiadów'],
		[14, 'obiadów'],
		[21, 'obiadów'],
		[22, 'obiady'],
		[24, 'obiady'],
		[0, 'obiadów']
	] as const)('%i → %s', (n, form) => {
		expect(plural(n, ['obiad', 'obiady', 'obiadów'])).toBe(form);
	});
});
