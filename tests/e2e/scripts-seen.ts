// Which scripts a page fetches that carry a given piece of code: to check that code a form
// needs only when used (the rules engine, the statements' zod, the PDF library) is not fetched
// before it is wanted; and holding scripts back, as a slow line does.
import type { Page } from '@playwright/test';

/** Markers that only one library's code carries. */
export const MARKERS = {
	/** decimal.js's constant for ln(10): only the rules engine's chunk carries it. */
	decimal: '2.302585092994',
	/** zod's internal property name. */
	zod: '_zod',
	/** jsPDF's own error text, in the full library and in scripts/jspdf-core.js's cut alike. */
	jspdf: '(jsPDF-module)',
	/** qrcode-generator's error text (the QR encoder of the printout and the PDF summary). */
	qr: 'code length overflow',
	/** A line of the statements' Polish document text (src/lib/statements/statement-words.ts). */
	statementWords: 'pieczątka pracownika socjalnego'
} as const;

/**
 * Starts watching: returns a function that gives the URLs of the scripts fetched since whose
 * text contains `marker`. Reading a script's text takes a moment after its response arrives, so
 * the function waits for every read still under way: a script that has arrived is never missed.
 */
export function scriptsWith(page: Page, marker: string): () => Promise<string[]> {
	const urls: string[] = [];
	const reads: Promise<void>[] = [];
	page.on('response', (response) => {
		if (!response.url().endsWith('.js')) return;
		reads.push(
			response.text().then(
				(text) => {
					if (text.includes(marker)) urls.push(response.url());
				},
				() => {} // a page closed mid-read: nothing to count
			)
		);
	});
	return async () => {
		// Reads may start while earlier ones are awaited.
		for (let seen = -1; seen !== reads.length;) {
			seen = reads.length;
			await Promise.all(reads);
		}
		return [...urls];
	};
}

/**
 * A slow line: holds back every script the page asks for from now on, until the returned
 * function is called. The HTML still arrives, so a test can act before the page has started.
 */
export async function holdScripts(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	return release;
}
