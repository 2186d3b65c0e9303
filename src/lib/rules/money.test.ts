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

describe('parseAmount: anything else is refused with a Polish message and an example', () => {
	it.each([
		['', 'Wpisz kwotę w złotych, np. 2469,50'],
		['   ', 'Wpisz kwotę w złotych'],
		['zł', 'Wpisz kwotę w złotych'],
		['-5', 'nie może być ujemna'],
		['−5', 'nie może być ujemna'],
		['-2 469,50', 'nie może być ujemna'],
		['2469,505', 'najwyżej 2 cyfry po przecinku'],
		['0.650', 'najwyżej 2 cyfry po przecinku'],
		['1234.567', 'najwyżej 2 cyfry po przecinku'],
		['1.2345', 'najwyżej 2 cyfry po przecinku'],
		['1,2,3', 'tylko przed groszami'],
		['1.650.5', 'tylko przed groszami'],
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

describe('parseAmount: where a reading is likely but not certain, it asks what was meant', () => {
	it.each([
		['2,469', 'Czy chodziło o 2\u00a0469,00 zł? Jeśli tak, wpisz 2469 '],
		['1,650', 'Czy chodziło o 1\u00a0650,00 zł?'],
		['1,234,567', 'Czy chodziło o 1\u00a0234\u00a0567,00 zł?'],
		['2,469.50', 'Czy chodziło o 2\u00a0469,50 zł? Jeśli tak, wpisz 2469,50 '],
		['2.469,50', 'Czy chodziło o 2\u00a0469,50 zł?'],
		['1.650,00 zł', 'Czy chodziło o 1\u00a0650,00 zł?']
	])('„%s” → „%s…”', (text, question) => {
		const r = parseAmount(text);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.message.startsWith(question)).toBe(true);
			expect(r.message).toMatch(/np\. /);
		}
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
