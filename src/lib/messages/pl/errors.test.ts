import { describe, expect, it } from 'vitest';
import { parseAmount } from '$lib/rules';
import { amountMessage } from './errors';

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
		['abc', 'Wpisz samą kwotę: cyfry'],
		['12a', 'Wpisz samą kwotę: cyfry'],
		['2469 PLN', 'Wpisz samą kwotę: cyfry'],
		['1e3', 'Wpisz samą kwotę: cyfry'],
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
			const message = amountMessage(r.problem);
			expect(message).toContain(fragment);
			expect(message).toMatch(/np\. /);
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
			const message = amountMessage(r.problem);
			expect(message.startsWith(question)).toBe(true);
			expect(message).toMatch(/np\. /);
		}
	});
});
