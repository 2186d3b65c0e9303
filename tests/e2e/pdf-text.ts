// Reads the text of a PDF the way a person's PDF reader would (pdfjs-dist), for assertions on
// downloaded files: every text item, one line per text line, pages separated by a form feed.
import { readFile } from 'node:fs/promises';

export interface PdfText {
	pages: number;
	text: string;
	title: string | undefined;
}

export async function pdfText(path: string): Promise<PdfText> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const data = new Uint8Array(await readFile(path));
	const pdf = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false })
		.promise;
	const pages: string[] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const content = await (await pdf.getPage(i)).getTextContent();
		let page = '';
		for (const item of content.items) {
			if ('str' in item) page += item.str + (item.hasEOL ? '\n' : '');
		}
		pages.push(page);
	}
	const meta = await pdf.getMetadata();
	const info = meta.info as { Title?: string };
	await pdf.destroy();
	return { pages: pdf.numPages, text: pages.join('\f'), title: info.Title };
}

/** Text with line breaks and repeated spaces collapsed, for phrases that may wrap. */
export function flat(text: string): string {
	return text.replace(/\s+/g, ' ');
}
