import { describe, expect, it } from 'vitest';
import { readDate } from './typed-date';

describe('readDate: why a typed date is not a day', () => {
	it.each([
		['29.02.2028', { ok: true, iso: '2028-02-29' }],
		['1 grudnia 2026 r.', { ok: true, iso: '2026-12-01' }],
		['2026-2-1', { ok: true, iso: '2026-02-01' }],
		['29.02.2026', { ok: false, problem: 'day', day: 29, month: 2, year: 2026, days: 28 }],
		['31.04.2026', { ok: false, problem: 'day', day: 31, month: 4, year: 2026, days: 30 }],
		['0.04.2026', { ok: false, problem: 'day', day: 0, month: 4, year: 2026, days: 30 }],
		['2026-13-01', { ok: false, problem: 'month', month: 13 }],
		['1.0.2026', { ok: false, problem: 'month', month: 0 }],
		['1.1.1899', { ok: false, problem: 'format' }],
		['1.1.1900', { ok: true, iso: '1900-01-01' }],
		['jutro', { ok: false, problem: 'format' }],
		['1 smarca 2026', { ok: false, problem: 'format' }],
		['', { ok: false, problem: 'format' }]
	])('„%s” → %o', (text, reading) => {
		expect(readDate(text)).toEqual(reading);
	});
});
