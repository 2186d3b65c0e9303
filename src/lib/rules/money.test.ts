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
		['123', '123']
	])('„%s” is %s zł', (text, expected) => {
		const r = parseAmount(text);
		expect(r.ok).toBe(true);
		if (r.ok) expect(r.value.toString()).toBe(expected);
	});
});

describe('parseAmount: anything else is refused with a Polish message and an example', () => {
	it.each([
		['', 'Wpisz kwotę w złotych, np. 2469,50'],
		['   ', 'Wpisz kwotę w złotych'],
		['zł', 'Wpisz kwotę w złotych'],
		['-5', 'nie może być ujemna'],
		['−5', 'nie może być ujemna'],
		['-2 469,50', 'nie może być ujemna'],
		['2469,505', 'najwyżej 2 cyfry po przecinku'],
		['2,469', 'najwyżej 2 cyfry po przecinku'],
		['2,469.50', 'tylko przed groszami'],
		['2.469,50', 'tylko przed groszami'],
		['1.000.000', 'tylko przed groszami'],
		['abc', 'tylko cyfry'],
		['12a', 'tylko cyfry'],
		['2469 PLN', 'tylko cyfry'],
		['1e3', 'tylko cyfry'],
		['2469,', 'Po przecinku wpisz grosze'],
		[',50', 'Przed przecinkiem wpisz złote'],
		['24 69', 'grupami po 3 cyfry'],
		['2469 50', 'grupami po 3 cyfry'],
		['2  469', 'grupami po 3 cyfry'],
		['12 3456', 'grupami po 3 cyfry'],
		['+5', 'bez znaku „+”'],
		['1234567890', 'zbyt duża']
	])('„%s” → „…%s…”', (text, fragment) => {
		const r = parseAmount(text);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.message).toContain(fragment);
			expect(r.message).toMatch(/np\. /);
		}
	});
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
