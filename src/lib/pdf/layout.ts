/**
 * Layout: a flowing `PdfDocument` (./model.ts) → positioned pages of text, line and box items.
 * Pure: text widths come from the `measure` function the caller passes (jsPDF's font metrics
 * in ./render.ts; a fake in tests). Text wraps into lines with ./wrap.ts (at spaces; a word
 * wider than the line is split between characters), so nothing runs off the page. Content
 * that does not fit goes on to a new page. All lengths in mm (origin top-left), font sizes in pt; a text item's `y` is its
 * baseline.
 */
import {
	PT,
	contentWidth,
	type Align,
	type Block,
	type ParagraphBlock,
	type PdfDocument,
	type QrBlock,
	type RuleBlock,
	type TableBlock
} from './model';
import { wrapRuns, type Measure, type WrappedLine } from './wrap';

export type { Measure } from './wrap';

export interface TextItem {
	kind: 'text';
	x: number;
	/** Baseline, mm from the top. */
	y: number;
	text: string;
	size: number;
	bold: boolean;
}

export interface LineItem {
	kind: 'line';
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** Line width, mm. */
	width: number;
	dash?: boolean;
}

export interface BoxItem {
	kind: 'box';
	x: number;
	y: number;
	w: number;
	h: number;
	/** Line width, mm. */
	width: number;
}

/** A filled black rectangle (a QR code's modules). */
export interface FillItem {
	kind: 'fill';
	x: number;
	y: number;
	w: number;
	h: number;
}

export type PageItem = TextItem | LineItem | BoxItem | FillItem;

export interface LaidOutPage {
	items: PageItem[];
}

/** Noto Sans vertical metrics, em. */
const ASCENT = 1.069;
const DESCENT = 0.293;
const CAP_HEIGHT = 0.714;

class Cursor {
	pages: LaidOutPage[] = [{ items: [] }];
	y: number;
	constructor(private doc: PdfDocument) {
		this.y = doc.margins.top;
	}
	get bottom(): number {
		return this.doc.page.height - this.doc.margins.bottom;
	}
	get atTop(): boolean {
		return this.y <= this.doc.margins.top + 0.001;
	}
	get items(): PageItem[] {
		return this.pages[this.pages.length - 1]!.items;
	}
	newPage(): void {
		this.pages.push({ items: [] });
		this.y = this.doc.margins.top;
	}
	/** Moves to a new page unless `height` mm fits below the cursor. */
	ensure(height: number): void {
		if (this.y + height > this.bottom + 0.001 && !this.atTop) this.newPage();
	}
}

function boxOf(doc: PdfDocument, block: { indent?: number; width?: number }) {
	const indent = block.indent ?? 0;
	const x = doc.margins.left + indent;
	const width = Math.min(block.width ?? contentWidth(doc) - indent, contentWidth(doc) - indent);
	return { x, width };
}

function lineHeightMm(size: number, lineHeight: number): number {
	return size * lineHeight * PT;
}

/** Baseline offset from the top of a line box. */
function baselineOffset(size: number, lineHeight: number): number {
	const em = size * PT;
	return (lineHeightMm(size, lineHeight) - (ASCENT + DESCENT) * em) / 2 + ASCENT * em;
}

function alignX(align: Align, x: number, available: number, lineWidth: number): number {
	if (align === 'center') return x + (available - lineWidth) / 2;
	if (align === 'right') return x + available - lineWidth;
	return x;
}

function pushLine(
	items: PageItem[],
	line: WrappedLine,
	x: number,
	baseline: number,
	size: number
): void {
	let cx = x;
	for (const seg of line.segments) {
		items.push({ kind: 'text', x: cx, y: baseline, text: seg.text, size, bold: seg.bold });
		cx += seg.width;
	}
}

/** Height of a paragraph's lines (without spacing), for keep-with-next decisions. */
function paragraphHeight(doc: PdfDocument, block: ParagraphBlock, measure: Measure): number {
	const size = block.size ?? doc.fontSize;
	const lh = block.lineHeight ?? doc.lineHeight;
	const { width } = boxOf(doc, block);
	const markWidth = block.mark ? markGutter(size) : 0;
	const lines = wrapRuns(
		block.runs,
		width - markWidth,
		size,
		measure,
		width - markWidth - (block.firstLineIndent ?? 0)
	);
	return Math.max(lines.length, 1) * lineHeightMm(size, lh);
}

function markGutter(size: number): number {
	return size * PT * 0.9 + 2.5;
}

function layoutParagraph(
	doc: PdfDocument,
	block: ParagraphBlock,
	next: Block | undefined,
	cursor: Cursor,
	measure: Measure
): void {
	const size = block.size ?? doc.fontSize;
	const lh = block.lineHeight ?? doc.lineHeight;
	const lineH = lineHeightMm(size, lh);
	const { x, width } = boxOf(doc, block);
	const gutter = block.mark ? markGutter(size) : 0;
	const textX = x + gutter;
	const textWidth = width - gutter;
	const first = block.firstLineIndent ?? 0;
	const lines = wrapRuns(block.runs, textWidth, size, measure, textWidth - first);

	cursor.y += block.spaceBefore ?? 0;
	if (block.keepWithNext && next) {
		const nextHeight =
			next.kind === 'paragraph'
				? Math.min(paragraphHeight(doc, next, measure), lineH * 2) + (next.spaceBefore ?? 0)
				: lineH;
		cursor.ensure(Math.max(lines.length, 1) * lineH + nextHeight);
	}
	if (lines.length === 0) {
		cursor.ensure(lineH);
		cursor.y += lineH;
	}
	lines.forEach((line, i) => {
		cursor.ensure(lineH);
		const baseline = cursor.y + baselineOffset(size, lh);
		const indent = i === 0 ? first : 0;
		const available = textWidth - indent;
		// The mark first, so that text extraction reads "X 1) …".
		if (i === 0 && block.mark) drawMark(cursor.items, block.mark, x, baseline, size, measure);
		pushLine(
			cursor.items,
			line,
			alignX(block.align ?? 'left', textX + indent, available, line.width),
			baseline,
			size
		);
		cursor.y += lineH;
	});
	cursor.y += block.spaceAfter ?? 0;
}

function drawMark(
	items: PageItem[],
	mark: 'checked' | 'unchecked',
	x: number,
	baseline: number,
	size: number,
	measure: Measure
): void {
	const em = size * PT;
	const side = em * 0.9;
	const bottom = baseline + em * 0.12;
	const top = bottom - side;
	items.push({ kind: 'box', x, y: top, w: side, h: side, width: 0.25 });
	if (mark === 'checked') {
		const xSize = size * 0.9;
		const w = measure('X', xSize, true);
		const capH = CAP_HEIGHT * xSize * PT;
		items.push({
			kind: 'text',
			x: x + (side - w) / 2,
			y: bottom - (side - capH) / 2,
			text: 'X',
			size: xSize,
			bold: true
		});
	}
}

function layoutRule(doc: PdfDocument, block: RuleBlock, cursor: Cursor): void {
	const { x, width } = boxOf(doc, block);
	cursor.y += block.spaceBefore ?? 0;
	cursor.ensure(0.5);
	cursor.items.push({
		kind: 'line',
		x1: x,
		y1: cursor.y,
		x2: x + width,
		y2: cursor.y,
		width: block.lineWidth ?? 0.2,
		dash: block.dash
	});
	cursor.y += block.spaceAfter ?? 0;
}

function layoutTable(doc: PdfDocument, block: TableBlock, cursor: Cursor, measure: Measure): void {
	const size = block.size ?? doc.fontSize;
	const lh = doc.lineHeight;
	const lineH = lineHeightMm(size, lh);
	const { x, width } = boxOf(doc, block);
	const total = block.columns.reduce((s, c) => s + c.width, 0) || 1;
	const widths = block.columns.map((c) => (c.width / total) * width);
	const padX = 1.5;
	const padY = 1;
	const borders = block.borders ?? 'rows';

	const rows = block.rows.map((row, r) => {
		const bold = !!row.bold || (!!block.header && r === 0);
		const cells = widths.map((w, c) =>
			wrapRuns([{ text: row.cells[c] ?? '', bold }], w - 2 * padX, size, measure)
		);
		const height = Math.max(1, ...cells.map((l) => l.length)) * lineH + 2 * padY;
		return { row, cells, height };
	});

	const drawRow = (entry: (typeof rows)[number], first: boolean) => {
		const top = cursor.y;
		let cx = x;
		entry.cells.forEach((lines, c) => {
			const w = widths[c]!;
			const align = block.columns[c]?.align ?? 'left';
			lines.forEach((line, i) => {
				const baseline = top + padY + i * lineH + baselineOffset(size, lh);
				pushLine(
					cursor.items,
					line,
					alignX(align, cx + padX, w - 2 * padX, line.width),
					baseline,
					size
				);
			});
			if (borders === 'grid') {
				cursor.items.push({ kind: 'box', x: cx, y: top, w, h: entry.height, width: 0.2 });
			}
			cx += w;
		});
		const line = (y: number, lw: number) =>
			cursor.items.push({ kind: 'line', x1: x, y1: y, x2: x + width, y2: y, width: lw });
		if (borders === 'rows') {
			if (first) line(top, 0.2);
			line(top + entry.height, 0.2);
		}
		if (entry.row.ruleAbove) line(top, 0.4);
		cursor.y += entry.height;
	};

	cursor.y += block.spaceBefore ?? 0;
	const header = block.header ? rows[0] : undefined;
	rows.forEach((entry, r) => {
		const needed = entry.height + (header && r === 0 ? (rows[1]?.height ?? 0) : 0);
		const before = cursor.pages.length;
		cursor.ensure(needed);
		const brokeHere = cursor.pages.length > before;
		if (brokeHere && header && r > 0) drawRow(header, true);
		drawRow(entry, r === 0 || brokeHere);
	});
	cursor.y += block.spaceAfter ?? 0;
}

/** Gap between a QR code's quiet zone and its caption, mm. */
const QR_CAPTION_GAP = 1;

/**
 * A QR code: the quiet zone left blank, the dark runs as filled rectangles, the caption (if
 * any) wrapped to the right of the code, starting level with its top modules. Code and caption
 * stay on one page.
 */
function layoutQr(doc: PdfDocument, block: QrBlock, cursor: Cursor, measure: Measure): void {
	const { x, width } = boxOf(doc, block);
	const m = block.moduleSize;
	const side = (block.modules + 2 * block.quietZone) * m;
	const size = block.captionSize ?? doc.fontSize;
	const lh = doc.lineHeight;
	const lineH = lineHeightMm(size, lh);
	const captionX = x + side + QR_CAPTION_GAP;
	const lines = block.caption
		? wrapRuns(block.caption, Math.max(width - side - QR_CAPTION_GAP, 10), size, measure)
		: [];
	const captionTop = block.quietZone * m;
	cursor.y += block.spaceBefore ?? 0;
	cursor.ensure(Math.max(side, captionTop + lines.length * lineH));
	const top = cursor.y;
	const origin = { x: x + block.quietZone * m, y: top + block.quietZone * m };
	for (const run of block.runs) {
		cursor.items.push({
			kind: 'fill',
			x: origin.x + run.x * m,
			y: origin.y + run.y * m,
			w: run.w * m,
			h: m
		});
	}
	lines.forEach((line, i) => {
		pushLine(
			cursor.items,
			line,
			captionX,
			top + captionTop + i * lineH + baselineOffset(size, lh),
			size
		);
	});
	cursor.y = top + Math.max(side, captionTop + lines.length * lineH) + (block.spaceAfter ?? 0);
}

/** Lays the document out on pages. Always returns at least one page. */
export function layoutDocument(doc: PdfDocument, measure: Measure): LaidOutPage[] {
	const cursor = new Cursor(doc);
	doc.blocks.forEach((block, i) => {
		switch (block.kind) {
			case 'paragraph':
				layoutParagraph(doc, block, doc.blocks[i + 1], cursor, measure);
				break;
			case 'space':
				cursor.y += block.height;
				break;
			case 'rule':
				layoutRule(doc, block, cursor);
				break;
			case 'table':
				layoutTable(doc, block, cursor, measure);
				break;
			case 'pageBreak':
				cursor.newPage();
				break;
			case 'qr':
				layoutQr(doc, block, cursor, measure);
				break;
		}
	});
	return cursor.pages;
}
