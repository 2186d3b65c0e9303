// Text the embedded font can show, and text a person typed made fit to print: what is typed is
// what is printed, and the live preview draws the same string as the PDF.

/** Characters the embedded font subset lacks, written with ones it has. */
const REPLACEMENTS: Record<string, string> = {
	'\u2192': '->',
	'\u202f': '\u00a0',
	'\u2009': ' ',
	'\u2713': 'x',
	'\u2264': '<=',
	'\u2265': '>='
};

/** The visible mark for a character the font cannot show. */
export const MISSING_MARK = '?';

/**
 * Keeps the text inside the font subset (Latin, Latin-1, Latin Extended-A, Cyrillic, dashes,
 * quotes);
 * anything else becomes a known substitute or the visible mark, one per character (an emoji
 * outside the Basic Multilingual Plane is one mark, not two).
 */
export function pdfSafe(text: string): string {
	return text.replace(
		/[^\u0020-\u007e\u00a0-\u017f\u02bc\u0400-\u045f\u0490\u0491\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2116\u2212\n]/gu,
		(c) => REPLACEMENTS[c] ?? MISSING_MARK
	);
}

/**
 * Bidi controls (LRM/RLM/ALM, embeddings, overrides, isolates): they would reorder the preview
 * but not the PDF, so they are dropped. Variation selectors and zero-width joiners only shape
 * the character before them, which becomes one mark anyway.
 */
// eslint-disable-next-line no-misleading-character-class -- the selectors are wanted on their own
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufe00-\ufe0f\ufeff]/g;

/** Control characters other than white space (a NUL must not cut the line). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/**
 * What a person typed, as it will be printed on one line: composed (NFC: "S" + combining acute
 * becomes "Ś", which the font has), control and bidi characters dropped, white space collapsed,
 * and whatever the font lacks shown as a visible mark.
 */
export function printable(value: string): string {
	return pdfSafe(
		value.normalize('NFC').replace(CONTROL, '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()
	);
}
