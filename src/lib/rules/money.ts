// Money as exact decimals. Every amount is a Decimal built from a string; nothing here
// (or anywhere in src/lib/rules) does `number` arithmetic on money.
import Decimal from 'decimal.js';
import type { Parameter } from './parameters';
import { readAmount, type AmountProblem } from './amount-text';

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
		throw new Error(`Amount ${value.toString()} has more than 2 decimal places.`);
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

export type ParsedAmount = { ok: true; value: Decimal } | { ok: false; problem: AmountProblem };

/**
 * An amount in złoty as a Decimal, read as people type it (see readAmount: "2 469,50",
 * "2469.50 zł", "1.650"), or why it is not one (the message modules word it). Linear in the
 * length of the text.
 */
export function parseAmount(text: string): ParsedAmount {
	const r = readAmount(text);
	if (!r.ok) return r;
	return { ok: true, value: new Decimal(r.fraction ? `${r.whole}.${r.fraction}` : r.whole) };
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
