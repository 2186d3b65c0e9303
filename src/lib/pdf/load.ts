/**
 * Loading what a PDF needs, all at once: the renderer (./render.ts), which imports jsPDF (one
 * chunk), and the two faces of the Noto Sans subset (static/fonts). Each is fetched once per
 * page load; a failed load is tried again on the next call.
 *
 * This module is small and pages import it; what it loads may not be part of a first visit
 * (npm run size and tests/e2e/statements.spec.ts check). So call it only when a person asks
 * for a PDF or shows they are about to (`preloadPdf` on a PDF button: pointer over it, focus
 * on it), never on page load or when a form becomes valid.
 */
import { asset } from '$app/paths';

let renderer: Promise<typeof import('./render')> | undefined;
let fonts: Promise<ArrayBuffer[]> | undefined;

/** The regular and the bold face, as TrueType files. */
export function loadFonts(): Promise<ArrayBuffer[]> {
	if (!fonts) {
		const loading = Promise.all(
			(['/fonts/noto-sans-pl-400.ttf', '/fonts/noto-sans-pl-700.ttf'] as const).map(
				async (path) => {
					const response = await fetch(asset(path));
					if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
					return response.arrayBuffer();
				}
			)
		);
		loading.catch(() => fonts === loading && (fonts = undefined));
		fonts = loading;
	}
	return fonts;
}

/** The renderer, with jsPDF and the fonts on their way at the same time. */
export function loadRenderer(): Promise<typeof import('./render')> {
	loadFonts().catch(() => {});
	if (!renderer) {
		const loading = import('./render');
		loading.catch(() => renderer === loading && (renderer = undefined));
		renderer = loading;
	}
	return renderer;
}

/**
 * For a PDF button's onpointerenter and onfocus: pointing at it (a mouse, or a finger just
 * before it presses) or tabbing to it starts the loads.
 */
export function preloadPdf(): void {
	loadRenderer().catch(() => {});
}
