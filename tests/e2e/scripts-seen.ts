// Which scripts a page fetches that carry a given piece of code: to check that code a form
// needs only when used (the rules engine, the statements' zod, the PDF library) is not fetched
// before it is wanted.
import type { Page } from '@playwright/test';

/** Markers that only one library's code carries. */
export const MARKERS = {
	/** decimal.js's constant for ln(10): only the rules engine's chunk carries it. */
	decimal: '2.302585092994',
	/** zod's internal property name. */
	zod: '_zod',
	/** jsPDF's own error text, in the full library and in scripts/jspdf-core.js's cut alike. */
	jspdf: '(jsPDF-module)'
} as const;

/** The URLs of the scripts this page fetches from now on whose text contains `marker`. */
export function scriptsWith(page: Page, marker: string): string[] {
	const urls: string[] = [];
	page.on('response', async (response) => {
		if (response.url().endsWith('.js') && (await response.text()).includes(marker))
			urls.push(response.url());
	});
	return urls;
}
