// The fixture every browser test uses: a page that fails its test on any request to another
// origin, any console error, any uncaught exception and any Content-Security-Policy violation.
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
	/** Problems seen so far (off-origin requests, console errors, exceptions, CSP reports). */
	problems: string[];
	/** Lets a test accept a console error it provokes on purpose. */
	allowConsole(pattern: RegExp): void;
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL, javaScriptEnabled }, use) => {
			// A person acts on a page that has started; a test does the same. page.goto returns
			// once the page's scripts have run (the layout marks <html data-ready>), unless the
			// test sets its own waitUntil (to act earlier on purpose) or runs without JavaScript.
			const goto = page.goto.bind(page);
			page.goto = async (url, options) => {
				const response = await goto(url, options);
				if (javaScriptEnabled !== false && options?.waitUntil === undefined)
					await page.locator('html[data-ready]').waitFor({ state: 'attached' });
				return response;
			};
			const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
			const problems: string[] = [];
			const allowed: RegExp[] = [];
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
				});
			});
			await page.route('**/*', (route) => {
				const url = route.request().url();
				// data:, blob: and the browser's own pages (its built-in PDF viewer) are not the network.
				if (
					/^(data|blob|about|chrome|chrome-extension):/.test(url) ||
					new URL(url).origin === origin
				) {
					return route.continue();
				}
				problems.push(`request to another origin: ${url}`);
				return route.abort();
			});
			page.on('console', (msg) => {
				if (msg.type() !== 'error') return;
				const text = msg.text();
				if (allowed.some((re) => re.test(text))) return;
				problems.push(`console error: ${text}`);
			});
			page.on('pageerror', (err) => problems.push(`uncaught exception: ${err.message}`));
			await use({ problems, allowConsole: (re) => allowed.push(re) });
			expect(problems, 'the page stayed on its origin with no errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** What the browser keeps for this origin: must stay empty (kiosk, shared computers). */
export async function storedData(page: Page) {
	return page.evaluate(async () => {
		const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
		return {
			localStorage: localStorage.length,
			sessionStorage: sessionStorage.length,
			cookies: document.cookie,
			indexedDB: dbs.length
		};
	});
}
