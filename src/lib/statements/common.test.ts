import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import {
	applicantWarnings,
	clean,
	headerBlocks,
	isIsoDate,
	isPolishPhone,
	normalisePostalCode,
	parseDate
} from './common';
import { paragraphText } from '$lib/pdf/model';
import { applicantShape } from './schema-common';
import { withoutInvalid } from './form-state.svelte';

const postal = z.object({ postalCode: applicantShape.postalCode });
const postalError = (code: string) => {
	const result = z.safeParse(postal, { postalCode: code });
	return result.success ? undefined : result.error.issues[0]?.message;
};

describe('postal code', () => {
	it.each(['47-220', ' 47-200 ', '45-018', '47220', '47 220', '47 - 220', '47–220'])(
		'accepts %s',
		(code) => {
			expect(postalError(code)).toBeUndefined();
		}
	);

	it.each(['4-7220', '47-22', '472200', 'abc'])('rejects %s saying how to write it', (code) => {
		expect(postalError(code)).toBe('Wpisz kod pocztowy z pięciu cyfr, na przykład 47-220');
	});

	it.each([
		['47220', '47-220'],
		[' 47 220 ', '47-220'],
		['47-220', '47-220'],
		['47 - 220', '47-220'],
		['４７２２０', '47-220'],
		['4722', '4722']
	])('writes %j as %j', (typed, shown) => {
		expect(normalisePostalCode(typed)).toBe(shown);
	});

	it('prints a postal code typed without the dash with it', () => {
		const form = { date: '23.11.2026', name: 'Jan', street: 'Piastowska 1', postalCode: '47220' };
		expect(
			headerBlocks(1, form).map((b) => (b.kind === 'paragraph' ? paragraphText(b) : ''))
		).toContain('47-220 Kędzierzyn – Koźle');
	});

	it('asks for a missing code', () => {
		expect(postalError('')).toBe('Wpisz kod pocztowy, na przykład 47-220');
	});

	it('warns, without blocking, about a code outside Kędzierzyn-Koźle', () => {
		expect(applicantWarnings({ postalCode: '45-018' }).postalCode).toMatch(/zaczynają się od 47-2/);
		expect(applicantWarnings({ postalCode: '47-220' })).toEqual({});
		expect(applicantWarnings({ postalCode: '4' })).toEqual({});
	});
});

describe('helpers', () => {
	it('knows real dates', () => {
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(isIsoDate('23.11.2026')).toBe(false);
	});

	it.each([
		['1.12.2026', '2026-12-01'],
		['01.12.2026', '2026-12-01'],
		[' 1 . 12 . 2026 ', '2026-12-01'],
		['1/12/2026', '2026-12-01'],
		['1-12-2026', '2026-12-01'],
		['1 12 2026', '2026-12-01'],
		['1 grudnia 2026', '2026-12-01'],
		['1 Grudnia 2026 r.', '2026-12-01'],
		['1 grudzień 2026', '2026-12-01'],
		['1 gru 2026', '2026-12-01'],
		['15 października 2026 roku', '2026-10-15'],
		['15 pazdziernika 2026', '2026-10-15'],
		['29.02.2024', '2024-02-29'],
		['2026-12-01', '2026-12-01']
	])('reads the date %j as %s', (typed, iso) => {
		expect(parseDate(typed)).toBe(iso);
	});

	it.each([
		'31.02.2026',
		'29.02.2026',
		'1.13.2026',
		'1 grudka 2026',
		'1.12.26',
		'12.2026',
		'',
		'x'
	])('finds no date in %j', (typed) => {
		expect(parseDate(typed)).toBeNull();
	});

	it('reads a very long paste at once, and finds no date in it', () => {
		const started = performance.now();
		expect(parseDate('1' + ' '.repeat(100_000) + 'x')).toBeNull();
		expect(performance.now() - started).toBeLessThan(50);
	});

	it('makes typed text printable: what is typed is what is printed', () => {
		expect(clean('Jan\u0000Kowalski')).toBe('JanKowalski');
		expect(clean('S\u0301wia\u0328tek')).toBe('Świątek');
		expect(clean('Anna 👍 ✓')).toBe('Anna ? x');
		expect(clean('Anna \u202eiksweN\u202c')).toBe('Anna iksweN');
		expect(clean('Anna\u200f \u2066Nowak\u2069')).toBe('Anna Nowak');
		expect(clean('  Anna\t\n Nowak ')).toBe('Anna Nowak');
		expect(clean('Ямада')).toBe('Ямада');
		expect(clean('山田')).toBe('??');
	});

	it('knows Polish phone numbers', () => {
		expect(isPolishPhone('+48 77 123 45 67')).toBe(true);
		expect(isPolishPhone('+48-600-123-456')).toBe(true);
		expect(isPolishPhone('(77) 123 45 67')).toBe(false);
	});
});

describe('the document of a form with errors', () => {
	it('keeps what was typed and leaves a field with an error empty, for its dotted line', () => {
		const values = { name: 'Jan', carerPhone: '600 123 45', staffPart: true };
		expect(withoutInvalid(values, { carerPhone: 'Wpisz numer telefonu z 9 cyfr' })).toEqual({
			name: 'Jan',
			carerPhone: '',
			staffPart: true
		});
		expect(values.carerPhone).toBe('600 123 45');
	});
});
