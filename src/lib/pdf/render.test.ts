// renderPdf in Node: jsPDF with the checked-in font subset, text read back with pdfjs-dist.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocument, paragraph, rule, table } from './model';
import { renderPdf } from './render';

vi.mock('$app/paths', () => ({ asset: (path: string) => path }));

async function pdfText(blob: Blob): Promise<{ pages: number; text: string }> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const data = new Uint8Array(await blob.arrayBuffer());
	const pdf = await pdfjs.getDocument({ data, useSystemFonts: false }).promise;
	const parts: string[] = [];
	for (let i = 1; i <= pdf.numPages; i++) {
		const content = await (await pdf.getPage(i)).getTextContent();
		for (const item of content.items) {
			if ('str' in item) parts.push(item.str + (item.hasEOL ? '\n' : ''));
		}
		parts.push('\n');
	}
	return { pages: pdf.numPages, text: parts.join('') };
}

describe('renderPdf', () => {
	beforeEach(() => {
		vi.stubGlobal('fetch', async (path: string) => {
			const bytes = await readFile(join(process.cwd(), 'static', path));
			return new Response(bytes);
		});
	});
	afterEach(() => vi.unstubAllGlobals());

	it('embeds a font with every Polish letter and writes real text', async () => {
		const doc = createDocument({
			title: 'Próba',
			blocks: [
				paragraph('Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ', { align: 'center' }),
				paragraph([{ text: 'Pogrubione: ' }, { text: 'Łucja Świątek-Żółć', bold: true }]),
				paragraph('Jedna opcja', { mark: 'checked' }),
				rule({ dash: true }),
				table(
					[{ width: 2 }, { width: 1, align: 'right' }],
					[{ cells: ['Pozycja', 'Kwota'] }, { cells: ['Obiad', '12,50 zł'] }],
					{ header: true }
				)
			]
		});
		const blob = await renderPdf(doc);
		expect(blob.type).toBe('application/pdf');
		const { pages, text } = await pdfText(blob);
		expect(pages).toBe(1);
		expect(text).toContain('Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ');
		expect(text).toContain('Łucja Świątek-Żółć');
		expect(text).toContain('X');
		expect(text).toContain('12,50 zł');
	});

	it('embeds both faces whole, as the files are', async () => {
		const doc = createDocument({
			title: 't',
			blocks: [paragraph([{ text: 'Zwykły ' }, { text: 'pogrubiony', bold: true }])]
		});
		const pdf = Buffer.from(await (await renderPdf(doc)).arrayBuffer()).toString('latin1');
		for (const face of ['400', '700']) {
			const file = await readFile(join(process.cwd(), `static/fonts/noto-sans-pl-${face}.ttf`));
			expect(pdf.includes(file.toString('latin1')), face).toBe(true);
		}
	});

	it('flows long text on to a second page', async () => {
		const long = 'Bardzo długi akapit tekstu. '.repeat(400);
		const { pages, text } = await pdfText(
			await renderPdf(createDocument({ title: 't', blocks: [paragraph(long)] }))
		);
		expect(pages).toBeGreaterThan(1);
		expect(text).toContain('Bardzo długi akapit');
	});

	it('gets jsPDF without the plugins the PDFs do not use (scripts/jspdf-core.js)', async () => {
		const { jsPDF } = await import('jspdf');
		const pdf = new jsPDF() as unknown as Record<string, unknown> & InstanceType<typeof jsPDF>;
		const textHandlers = Object.fromEntries(
			Object.entries(pdf.internal.events.getTopics())
				.filter(([topic]) => topic.endsWith('ProcessText'))
				.map(([topic, subscribers]) => [topic, Object.keys(subscribers).length])
		);
		// Only the encoder for embedded fonts: no Arabic shaping, no bidi reordering.
		expect(textHandlers).toEqual({ postProcessText: 1 });
		for (const unused of ['addImage', 'html', 'cell', 'addField', 'processDataByFilters']) {
			expect(pdf[unused], unused).toBeUndefined();
		}
		for (const used of ['addFont', 'addFileToVFS', 'getStringUnitWidth', 'setLanguage']) {
			expect(typeof pdf[used], used).toBe('function');
		}
	});
});
