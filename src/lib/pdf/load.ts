/**
 * Loading what a PDF needs: the renderer (./render.ts), jsPDF and the two faces of
 * the Noto Sans subset (static/fonts, made by scripts/build-fonts.js). Each is fetched once
 * per page load, on the first call, and all of them start together, so none waits for
 * another.
 *
 * This module is small and may be imported by pages; what it loads may not be part of a
 * first visit (npm run size and tests/e2e/statements.spec.ts check). So call `preloadPdf()`
 * only when a person shows they are about to ask for a PDF (`pdfIntent` on a PDF button:
 * pointer over it, focus on it, a press), never on page load or when a form becomes valid.
 */
import { asset } from '$app/paths';

const FONT_FILES = {
	normal: '/fonts/noto-sans-pl-400.ttf',
	bold: '/fonts/noto-sans-pl-700.ttf'
} as const;

/**
 * The TrueType files as binary strings (one char a byte): jsPDF's VFS takes these as they are
 * (it recognises the 00 01 00 00 TrueType signature), where base64 would cost a btoa here and
 * an atob in jsPDF.
 */
export type FontData = Record<keyof typeof FONT_FILES, string>;

let rendererPromise: Promise<typeof import('./render')> | null = null;
let jsPdfPromise: Promise<typeof import('jspdf')> | null = null;
let fontsPromise: Promise<FontData> | null = null;

/** A failed load is forgotten, so that the next call tries again. */
function once<T>(promise: Promise<T>, forget: () => void): Promise<T> {
	promise.catch(forget);
	return promise;
}

function binaryString(buffer: ArrayBuffer): string {
	const bytes = new Uint8Array(buffer);
	let binary = '';
	const chunk = 0x2000;
	for (let i = 0; i < bytes.length; i += chunk) {
		binary += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]);
	}
	return binary;
}

async function fetchFont(path: string): Promise<string> {
	const response = await fetch(asset(path as Parameters<typeof asset>[0]));
	if (!response.ok) throw new Error(`Font ${path}: HTTP ${response.status}`);
	return binaryString(await response.arrayBuffer());
}

export function loadJsPdf(): Promise<typeof import('jspdf')> {
	return (jsPdfPromise ??= once(import('jspdf'), () => (jsPdfPromise = null)));
}

/** Both faces, fetched in parallel. */
export function loadFonts(): Promise<FontData> {
	return (fontsPromise ??= once(
		Promise.all([fetchFont(FONT_FILES.normal), fetchFont(FONT_FILES.bold)]).then(
			([normal, bold]) => ({ normal, bold })
		),
		() => (fontsPromise = null)
	));
}

/** The renderer, with jsPDF and the fonts already on their way. */
export function loadRenderer(): Promise<typeof import('./render')> {
	rendererPromise ??= once(import('./render'), () => (rendererPromise = null));
	loadJsPdf().catch(() => {});
	loadFonts().catch(() => {});
	return rendererPromise;
}

/** Starts every download a PDF needs; nothing waits for it, errors surface on use. */
export function preloadPdf(): void {
	loadRenderer().catch(() => {});
}

/** Event handlers for a PDF button: whoever points at, focuses or presses it starts the loads. */
export const pdfIntent = {
	onpointerenter: preloadPdf,
	onfocus: preloadPdf,
	onpointerdown: preloadPdf
} as const;
