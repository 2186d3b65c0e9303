/**
 * PDF output in the browser: `renderPdf(doc)` turns a `PdfDocument` (./model.ts) into a PDF
 * Blob; `downloadPdf(blob, fileName)` saves it; `printPdf(blob)` opens the print dialog.
 *
 * This is the only module that imports jsPDF (the two share a chunk), and nothing may import
 * this one statically: pages load it through `loadRenderer()` (./load.ts), on the first
 * request for a PDF or on a sign that one is coming, which fetches the Noto Sans subset
 * (static/fonts, made by scripts/build-fonts.js) at the same time. The first visit of a page
 * must not download any of it (npm run size checks). The build serves jsPDF without the
 * plugins these PDFs do not use (scripts/jspdf-core.js: no images, forms, HTML, Arabic or
 * bidi text); using one of those means taking it off that list.
 * The text is real text in an embedded font (selectable, searchable, read aloud).
 */
import { jsPDF } from 'jspdf';
import { loadFonts } from './load';
import { layoutDocument, type Measure } from './layout';
import { PT, type PdfDocument } from './model';

/** The font family name registered in jsPDF. */
export const FONT_FAMILY = 'NotoSansPL';

/**
 * A TrueType file as a binary string (one char a byte): jsPDF's VFS takes that as it is (it
 * recognises the 00 01 00 00 TrueType signature), where base64 would cost a btoa here and an
 * atob in jsPDF.
 */
function binaryString(buffer: ArrayBuffer): string {
	const bytes = new Uint8Array(buffer);
	let binary = '';
	const chunk = 0x2000;
	for (let i = 0; i < bytes.length; i += chunk) {
		binary += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]);
	}
	return binary;
}

/** What jsPDF keeps of a TrueType font it has parsed (its TTFFont): the parts used here. */
interface ParsedFont {
	rawData: Uint8Array;
	subset?: { encode(glyphIds: number[], indexToLocFormat: number): ArrayLike<number> };
	characterToGlyph(code: number): number;
	widthOfGlyph(glyph: number): number;
}

/**
 * Text widths in mm, the same numbers jsPDF's getStringUnitWidth gives for the embedded fonts
 * (the glyph advances summed in order, scaled as it scales them) at a fraction of the cost:
 * each character's advance is looked up once per document.
 */
function measurer(pdf: jsPDF, faces: ParsedFont[]): Measure {
	const advances = faces.map(() => new Map<number, number>());
	return (text, size, bold) => {
		const font = faces[bold ? 1 : 0]!;
		const known = advances[bold ? 1 : 0]!;
		let width = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			let advance = known.get(code);
			if (advance === undefined) {
				advance = font.widthOfGlyph(font.characterToGlyph(code)) || 0;
				known.set(code, advance);
			}
			width += advance;
		}
		const fontSize = pdf.getFontSize();
		return ((width * (fontSize / 1000)) / fontSize) * size * PT;
	};
}

/** Renders the document to a PDF Blob (application/pdf). */
export async function renderPdf(doc: PdfDocument): Promise<Blob> {
	const fonts = await loadFonts();
	const pdf = new jsPDF({
		unit: 'mm',
		format: [doc.page.width, doc.page.height],
		orientation: doc.page.width > doc.page.height ? 'landscape' : 'portrait',
		// Uncompressed: jsPDF's deflate (fflate, run cold on every page load) was ~30-60 ms of
		// each PDF, for files 2-2.6 times smaller, which a download from memory does not feel.
		// The build's jsPDF has no filters (scripts/jspdf-core.js): to compress, put them back.
		compress: false,
		putOnlyUsedFonts: true
	});
	const faces = (['normal', 'bold'] as const).map((style, i) => {
		const file = `${FONT_FAMILY}-${style}.ttf`;
		pdf.addFileToVFS(file, binaryString(fonts[i]!));
		pdf.addFont(file, FONT_FAMILY, style);
		pdf.setFont(FONT_FAMILY, style);
		const font = pdf.getFont().metadata as ParsedFont;
		// When it writes the PDF, jsPDF cuts each embedded font down to the glyphs the document
		// uses: on a cold page its slowest step. These files are already cut down to what the
		// documents can contain (~22 KB each, scripts/build-fonts.js), so they go in whole: the
		// same glyphs under the same ids, 10-25 ms sooner, the PDF 26-32 KB larger (blank
		// statements ~55 KB, the summary ~84 KB). render.test.ts checks both faces go in whole.
		if (font.subset) font.subset.encode = () => font.rawData;
		return font;
	});
	pdf.setProperties({
		title: doc.title,
		subject: doc.subject ?? '',
		author: doc.author ?? '',
		creator: doc.author ?? ''
	});
	pdf.setLanguage(doc.lang as Parameters<typeof pdf.setLanguage>[0]);
	pdf.setDrawColor(0);
	pdf.setFillColor('#000000');
	pdf.setTextColor(0);

	const pages = layoutDocument(doc, measurer(pdf, faces));

	pages.forEach((page, index) => {
		if (index > 0) pdf.addPage([doc.page.width, doc.page.height]);
		for (const item of page.items) {
			switch (item.kind) {
				case 'text':
					pdf.setFont(FONT_FAMILY, item.bold ? 'bold' : 'normal');
					pdf.setFontSize(item.size);
					pdf.text(item.text, item.x, item.y, { baseline: 'alphabetic' });
					break;
				case 'line':
					pdf.setLineWidth(item.width);
					pdf.setLineDashPattern(item.dash ? [1.6, 1.2] : [], 0);
					pdf.line(item.x1, item.y1, item.x2, item.y2);
					pdf.setLineDashPattern([], 0);
					break;
				case 'box':
					pdf.setLineWidth(item.width);
					pdf.rect(item.x, item.y, item.w, item.h, 'S');
					break;
				case 'fill':
					pdf.rect(item.x, item.y, item.w, item.h, 'F');
					break;
			}
		}
	});
	return pdf.output('blob');
}

/** Saves the blob under `fileName` (an <a download> click; nothing leaves the browser). */
export function downloadPdf(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The print in progress: its hidden frame and the blob URL the frame shows. */
let printing: { frame: HTMLIFrameElement; url: string; done: () => void } | null = null;

/**
 * At the kiosk Chromium prints without a dialog (--kiosk-printing) and has sent the job within a
 * second or two; the frame and its PDF are removed after this time, the dialog being none.
 */
export const KIOSK_PRINT_SETTLE_MS = 10_000;

/** Removes the print frame and frees its PDF (the blob URL): nothing of it stays in the page. */
function endPrint(): void {
	if (!printing) return;
	const { frame, url, done } = printing;
	printing = null;
	done();
	frame.remove();
	URL.revokeObjectURL(url);
}

export interface PrintOptions {
	/**
	 * At the kiosk: print with no fallback (no new tab, no download: a public terminal keeps no
	 * files; a failure throws instead), and clean up after KIOSK_PRINT_SETTLE_MS.
	 */
	kiosk?: boolean;
}

/**
 * Opens the browser's print dialog for the PDF: loads it in a hidden iframe and calls print()
 * there; if the browser cannot (no built-in PDF viewer, blocked), opens it in a new tab so the
 * person can print from the viewer, or, if pop-ups are blocked, downloads it as `fileName`.
 * The frame and the PDF's blob URL are removed once printing is done: when the page has the
 * focus back from the print dialog, or is touched again, or at the kiosk after a few seconds.
 */
export function printPdf(
	blob: Blob,
	fileName = 'dokument.pdf',
	{ kiosk = false }: PrintOptions = {}
): Promise<void> {
	endPrint();
	const url = URL.createObjectURL(blob);
	const frame = document.createElement('iframe');
	frame.title = 'PDF do wydruku';
	frame.setAttribute('aria-hidden', 'true');
	frame.tabIndex = -1;
	frame.style.cssText =
		'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;pointer-events:none';
	const signals = ['focus', 'pointerdown', 'keydown'] as const;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const watch = () => {
		if (printing?.frame !== frame) return;
		// The dialog (if any) is over once the page has the focus back or is used again.
		for (const type of signals) window.addEventListener(type, endPrint, { once: true });
		if (kiosk) timer = setTimeout(endPrint, KIOSK_PRINT_SETTLE_MS);
	};
	printing = {
		frame,
		url,
		done: () => {
			clearTimeout(timer);
			for (const type of signals) window.removeEventListener(type, endPrint);
		}
	};
	const fallback = () => {
		if (kiosk) throw new Error('printing failed at the kiosk');
		const opened = window.open(url, '_blank', 'noopener');
		if (!opened) downloadPdf(blob, fileName);
	};
	return new Promise((resolve, reject) => {
		frame.addEventListener(
			'load',
			() => {
				try {
					const win = frame.contentWindow;
					if (!win) throw new Error('no frame window');
					win.focus();
					win.print();
					// The frame has the focus now: what comes back to the page ends the print.
					setTimeout(watch, 500);
				} catch (error) {
					try {
						fallback();
					} catch {
						endPrint();
						reject(error instanceof Error ? error : new Error(String(error)));
						return;
					}
					// A new tab or a download has the PDF now; the URL lives a minute for them.
					const ended = printing;
					printing = null;
					ended?.done();
					frame.remove();
					setTimeout(() => URL.revokeObjectURL(url), 60_000);
				}
				resolve();
			},
			{ once: true }
		);
		frame.src = url;
		document.body.append(frame);
	});
}
