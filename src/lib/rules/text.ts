// Polish number formatting for the sentences of the steps, so the explanation is complete
// without the UI. Same output as Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' }),
// written out so it does not depend on the browser's locale data.
import Decimal from 'decimal.js';

export { plural } from './words';

const NBSP = '\u00a0';

function groupThousands(digits: string): string {
	// pl-PL groups only from 5 digits on: "1234" but "12 345".
	if (digits.length < 5) return digits;
	return digits.replace(/\B(?=(\d{3})+$)/g, NBSP);
}

/**
 * Decimal#toFixed rounds the magnitude (ROUND_HALF_UP) and writes "-" only before a value below
 * zero ("-0.00" for -0.001, "0.00" for -0): one toFixed, no copies of the Decimal.
 */
function formatFixed(value: Decimal | string, places: number): string {
	const fixed = (typeof value === 'string' ? new Decimal(value) : value).toFixed(places);
	const sign = fixed.startsWith('-') ? '-' : '';
	const point = fixed.indexOf('.');
	const whole = fixed.slice(sign.length, point === -1 ? fixed.length : point);
	const fraction = point === -1 ? '' : `,${fixed.slice(point + 1)}`;
	return `${sign}${groupThousands(whole)}${fraction}`;
}

/** "1234.5" → "1234,50 zł"; "12345" → "12 345,00 zł" (NBSP between groups and before zł). */
export function zl(value: Decimal | string): string {
	return `${formatFixed(value, 2)}${NBSP}zł`;
}

/** "100.00" → "100,00 %" (the value is already rounded as it should be shown). */
export function percent(value: Decimal | string): string {
	return `${formatFixed(value, 2)}${NBSP}%`;
}

/** A whole number the Polish way: 24 → "24". A count that is a JS integer needs no Decimal. */
export function count(value: Decimal | string | number): string {
	if (typeof value === 'number' && Number.isSafeInteger(value)) {
		return `${value < 0 ? '-' : ''}${groupThousands(String(Math.abs(value)))}`;
	}
	return formatFixed(typeof value === 'number' ? String(value) : value, 0);
}

export const LUNCH_FORMS = ['obiad', 'obiady', 'obiadów'] as const;
export const PERSON_FORMS = ['osoba', 'osoby', 'osób'] as const;
/** "na 3 osoby", "na 5 osób". */
export const PERSON_FORMS_ACCUSATIVE = ['osobę', 'osoby', 'osób'] as const;
/** The verb after a number of lunches: "1 obiad kosztuje", "2 obiady kosztują", "5 obiadów kosztuje". */
export const COSTS_FORMS = ['kosztuje', 'kosztują', 'kosztuje'] as const;
