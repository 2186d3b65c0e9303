/**
 * A QR code as data: which modules are dark, and the same as horizontal runs (one rectangle per
 * run of dark modules in a row), which is what the PDF model and the print view's SVG draw.
 * The encoder is qrcode-generator (Kazuhiko Arase's reference implementation, MIT, no
 * dependencies, typed). It is ~50 KB unminified: import this module only from what loads on
 * demand (the PDF summary, `loadQr()` in ./load.svelte.ts), never statically from a page.
 */
import qrcode from 'qrcode-generator';

/** Quiet zone around the code, in modules (ISO/IEC 18004 asks for 4). */
export const QUIET_ZONE = 4;

export interface QrMatrix {
	/** Modules per side (without the quiet zone). */
	size: number;
	/** `dark[row][column]`. */
	dark: boolean[][];
}

/** One run of dark modules: row `y`, from column `x`, `w` modules wide. */
export interface QrRun {
	x: number;
	y: number;
	w: number;
}

/**
 * Encodes `text` (a link: ASCII; anything else is percent-encoded first, as a browser would)
 * in the smallest version that holds it, with error correction M (15 %: a crease or a
 * smudge on a printout still reads).
 */
export function qrMatrix(text: string): QrMatrix {
	const ascii = text.replace(/[^\x20-\x7e]/gu, (c) => encodeURIComponent(c));
	const qr = qrcode(0, 'M');
	qr.addData(ascii, 'Byte');
	qr.make();
	const size = qr.getModuleCount();
	const dark = Array.from({ length: size }, (_, r) =>
		Array.from({ length: size }, (_, c) => qr.isDark(r, c))
	);
	return { size, dark };
}

/** The dark modules as horizontal runs, row by row. */
export function qrRuns(matrix: QrMatrix): QrRun[] {
	const runs: QrRun[] = [];
	matrix.dark.forEach((row, y) => {
		let start = -1;
		for (let x = 0; x <= row.length; x++) {
			const on = x < row.length && row[x];
			if (on && start < 0) start = x;
			if (!on && start >= 0) {
				runs.push({ x: start, y, w: x - start });
				start = -1;
			}
		}
	});
	return runs;
}

/**
 * An SVG path (in module units, the quiet zone included: the code starts at QUIET_ZONE) that
 * fills the dark modules.
 */
export function qrPath(matrix: QrMatrix): string {
	return qrRuns(matrix)
		.map((r) => `M${r.x + QUIET_ZONE} ${r.y + QUIET_ZONE}h${r.w}v1h-${r.w}z`)
		.join('');
}
