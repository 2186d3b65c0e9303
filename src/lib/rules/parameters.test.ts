import { readFileSync } from 'node:fs';
import { allowanceMessage } from '$lib/messages/pl/errors';
import { describe, expect, it } from 'vitest';
import { AllowanceInputError } from './errors';
import { criteriaFor, MAXIMA, parametersFor, QUOTES } from './parameters';
import { getParameters } from './index';

function dateError(fn: () => unknown): AllowanceInputError {
	try {
		fn();
	} catch (e) {
		if (e instanceof AllowanceInputError) return e;
		throw e;
	}
	throw new Error('expected an AllowanceInputError');
}

describe('the statutory criteria by date', () => {
	it.each([
		['2022-01-01', '776.00', '600.00', 'Dz.U. 2021 poz. 1296'],
		['2024-12-31', '776.00', '600.00', 'Dz.U. 2021 poz. 1296'],
		['2025-01-01', '1010.00', '823.00', 'Dz.U. 2024 poz. 1044'],
		['2027-12-31', '1010.00', '823.00', 'Dz.U. 2024 poz. 1044']
	])('on %s: single %s, per person %s (%s)', (date, single, perPerson, act) => {
		const c = criteriaFor(date);
		expect(c.single.value).toBe(single);
		expect(c.perPerson.value).toBe(perPerson);
		expect(c.single.source.act).toContain(act);
		expect(c.manual).toBe(false);
	});

	it('before 2022-01-01 the criteria are not known', () => {
		expect(dateError(() => criteriaFor('2021-12-31')).field).toBe('date');
	});
});

describe('parametersFor / getParameters', () => {
	it('a date before 2025-11-20 is an error saying the centre’s amounts are not known', () => {
		const e = dateError(() => getParameters('2025-11-19'));
		expect(e.field).toBe('date');
		expect(e.problem).toEqual({
			code: 'date.beforeOrder',
			date: '2025-11-19',
			orderFrom: '2025-11-20'
		});
		expect(allowanceMessage(e.problem)).toContain('nie zawiera kwot na dzień 19 listopada 2025 r.');
	});

	it('on 2025-11-20 the order applies', () => {
		const p = parametersFor('2025-11-20');
		expect(p.date).toBe('2025-11-20');
		expect(p.incomeLimitPercent.value).toBe('200');
		expect(p.lunchPrice.value).toBe('8.00');
		expect(p.maxima.upTo100.single.none.value).toBe('500.00');
		expect(p.maxima.upTo100.single.none.source.act).toContain('Nr 24/2025');
		expect(p.criteria.perPerson.value).toBe('823.00');
	});

	it.each([
		['2027-12-31', false],
		['2028-01-01', true]
	])('review due on %s: %s', (date, due) => {
		const p = parametersFor(date);
		expect(p.reviewAfter).toBe('2028-01-01');
		expect(p.reviewDue).toBe(due);
	});

	it.each(['2025-02-30', '2025-13-01', '20251201', '1.12.2025', '2026-02-29', ''])(
		'„%s” is not a date',
		(d) => {
			expect(dateError(() => parametersFor(d)).field).toBe('date');
		}
	);

	it('2028-02-29 is a date (leap year)', () => {
		expect(parametersFor('2028-02-29').date).toBe('2028-02-29');
	});
});

describe('the tables as data', () => {
	it('every maximum cites its table and carries the amount in its quote', () => {
		const tables = { upTo100: { single: 1, family: 3 }, upTo200: { single: 2, family: 4 } };
		for (const tier of ['upTo100', 'upTo200'] as const) {
			for (const household of ['single', 'family'] as const) {
				for (const use of ['none', 'centre'] as const) {
					const p = MAXIMA[tier][household][use];
					expect(p.source.ref).toBe(`Zał. nr 4, tabela nr ${tables[tier][household]}`);
					expect(p.source.quote).toContain(`${p.value.replace('.', ',')} zł`);
				}
			}
		}
	});
});

// The quotes must be the order's own words: compared with the order's text, kept in the
// repository (docs/sources/) so that the check runs everywhere, CI included.
const ORIGINAL = 'docs/sources/zarzadzenie-24-2025.txt';
describe('the quotes against the original order', () => {
	const text = readFileSync(ORIGINAL, 'utf8').replace(/\s+/g, ' ');
	it.each(Object.entries(QUOTES))('%s is quoted word for word', (_key, quote) => {
		expect(text).toContain(quote);
	});
});
