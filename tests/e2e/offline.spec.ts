// Offline use: after one visit the service worker serves every page and the calculator with the
// network cut; the PDF code once it has been used (at the kiosk, from the start).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The files the service worker has cached, as paths. */
function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) {
			for (const request of await (await caches.open(key)).keys())
				paths.push(new URL(request.url).pathname);
		}
		return paths;
	});
}
/** The chunks that make PDFs, as the build lists them, and the font. */
const pdfFiles = [
	...(
		JSON.parse(
			readFileSync(`${process.env.BUILD_DIR ?? 'build'}/_app/pdf-files.json`, 'utf8')
		) as string[]
	).map((file) => `/${file}`),
	'/fonts/noto-sans-pl-400.ttf'
];

test.use({ serviceWorkers: 'allow' });

test('after one visit, and one PDF made, the site works with the network cut', async ({
	page,
	context,
	guard
}) => {
	guard.allowConsole(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
	await page.goto('./oswiadczenia/rezygnacja/');
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	// Online, once: the PDF code and the font are cached as they are used.
	const first = page.waitForEvent('download');
	await page.getByRole('button', { name: /pusty formularz/i }).click();
	await first;
	await expect.poll(() => cachedPaths(page)).toEqual(expect.arrayContaining(pdfFiles));
	await context.setOffline(true);

	await page.goto('./zrodla/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Podstawa prawna/);

	await page.goto(
		'./#household=family&members=none,none,none&income=2469.00&food=0&products=0&date=2026-11-23'
	);
	await expect(page.getByTestId('allowance-amount')).toHaveText('1200,00 zł');

	await page.goto('./oswiadczenia/rezygnacja/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /pusty formularz/i }).click();
	expect((await download).suggestedFilename()).toMatch(/^oswiadczenie-rezygnacja.*\.pdf$/);
});

test('a page reached for the first time offline, after a visit, opens from the cache', async ({
	page,
	context,
	guard
}) => {
	guard.allowConsole(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
	await page.goto('./oswiadczenia/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await page.goto('./oswiadczenia/opiekun-faktyczny/?kiosk');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zacznij od nowa' })).toBeVisible();
});

test('an unknown address offline shows the site’s not-found page, not the browser’s error', async ({
	page,
	context,
	guard
}) => {
	// SvelteKit reports the unknown route on the console, online as well.
	guard.allowConsole(/ERR_INTERNET_DISCONNECTED|Failed to load resource|Not found:/);
	await page.goto('./');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);
	await page.goto('./nie-ma-takiej-strony/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie ma takiej strony');
	await expect(page.getByRole('link', { name: 'Wróć do kalkulatora' })).toBeVisible();
});

test('a first visit precaches no PDF code; the kiosk precaches it at once', async ({ page }) => {
	await page.goto('./');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const visitor = await cachedPaths(page);
	expect(visitor).toContain('/oswiadczenia/rezygnacja/');
	for (const file of pdfFiles) expect(visitor).not.toContain(file);

	await page.goto('./?kiosk');
	await expect.poll(() => cachedPaths(page)).toEqual(expect.arrayContaining(pdfFiles));
});
