// Offline use: after one visit the service worker serves every page, the calculator and the
// PDF generation with the network cut.
import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit the site works with the network cut', async ({ page, context, guard }) => {
	guard.allowConsole(/ERR_INTERNET_DISCONNECTED|Failed to load resource/);
	await page.goto('./');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
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
