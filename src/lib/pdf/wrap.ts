/**
 * Word wrapping for the PDF layout (./layout.ts): runs of text (./model.ts) → lines no wider
 * than a width, each line as pieces of one style with their measured widths. Pure: widths come
 * from the `measure` function the caller passes. Lines break at spaces (runs of ordinary spaces
 * count as one; a no-break space U+00A0 is part of its word, so "380,00\u00a0zł" stays together)
 * and at "\n"; a word wider than the line is split between characters, so nothing runs off the
 * page. No hyphens are added.
 */
import type { TextRun } from './model';

/** Width of `text` in mm at `size` pt in the regular or bold face. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** A piece of a wrapped line in one style, with its measured width (mm). */
export interface LineSegment {
	text: string;
	bold: boolean;
	width: number;
}

export interface WrappedLine {
	segments: LineSegment[];
	width: number;
}

interface Piece {
	text: string;
	bold: boolean;
}

type Token =
	{ kind: 'word'; pieces: Piece[] } | { kind: 'space'; bold: boolean } | { kind: 'break' };

/** Runs → words (possibly of several styles), single spaces and hard breaks. */
function tokenize(runs: TextRun[]): Token[] {
	const tokens: Token[] = [];
	let word: Piece[] | null = null;
	const endWord = () => {
		if (word) tokens.push({ kind: 'word', pieces: word });
		word = null;
	};
	for (const run of runs) {
		const bold = !!run.bold;
		for (const part of run.text.split(/(\n| +)/)) {
			if (part === '') continue;
			if (part === '\n') {
				endWord();
				tokens.push({ kind: 'break' });
			} else if (part.startsWith(' ')) {
				endWord();
				tokens.push({ kind: 'space', bold });
			} else {
				word ??= [];
				word.push({ text: part, bold });
			}
		}
	}
	endWord();
	return tokens;
}

function piecesWidth(pieces: Piece[], size: number, measure: Measure): number {
	return pieces.reduce((sum, p) => sum + measure(p.text, size, p.bold), 0);
}

/** Splits a too-long word into chunks: the first fits `first` mm, the rest `rest` mm. */
function splitWord(
	pieces: Piece[],
	first: number,
	rest: number,
	size: number,
	measure: Measure
): Piece[][] {
	const chunks: Piece[][] = [];
	let chunk: Piece[] = [];
	let width = 0;
	let limit = first;
	for (const piece of pieces) {
		for (const ch of Array.from(piece.text)) {
			const w = measure(ch, size, piece.bold);
			if (width + w > limit && width > 0) {
				chunks.push(chunk);
				chunk = [];
				width = 0;
				limit = rest;
			}
			const last = chunk[chunk.length - 1];
			if (last && last.bold === piece.bold) last.text += ch;
			else chunk.push({ text: ch, bold: piece.bold });
			width += w;
		}
	}
	if (chunk.length) chunks.push(chunk);
	return chunks;
}

/** Adjacent pieces of one style merged, each measured. */
function toLine(pieces: Piece[], size: number, measure: Measure): WrappedLine {
	const merged: Piece[] = [];
	for (const p of pieces) {
		const last = merged[merged.length - 1];
		if (last && last.bold === p.bold) last.text += p.text;
		else merged.push({ ...p });
	}
	const segments = merged.map((p) => ({ ...p, width: measure(p.text, size, p.bold) }));
	return { segments, width: segments.reduce((s, x) => s + x.width, 0) };
}

/**
 * Wraps runs into lines no wider than `width` mm (the first line `firstWidth` mm). Spaces at
 * the start and end of a line are dropped; an empty text gives no lines.
 */
export function wrapRuns(
	runs: TextRun[],
	width: number,
	size: number,
	measure: Measure,
	firstWidth: number = width
): WrappedLine[] {
	const lines: WrappedLine[] = [];
	let current: Piece[] = [];
	let currentWidth = 0;
	let pendingSpace: boolean | null = null; // the style of a space waiting between words
	const limit = () => (lines.length === 0 ? firstWidth : width);
	const flush = () => {
		lines.push(toLine(current, size, measure));
		current = [];
		currentWidth = 0;
		pendingSpace = null;
	};
	for (const token of tokenize(runs)) {
		if (token.kind === 'break') {
			flush();
			continue;
		}
		if (token.kind === 'space') {
			if (current.length) pendingSpace = token.bold;
			continue;
		}
		const w = piecesWidth(token.pieces, size, measure);
		if (current.length) {
			const spaceBold = pendingSpace ?? false;
			const sw = measure(' ', size, spaceBold);
			if (currentWidth + sw + w <= limit()) {
				current.push({ text: ' ', bold: spaceBold }, ...token.pieces);
				currentWidth += sw + w;
				pendingSpace = null;
				continue;
			}
			flush();
		}
		if (w <= limit()) {
			current.push(...token.pieces);
			currentWidth = w;
			continue;
		}
		const chunks = splitWord(token.pieces, limit(), width, size, measure);
		chunks.forEach((chunk, i) => {
			current.push(...chunk);
			currentWidth = piecesWidth(chunk, size, measure);
			if (i < chunks.length - 1) flush();
		});
	}
	if (current.length) flush();
	return lines;
}
