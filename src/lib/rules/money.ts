// Money as exact decimals. Every amount is a Decimal built from a string; nothing here
// (or anywhere in src/lib/rules) does `number` arithmetic on money.
import Decimal from 'decimal.js';
import type { Parameter } from './parameters';

export { Decimal };

export const ZERO = new Decimal('0');
const TEN = new Decimal('10');

/** A Decimal from a string in canonical form ("2469.50"). For constants and parsed input only. */
export function money(value: string): Decimal {
	return new Decimal(value);
}

/**
 * R6: „wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych”
 * (Zał. nr 4, tabele nr 1 i 3). 376.55 → 380, 370 → 370, 370.01 → 380, 0 → 0.
 * The only place in the rules that rounds an amount of money.
 */
export function ceilToTens(value: Decimal): Decimal {
	return value.div(TEN).ceil().mul(TEN);
}

/** "2469.5" → "2469.50": a dot and exactly two decimals. Refuses to round a value finer than a grosz. */
export function toMoneyString(value: Decimal): string {
	if (value.decimalPlaces() > 2) {
		throw new Error(`Kwota ${value.toString()} ma więcej niż 2 miejsca po przecinku.`);
	}
	return value.toFixed(2);
}

/**
 * A value shown to two decimals, rounded UP (towards +∞). Used for the income ratio and the
 * income per person: a value that is above a threshold with two decimals (100 %, 823,00 zł)
 * is then never shown as equal to it, so what is shown agrees with the exact decision.
 */
export function ceilToHundredths(value: Decimal): Decimal {
	return value.toDecimalPlaces(2, Decimal.ROUND_CEIL);
}

export const AMOUNT_EXAMPLE = '2469,50';

export type ParsedAmount = { ok: true; value: Decimal } | { ok: false; message: string };

const MAX_INTEGER_DIGITS = 9; // up to 999 999 999,99 zł
const SPACES = /[ \u00a0\u202f]/;
/** Thousands separated by a space, NBSP or narrow NBSP, only in groups of 3. */
const GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+$/;
const PLAIN = /^\d+$/;

const fail = (message: string): ParsedAmount => ({ ok: false, message });

/**
 * Parses an amount in złoty as people type it in Poland: "2469", "2469,5", "2469,50",
 * "2 469,50" (space, NBSP or narrow NBSP between groups of 3), "2469.50", each with or without
 * "zł". Everything else is refused with a Polish message that shows a form that works; it never
 * guesses ("2,469.50" and "2,469" are refused, not read as 2469).
 */
export function parseAmount(text: string): ParsedAmount {
	const example = `np. ${AMOUNT_EXAMPLE}`;
	let s = text.replace(/^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g, '');
	s = s.replace(/[\s\u00a0\u202f]*z[łl]\.?$/i, '');
	if (s === '') return fail(`Wpisz kwotę w złotych, ${example}`);
	if (/^[-−–]/.test(s)) return fail(`Kwota nie może być ujemna. Wpisz kwotę w złotych, ${example}`);
	if (/^\+/.test(s)) return fail(`Wpisz samą kwotę, bez znaku „+”, ${example}`);
	if (/[^\d,. \u00a0\u202f]/.test(s)) {
		return fail(`Kwota może zawierać tylko cyfry, spacje i przecinek, ${example}`);
	}
	const separators = s.match(/[,.]/g) ?? [];
	if (separators.length > 1) {
		return fail(
			`Przecinka (lub kropki) używaj tylko przed groszami; tysiące oddziel spacją albo wcale, ${example} lub 2 469,50`
		);
	}
	const [whole = '', fraction] = s.split(/[,.]/);
	if (fraction !== undefined && !/^\d+$/.test(fraction)) {
		return fail(`Po przecinku wpisz grosze (1 lub 2 cyfry), ${example}`);
	}
	if (fraction !== undefined && fraction.length > 2) {
		return fail(`Kwota może mieć najwyżej 2 cyfry po przecinku (grosze), ${example}`);
	}
	if (whole === '') return fail(`Przed przecinkiem wpisz złote, np. 0,50 lub ${AMOUNT_EXAMPLE}`);
	if (!PLAIN.test(whole) && !(SPACES.test(whole) && GROUPED.test(whole))) {
		return fail(
			`Spacji używaj tylko między grupami po 3 cyfry, np. 2 469,50 lub ${AMOUNT_EXAMPLE}`
		);
	}
	const digits = whole.replace(/[ \u00a0\u202f]/g, '');
	if (digits.replace(/^0+(?=\d)/, '').length > MAX_INTEGER_DIGITS) {
		return fail(`Kwota jest zbyt duża. Wpisz miesięczną kwotę w złotych, ${example}`);
	}
	return {
		ok: true,
		value: new Decimal(fraction === undefined ? digits : `${digits}.${fraction}`)
	};
}

// Here, not in parameters.ts: pages that show the parameters (the maxima tables, /zrodla/)
// must not load decimal.js with them.
const amounts = new WeakMap<Parameter, { value: string; amount: Decimal }>();

/**
 * A parameter's value as a Decimal. The tables are constant objects, so each value is parsed
 * once, not once per person per calculation (a changed `value` is parsed again).
 */
export function amountOf(parameter: Parameter): Decimal {
	const known = amounts.get(parameter);
	if (known?.value === parameter.value) return known.amount;
	const amount = money(parameter.value);
	amounts.set(parameter, { value: parameter.value, amount });
	return amount;
}
