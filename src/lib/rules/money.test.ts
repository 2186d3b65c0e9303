import { describe, expect, it } from 'vitest';
import { ceilToTens, money, parseAmount, toMoneyString } from './money';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseAmount: the forms people type are accepted', () => {
	it.each([
		['2469', '2469'],
		['2469,5', '2469.5'],
		['2469,50', '2469.5'],
		['2 469,50', '2469.5'],
		[`2${NBSP}469,50`, '2469.5'],
		[`2${NNBSP}469,50`, '2469.5'],
		['2469.50', '2469.5'],
		['2469 zł', '2469'],
		['2469zł', '2469'],
		['2 469,50 zł', '2469.5'],
		[`2469,50${NBSP}zł`, '2469.5'],
		['2469,50 ZŁ', '2469.5'],
		['2469 zl', '2469'],
		['  2469,01  ', '2469.01'],
		['1 234 567,89', '1234567.89'],
		['0', '0'],
		['0,01', '0.01'],
		['123', '123'],
		// A dot before exactly 3 digits and no other mark separates thousands (issue 14).
		['1.650', '1650'],
		['1.650 zł', '1650'],
		['12.345', '12345'],
		['1.234.567', '1234567'],
		['1.000.000', '1000000'],
		['1.65', '1.65'],
		['1.6', '1.6']
	])('„%s” is %s zł', (text, expected) => {
		const r = parseAmount(text);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.value.toString()).toBe(expected);
	});
});

describe('parseAmount: anything else is refused, with the reason', () => {
	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['zł', 'empty'],
		['-5', 'negative'],
		['−5', 'negative'],
		['-2 469,50', 'negative'],
		['2469,505', 'fractionLength'],
		['0.650', 'fractionLength'],
		['1234.567', 'fractionLength'],
		['1.2345', 'fractionLength'],
		['1,2,3', 'marks'],
		['1.650.5', 'marks'],
		['abc', 'characters'],
		['12a', 'characters'],
		['2469 PLN', 'characters'],
		['1e3', 'characters'],
		['2469,', 'fraction'],
		[',50', 'noWhole'],
		['24 69', 'spaces'],
		['2469 50', 'spaces'],
		['2  469', 'spaces'],
		['12 3456', 'spaces'],
		['+5', 'plus'],
		['1234567890', 'tooLarge']
	])('„%s” → %s', (text, kind) => {
		const r = parseAmount(text);
		expect(r.ok ? 'accepted' : r.problem.kind).toBe(kind);
	});
});

describe('parseAmount: where a reading is likely but not certain, it gives that reading', () => {
	it.each([
		['2,469', '2469', ''],
		['1,650', '1650', ''],
		['1,234,567', '1234567', ''],
		['2,469.50', '2469', '50'],
		['2.469,50', '2469', '50'],
		['1.650,00 zł', '1650', '00']
	])('„%s” → %s,%s', (text, whole, fraction) => {
		expect(parseAmount(text)).toEqual({ ok: false, problem: { kind: 'meant', whole, fraction } });
	});
});

describe('parseAmount: time grows with the length of the text, not its square (issue 14)', () => {
	// No clock: a quadratic reading of 10^5 characters needs ~10^10 steps and the test times out
	// (the earlier patterns took 17–51 s in a browser); a linear one takes milliseconds.
	const long = 100_000;
	it.each([
		['1 + spaces + x', '1' + ' '.repeat(long) + 'x', false],
		['1 + spaces + zł + x', '1' + ' '.repeat(long) + 'złx', false],
		['spaces around a number', ' '.repeat(long) + '5' + '\u00a0'.repeat(long) + 'zł', true],
		['digits and dots', '1.'.repeat(long), false],
		['groups of thousands', '1' + ' 000'.repeat(long) + ',5', false],
		['commas', '1,'.repeat(long) + '000', false],
		['zeros', '0'.repeat(long) + '1', true]
	])(
		'%s (%#) is answered at once',
		(_name, text, ok) => {
			expect(parseAmount(text).ok).toBe(ok);
		},
		2000
	);
});

describe('ceilToTens (R6 rounding)', () => {
	it.each([
		['376.55', '380'],
		['370', '370'],
		['370.01', '380'],
		['369.99', '370'],
		['0', '0'],
		['0.01', '10'],
		['274', '280'],
		['1076.55', '1080']
	])('%s → %s', (input, expected) => {
		expect(ceilToTens(money(input)).toString()).toBe(expected);
	});
});

describe('toMoneyString', () => {
	it('writes a dot and exactly two decimals', () => {
		expect(toMoneyString(money('2469.5'))).toBe('2469.50');
		expect(toMoneyString(money('0'))).toBe('0.00');
		expect(toMoneyString(money('12345678'))).toBe('12345678.00');
	});
	it('refuses to round an amount finer than a grosz', () => {
		expect(() => toMoneyString(money('1.005'))).toThrow();
	});
});
