// scripts/jspdf-core.js against the installed jsPDF: every plugin it takes out is still found
// where it expects it (an upgrade that moves one fails here, not in a half-working PDF), and
// what it keeps is what src/lib/pdf/render.ts calls.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { jspdfCore } from '../../scripts/jspdf-core.js';

const file = createRequire(import.meta.url).resolve('jspdf/dist/jspdf.es.js');
const source = readFileSync(file, 'utf8');
const core = jspdfCore(source);

describe('scripts/jspdf-core.js fits the installed jsPDF', () => {
	it('takes out more than 300 KB of source (the bundler then drops what only that used)', () => {
		expect(source.length - core.length).toBeGreaterThan(300_000);
	});

	it.each([
		['TrueType fonts', /addFileToVFS/],
		['custom fonts', /\baddFont\b/],
		['text widths', /splitTextToSize/],
		['the document language', /setLanguage/],
		['the jsPDF export', /export \{[^}]*\bjsPDF\b/]
	])('keeps %s', (_name, pattern) => {
		expect(core).toMatch(pattern);
	});

	it.each([
		['images', /jsPDFAPI\.addImage = /],
		['forms', /__acroform__/],
		['HTML', /jsPDFAPI\.html = /],
		['compression', /import \{ zlibSync \} from 'fflate'/]
	])('drops %s', (_name, pattern) => {
		expect(core).not.toMatch(pattern);
	});

	it('refuses a jsPDF whose statements it no longer finds, naming them', () => {
		const moved = source.replace('jsPDFAPI.addImage = ', 'jsPDFAPI.addPicture = ');
		expect(() => jspdfCore(moved)).toThrow(/addImage: 0 statements/);
	});
});
