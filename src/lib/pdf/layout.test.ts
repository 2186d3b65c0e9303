import { describe, expect, it } from 'vitest';
import { layoutDocument, type Measure, type TextItem } from './layout';
import { createDocument, documentText, paragraph, qr, rule, space, table } from './model';

/** Every character 2 mm wide (bold 2.5 mm), whatever the size: easy to reason about. */
const mono: Measure = (text, _size, bold) => Array.from(text).length * (bold ? 2.5 : 2);

const texts = (items: { kind: string }[]) =>
	items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text);

describe('layoutDocument', () => {
	it('places text inside the margins, right and centre aligned too', () => {
		const doc = createDocument({
			title: 't',
			blocks: [
				paragraph('left'),
				paragraph('right', { align: 'right' }),
				paragraph('mid', { align: 'center' })
			]
		});
		const items = layoutDocument(doc, mono)[0]!.items as TextItem[];
		expect(items.map((i) => i.x)).toEqual([20, 190 - 10, 20 + (170 - 6) / 2]);
		expect(items[1]!.y).toBeGreaterThan(items[0]!.y);
	});

	it('wraps a long value so that no text runs past the right margin', () => {
		const doc = createDocument({
			title: 't',
			blocks: [paragraph(`Adres: ${'Bardzo-długa-nazwa-ulicy '.repeat(30)}`)]
		});
		const [page] = layoutDocument(doc, mono);
		for (const item of page!.items as TextItem[]) {
			expect(item.x + mono(item.text, 11, false)).toBeLessThanOrEqual(190.001);
		}
		expect(page!.items.length).toBeGreaterThan(5);
	});

	it('moves on to a new page when the page is full', () => {
		const doc = createDocument({
			title: 't',
			blocks: [space(250), paragraph('one'), paragraph('two'), paragraph('three')]
		});
		const pages = layoutDocument(doc, mono);
		expect(pages.length).toBe(2);
		expect(texts(pages[1]!.items)).toContain('three');
	});

	it('draws a check box with an X for a checked paragraph, an empty one otherwise', () => {
		const doc = createDocument({
			title: 't',
			blocks: [paragraph('yes', { mark: 'checked' }), paragraph('no', { mark: 'unchecked' })]
		});
		const items = layoutDocument(doc, mono)[0]!.items;
		expect(items.filter((i) => i.kind === 'box')).toHaveLength(2);
		expect(texts(items)).toEqual(['X', 'yes', 'no']);
		expect(documentText(doc)).toBe('[X] yes\n[ ] no');
	});

	it('draws dashed rules and tables with a repeated header row', () => {
		const rows = Array.from({ length: 60 }, (_, i) => ({ cells: [`row ${i}`, `${i},00 zł`] }));
		const doc = createDocument({
			title: 't',
			blocks: [
				rule({ dash: true }),
				table([{ width: 3 }, { width: 1, align: 'right' }], [{ cells: ['A', 'B'] }, ...rows], {
					header: true
				})
			]
		});
		const pages = layoutDocument(doc, mono);
		expect(pages[0]!.items[0]).toMatchObject({ kind: 'line', dash: true, x1: 20, x2: 190 });
		expect(pages.length).toBe(2);
		expect(texts(pages[1]!.items)[0]).toBe('A');
	});

	it('is plain data: the model survives JSON', () => {
		const doc = createDocument({ title: 't', blocks: [paragraph('ż', { mark: 'checked' })] });
		expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
	});
});

describe('QR block', () => {
	const code = qr(
		{
			modules: 21,
			quietZone: 4,
			runs: [
				{ x: 0, y: 0, w: 7 },
				{ x: 20, y: 20, w: 1 }
			]
		},
		{ moduleSize: 0.5, caption: [{ text: 'aa bb' }], captionSize: 10 }
	);

	it('draws each run as a filled rectangle inside a blank quiet zone, caption to its right', () => {
		const [page] = layoutDocument(createDocument({ title: 't', blocks: [code] }), mono);
		const fills = page!.items.filter((i) => i.kind === 'fill');
		expect(fills).toEqual([
			{ kind: 'fill', x: 22, y: 22, w: 3.5, h: 0.5 },
			{ kind: 'fill', x: 32, y: 32, w: 0.5, h: 0.5 }
		]);
		const caption = page!.items.find((i): i is TextItem => i.kind === 'text');
		// The code with its quiet zone is (21 + 8) × 0.5 = 14.5 mm; the caption 1 mm after it.
		expect(caption).toMatchObject({ text: 'aa bb', x: 20 + 14.5 + 1 });
		expect(documentText(createDocument({ title: 't', blocks: [code] }))).toBe('[QR] aa bb');
	});

	it('moves whole to the next page when it does not fit', () => {
		const doc = createDocument({ title: 't', blocks: [space(297 - 40 - 10), code] });
		const pages = layoutDocument(doc, mono);
		expect(pages).toHaveLength(2);
		expect(pages[1]!.items.filter((i) => i.kind === 'fill')).toHaveLength(2);
	});
});
