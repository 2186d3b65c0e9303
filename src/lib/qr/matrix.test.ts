import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { QUIET_ZONE, qrMatrix, qrPath, qrRuns, type QrMatrix } from './matrix';

/** The code as an RGBA image, `scale` pixels a module, with its quiet zone, for jsQR. */
function image(matrix: QrMatrix, scale: number) {
	const side = (matrix.size + 2 * QUIET_ZONE) * scale;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (const run of qrRuns(matrix)) {
		for (let dy = 0; dy < scale; dy++) {
			for (let dx = 0; dx < run.w * scale; dx++) {
				const px = (run.x + QUIET_ZONE) * scale + dx;
				const py = (run.y + QUIET_ZONE) * scale + dy;
				data.fill(0, (py * side + px) * 4, (py * side + px) * 4 + 3);
			}
		}
	}
	return { data, side };
}

const LINKS = [
	'https://mops.example/#household=single&members=none&income=700',
	'https://www.mops-kedzierzyn-kozle.example/kalkulator/#household=family&members=none,none,centre,meals,none,none,none,none&income=4321.09&food=123.45&products=1&lunches=22&date=2026-11-23&crit=1010.00,823.00'
];

describe('QR matrix', () => {
	it.each(LINKS)('decodes back to the same link from its runs: %s', (link) => {
		const matrix = qrMatrix(link);
		const { data, side } = image(matrix, 3);
		expect(jsQR(data, side, side)?.data).toBe(link);
	});

	it('is the smallest version for the link: 21 + 4 modules a version', () => {
		expect((qrMatrix('https://a.pl/#x=1').size - 17) % 4).toBe(0);
		expect(qrMatrix(LINKS[0]!).size).toBeLessThan(qrMatrix(LINKS[1]!).size);
	});

	it('runs cover exactly the dark modules', () => {
		const matrix = qrMatrix(LINKS[0]!);
		const dark = matrix.dark.flat().filter(Boolean).length;
		expect(qrRuns(matrix).reduce((s, r) => s + r.w, 0)).toBe(dark);
		for (const r of qrRuns(matrix)) {
			for (let x = r.x; x < r.x + r.w; x++) expect(matrix.dark[r.y]![x]).toBe(true);
		}
	});

	it('percent-encodes what is not ASCII, as a browser writes a link', () => {
		const { data, side } = image(qrMatrix('https://a.pl/ą#x=1'), 3);
		expect(jsQR(data, side, side)?.data).toBe('https://a.pl/%C4%85#x=1');
	});

	it('draws the path offset by the quiet zone', () => {
		expect(qrPath(qrMatrix(LINKS[0]!))).toMatch(/^M4 4h7v1h-7z/);
	});
});
