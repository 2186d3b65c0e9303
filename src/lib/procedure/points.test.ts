import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_POINTS, UNITS } from './points';

// The order and the centre's description, copied into the repository (docs/sources/) from the
// centre's published texts; line breaks and runs of spaces are folded, nothing else.
const fold = (text: string) => text.replace(/\s+/g, ' ');
const order = fold(readFileSync('docs/sources/zarzadzenie-24-2025.txt', 'utf8'));
const structure = fold(readFileSync('docs/sources/mops-struktura.txt', 'utf8'));

describe('the procedure’s points, quoted word for word', () => {
	it.each(ALL_POINTS.map((p) => [p.id, p.quote]))('point %s is in the order', (id, quote) => {
		const number = id.includes(' ') ? `${id.split(' ')[1]})` : `${id}.`;
		expect(order).toContain(`${number} ${quote}`);
	});

	it('each point is quoted once', () => {
		const ids = ALL_POINTS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('the centre’s units', () => {
	it.each(UNITS)('%s is named in the centre’s structure', (unit) => {
		expect(structure).toContain(unit);
	});
});
