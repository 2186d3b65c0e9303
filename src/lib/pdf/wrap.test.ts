import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TextRun } from './model';
import { wrapRuns, type Measure } from './wrap';

/** Every character 2 mm wide (bold 2.5 mm), whatever the size: easy to reason about. */
const mono: Measure = (text, _size, bold) => Array.from(text).length * (bold ? 2.5 : 2);

const NBSP = '\u00a0';

const lineTexts = (runs: TextRun[], width: number, first?: number) =>
	wrapRuns(runs, width, 11, mono, first).map((l) => l.segments.map((s) => s.text).join(''));

interface Case {
	name: string;
	text: string;
	width: number;
	first?: number;
	lines: string[];
}

// Widths in mm: with `mono`, a character is 2 mm, so "aaa bbb" is 14 mm.
const CASES: Case[] = [
	{ name: 'an empty text gives no lines', text: '', width: 20, lines: [] },
	{ name: 'spaces alone give no lines', text: '   ', width: 20, lines: [] },
	{
		name: 'breaks at spaces and never exceeds the width',
		text: 'aaa bbb ccc ddd',
		width: 16,
		lines: ['aaa bbb', 'ccc ddd']
	},
	{
		name: 'a line exactly as wide as the width fits',
		text: 'aaa bbb',
		width: 14,
		lines: ['aaa bbb']
	},
	{
		name: 'a hundredth of a millimetre less, and the last word goes to the next line',
		text: 'aaa bbb',
		width: 13.99,
		lines: ['aaa', 'bbb']
	},
	{
		name: 'a word exactly as wide as the line stays whole',
		text: 'x'.repeat(10),
		width: 20,
		lines: ['x'.repeat(10)]
	},
	{
		name: 'a word one character wider than the line is split between characters, no hyphen',
		text: 'x'.repeat(11),
		width: 20,
		lines: ['x'.repeat(10), 'x']
	},
	{
		name: 'a word longer than the line is split into as many lines as it needs',
		text: 'x'.repeat(25),
		width: 20,
		lines: ['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]
	},
	{
		name: 'a long word after a short one starts a new line; its rest shares a line with the next word',
		text: `ab ${'x'.repeat(25)} cd`,
		width: 20,
		lines: ['ab', 'x'.repeat(10), 'x'.repeat(10), 'xxxxx cd']
	},
	{
		name: 'a no-break space keeps its words together on the next line',
		text: `a b${NBSP}c`,
		width: 6,
		lines: ['a', `b${NBSP}c`]
	},
	{
		name: 'an ordinary space in the same place breaks',
		text: 'a b c',
		width: 6,
		lines: ['a b', 'c']
	},
	{
		name: 'words joined by no-break spaces wider than the line are split like one long word',
		text: `do${NBSP}380,00${NBSP}zł`,
		width: 16,
		lines: [`do${NBSP}380,0`, `0${NBSP}zł`]
	},
	{
		name: 'several spaces between words count as one',
		text: 'a    b',
		width: 20,
		lines: ['a b']
	},
	{
		name: 'spaces at the start and the end of a line are dropped',
		text: '  aa bb  ',
		width: 4,
		lines: ['aa', 'bb']
	},
	{
		name: 'a shorter first line, then the full width',
		text: 'aa bb cc',
		width: 12,
		first: 6,
		lines: ['aa', 'bb cc']
	},
	{
		name: 'a long word on the first line splits at the first line’s width',
		text: 'x'.repeat(15),
		width: 20,
		first: 6,
		lines: ['xxx', 'x'.repeat(10), 'xx']
	},
	{
		name: 'a hard break ends a line; two make an empty line between',
		text: 'aa\n\nbb',
		width: 20,
		lines: ['aa', '', 'bb']
	},
	{
		name: 'a break at the end adds no empty line',
		text: 'aa\n',
		width: 20,
		lines: ['aa']
	},
	{
		name: 'a space before a break does not start the next line',
		text: 'aa \nbb',
		width: 20,
		lines: ['aa', 'bb']
	}
];

describe('wrapRuns', () => {
	it.each(CASES)('$name', ({ text, width, first, lines }) => {
		expect(lineTexts([{ text }], width, first)).toEqual(lines);
	});

	it('keeps styles apart within a line, the space in the style of its run', () => {
		const [line] = wrapRuns([{ text: 'ab ' }, { text: 'cd', bold: true }], 100, 11, mono);
		expect(line).toEqual({
			segments: [
				{ text: 'ab ', bold: false, width: 6 },
				{ text: 'cd', bold: true, width: 5 }
			],
			width: 11
		});
		const [boldSpace] = wrapRuns([{ text: 'ab' }, { text: ' cd', bold: true }], 100, 11, mono);
		expect(boldSpace?.segments).toEqual([
			{ text: 'ab', bold: false, width: 4 },
			{ text: ' cd', bold: true, width: 7.5 }
		]);
	});

	it('splits a word of two styles between characters, each keeping its style', () => {
		// "ab" regular (4 mm) + "cd" bold (5 mm) is one word of 9 mm: 8 mm take "abc".
		const lines = wrapRuns([{ text: 'ab' }, { text: 'cd', bold: true }], 8, 11, mono);
		expect(lines.map((l) => l.segments)).toEqual([
			[
				{ text: 'ab', bold: false, width: 4 },
				{ text: 'c', bold: true, width: 2.5 }
			],
			[{ text: 'd', bold: true, width: 2.5 }]
		]);
	});

	it('passes the size to the measure', () => {
		const sizes = new Set<number>();
		wrapRuns([{ text: 'a b' }], 100, 9, (text, size) => (sizes.add(size), text.length));
		expect([...sizes]).toEqual([9]);
	});

	it('for any words and widths: no line is wider than its limit, each piece is measured, every character stays in order', () => {
		const word = fc.stringMatching(/^[a-ząę\u00a0]{1,14}$/);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(word, fc.boolean()), { maxLength: 12 }),
				fc.integer({ min: 3, max: 60 }),
				fc.integer({ min: 3, max: 60 }),
				(words, width, first) => {
					const runs = words.map(([text, bold]) => ({ text: `${text} `, bold }));
					const lines = wrapRuns(runs, width, 11, mono, first);
					lines.forEach((line, i) => {
						expect(line.width).toBeLessThanOrEqual(i === 0 ? first : width);
						const measured = line.segments.map((s) => mono(s.text, 11, s.bold));
						expect(line.segments.map((s) => s.width)).toEqual(measured);
					});
					const kept = lines.map((l) => l.segments.map((s) => s.text).join('')).join('');
					expect(kept.replaceAll(' ', '')).toBe(words.map(([text]) => text).join(''));
				}
			)
		);
	});
});
