/**
 * The document model shared by every PDF the site makes (the statements, the calculator
 * summary). Pure, serialisable data: no jsPDF, no DOM, no clock, so it is unit-testable and
 * the same model drives both the on-page preview and the PDF.
 *
 * How it fits together:
 * - A feature builds a `PdfDocument`: page size and margins in mm, a default font size in pt,
 *   and a list of flowing `Block`s (paragraphs of text runs, vertical space, horizontal rules,
 *   simple tables, page breaks, QR codes as filled rectangles). Builders `paragraph`, `space`, `rule`, `table`, `pageBreak`
 *   and `createDocument` keep feature code short.
 * - `layoutDocument(doc, measure)` (./layout.ts) turns it into positioned pages (text, line
 *   and box items in mm). It is pure too: text width comes from the `measure` function you
 *   pass (the renderer passes jsPDF's font metrics; tests pass a fake).
 * - `renderPdf(doc)` (./render.ts, loaded on demand through ./load.ts with jsPDF and the Noto
 *   Sans subset) lays out and draws. Never import jsPDF or render.ts statically anywhere
 *   else: the first visit must not download them.
 * - For an HTML preview, walk `doc.blocks` and render each block as a block element
 *   (see src/lib/components/statements/DocumentPreview.svelte); `documentText(doc)` gives the
 *   plain text for tests and accessible fallbacks.
 *
 * Text may only use characters the embedded font subset has (scripts/build-fonts.js): Basic
 * Latin, Latin-1, Latin Extended-A, dashes, quotes, "…", nbsp. Check boxes are drawn
 * (Noto Sans has no ☐/☒).
 * Units: lengths in mm (origin top-left), font sizes in pt.
 */

/** A4 portrait in mm. */
export const A4 = { width: 210, height: 297 } as const;

/** 1 pt in mm. */
export const PT = 25.4 / 72;

export interface PageSize {
	width: number;
	height: number;
}

export interface Margins {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A piece of text in one style. A "\n" inside the text forces a line break. */
export interface TextRun {
	text: string;
	bold?: boolean;
}

export type Align = 'left' | 'center' | 'right';

/** Where a block sits horizontally inside the content box (between the margins). */
export interface BlockBox {
	/** Offset from the left margin, mm (default 0). */
	indent?: number;
	/** Width, mm (default: the rest of the content width after `indent`). */
	width?: number;
}

/** Vertical spacing around a block, mm. */
export interface BlockSpacing {
	spaceBefore?: number;
	spaceAfter?: number;
}

export interface ParagraphBlock extends BlockBox, BlockSpacing {
	kind: 'paragraph';
	runs: TextRun[];
	/** Font size in pt (default: the document's). */
	size?: number;
	align?: Align;
	/** Extra indent of the first line, mm (a classic paragraph indent). */
	firstLineIndent?: number;
	/** Line height as a multiple of the font size (default: the document's). */
	lineHeight?: number;
	/**
	 * A check box drawn before the paragraph (the text hangs to its right):
	 * 'checked' draws a box with a bold "X" in it (real text), 'unchecked' an empty box.
	 */
	mark?: 'checked' | 'unchecked';
	/** Keep this paragraph on the same page as the next block. */
	keepWithNext?: boolean;
}

export interface SpaceBlock {
	kind: 'space';
	/** Height, mm. */
	height: number;
}

export interface RuleBlock extends BlockBox, BlockSpacing {
	kind: 'rule';
	/** Dashed (a "cut here" line) rather than solid. */
	dash?: boolean;
	/** Line width, mm (default 0.2). */
	lineWidth?: number;
}

export interface TableColumn {
	/** A share of the table width (they are normalised to sum to 1). */
	width: number;
	align?: Align;
}

export interface TableRow {
	cells: string[];
	bold?: boolean;
	/** A line above this row (e.g. before a total). */
	ruleAbove?: boolean;
}

export interface TableBlock extends BlockBox, BlockSpacing {
	kind: 'table';
	columns: TableColumn[];
	/** The first row is a header if `header` is true (bold, repeated after a page break). */
	rows: TableRow[];
	header?: boolean;
	/** 'grid': every cell boxed; 'rows': a line under each row; 'none'. Default 'rows'. */
	borders?: 'grid' | 'rows' | 'none';
	size?: number;
}

export interface PageBreakBlock {
	kind: 'pageBreak';
}

/**
 * A QR code drawn as filled rectangles (the build's jsPDF has no images), its quiet zone
 * kept white, with an optional caption to its right. The modules come from $lib/qr/matrix
 * (`qrRuns`): horizontal runs of dark modules, in module units without the quiet zone.
 */
export interface QrBlock extends BlockBox, BlockSpacing {
	kind: 'qr';
	/** Modules per side, without the quiet zone. */
	modules: number;
	runs: { x: number; y: number; w: number }[];
	/** Side of one module, mm (0.5 or more reads from a 150 dpi print). */
	moduleSize: number;
	/** Quiet zone on each side, in modules. */
	quietZone: number;
	caption?: TextRun[];
	/** Caption font size, pt (default: the document's). */
	captionSize?: number;
}

export type Block = ParagraphBlock | SpaceBlock | RuleBlock | TableBlock | PageBreakBlock | QrBlock;

export interface PdfDocument {
	/** Document title (PDF metadata and the preview's accessible name). */
	title: string;
	subject?: string;
	author?: string;
	/** BCP 47, e.g. "pl-PL". */
	lang: string;
	page: PageSize;
	margins: Margins;
	/** Default font size, pt. */
	fontSize: number;
	/** Default line height, multiple of the font size. */
	lineHeight: number;
	blocks: Block[];
}

// ---------------------------------------------------------------------------------------------
// Builders

/** A document with sensible defaults: A4, 20 mm margins, 11 pt, line height 1.35. */
export function createDocument(
	init: Pick<PdfDocument, 'title' | 'blocks'> & Partial<Omit<PdfDocument, 'title' | 'blocks'>>
): PdfDocument {
	return {
		lang: 'pl-PL',
		page: { ...A4 },
		margins: { top: 20, right: 20, bottom: 20, left: 20 },
		fontSize: 11,
		lineHeight: 1.35,
		...init
	};
}

/** Text or runs → a paragraph block. `paragraph('a')`, `paragraph([{text:'b', bold:true}])`. */
export function paragraph(
	content: string | TextRun | TextRun[],
	options: Omit<ParagraphBlock, 'kind' | 'runs'> = {}
): ParagraphBlock {
	const runs =
		typeof content === 'string'
			? [{ text: content }]
			: Array.isArray(content)
				? content
				: [content];
	return { kind: 'paragraph', runs, ...options };
}

export function space(height: number): SpaceBlock {
	return { kind: 'space', height };
}

export function rule(options: Omit<RuleBlock, 'kind'> = {}): RuleBlock {
	return { kind: 'rule', ...options };
}

export function table(
	columns: TableColumn[],
	rows: TableRow[],
	options: Omit<TableBlock, 'kind' | 'columns' | 'rows'> = {}
): TableBlock {
	return { kind: 'table', columns, rows, ...options };
}

export function qr(
	code: Pick<QrBlock, 'modules' | 'runs' | 'quietZone'>,
	options: Omit<QrBlock, 'kind' | 'modules' | 'runs' | 'quietZone'>
): QrBlock {
	return { kind: 'qr', ...code, ...options };
}

export function pageBreak(): PageBreakBlock {
	return { kind: 'pageBreak' };
}

// ---------------------------------------------------------------------------------------------
// Reading a model

/** Width between the margins, mm. */
export function contentWidth(doc: PdfDocument): number {
	return doc.page.width - doc.margins.left - doc.margins.right;
}

/** The text of one paragraph, runs joined. */
export function paragraphText(block: ParagraphBlock): string {
	return block.runs.map((r) => r.text).join('');
}

/**
 * The whole document as plain text, one block per line ("[X] " / "[ ] " before marked
 * paragraphs, cells joined by " | ", "----" for a rule). For tests and text fallbacks.
 */
export function documentText(doc: PdfDocument): string {
	const out: string[] = [];
	for (const block of doc.blocks) {
		switch (block.kind) {
			case 'paragraph': {
				const mark = block.mark === 'checked' ? '[X] ' : block.mark === 'unchecked' ? '[ ] ' : '';
				out.push(mark + paragraphText(block));
				break;
			}
			case 'rule':
				out.push('----');
				break;
			case 'table':
				for (const row of block.rows) out.push(row.cells.join(' | '));
				break;
			case 'qr':
				out.push('[QR]' + (block.caption ? ' ' + block.caption.map((r) => r.text).join('') : ''));
				break;
			case 'space':
			case 'pageBreak':
				break;
		}
	}
	return out.join('\n');
}
