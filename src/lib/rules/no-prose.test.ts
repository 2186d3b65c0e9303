// The engine returns facts; the words are made by the message modules (issue 15). Polish text
// in src/lib/rules is only the order's own data in parameters.ts: its quotes, the acts' titles
// and the places it cites. This test reads every other module of the engine and fails on a
// string that reads like a sentence or has a Polish letter.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = join(process.cwd(), 'src/lib/rules');
/** The order's data: quotes, acts, citations — Polish by nature, and never made into sentences. */
const DATA = ['parameters.ts', 'quotes.ts'];

/** String and template literals of a TypeScript source, comments removed first. */
function literals(source: string): string[] {
	const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
	return [...code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map(
		(m) => m[1] ?? m[2] ?? m[3] ?? ''
	);
}

/**
 * Polish prose: a Polish letter in a text with a space, or a run of words with a common Polish
 * word among them. Codes ("R6.rounding", "criteria.single"), a token the engine reads ("zł" at
 * the end of a typed amount) and an English error for programmers ("Amount … has more than 2
 * decimal places") are not.
 */
const POLISH_WORDS =
	'i|w|z|na|do|nie|się|jest|od|to|dla|lub|albo|oraz|po|przy|czy|więc|kwota|kwoty|dochód|osoba|osób|zasiłek|zasiłku|wpisz|podaj|tabela|tabeli';
const PROSE = new RegExp(
	`[ąćęłńóśźż].*\\s|\\s.*[ąćęłńóśźż]|(^|\\s)(${POLISH_WORDS})\\s+\\p{L}|\\p{L}\\s+(${POLISH_WORDS})(\\s|$)`,
	'iu'
);

const files = readdirSync(DIR).filter(
	(f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !DATA.includes(f)
);

describe('src/lib/rules makes no sentences', () => {
	it('reads the engine’s modules', () => {
		expect(files).toEqual(expect.arrayContaining(['index.ts', 'eligibility.ts', 'deduction.ts']));
	});

	it.each(files)('%s has no prose in its strings', (file) => {
		const prose = literals(readFileSync(join(DIR, file), 'utf8')).filter((s) => PROSE.test(s));
		expect(prose).toEqual([]);
	});

	it('would catch a sentence', () => {
		expect(literals("const t = `Dochód ${x} to ${y}`; // a comment 'with words'")).toEqual([
			'Dochód ${x} to ${y}'
		]);
		expect(PROSE.test('Dochód ${x} to ${y}')).toBe(true);
		expect(PROSE.test('Kwota nie moze byc ujemna')).toBe(true);
		expect(PROSE.test('Amount 1.234 has more than 2 decimal places.')).toBe(false);
		expect(PROSE.test('R6.rounding')).toBe(false);
		expect(PROSE.test('criteria.perPerson')).toBe(false);
		expect(PROSE.test('zł')).toBe(false);
		expect(PROSE.test('Zał. nr 4')).toBe(true);
	});
});
