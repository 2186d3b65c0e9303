import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { applicantWarnings, isIsoDate, isPolishPhone } from './common';
import { applicantShape } from './schema-common';

const postal = z.object({ postalCode: applicantShape.postalCode });
const postalError = (code: string) => {
	const result = z.safeParse(postal, { postalCode: code });
	return result.success ? undefined : result.error.issues[0]?.message;
};

describe('postal code', () => {
	it.each(['47-220', ' 47-200 ', '45-018'])('accepts %s', (code) => {
		expect(postalError(code)).toBeUndefined();
	});

	it.each(['47220', '47 220', '4-7220', '47-22', 'abc'])(
		'rejects %s saying how to write it',
		(code) => {
			expect(postalError(code)).toBe(
				'Wpisz kod pocztowy jako dwie cyfry, kreskę i trzy cyfry, na przykład 47-220'
			);
		}
	);

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

	it('knows Polish phone numbers', () => {
		expect(isPolishPhone('+48 77 123 45 67')).toBe(true);
		expect(isPolishPhone('+48-600-123-456')).toBe(true);
		expect(isPolishPhone('(77) 123 45 67')).toBe(false);
	});
});
