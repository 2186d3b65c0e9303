// A new deployment while a tab is open. The tab was opened on one build; then the server serves
// the next one (build-next: the same site with every chunk renamed, as new code would be), so
// the code the tab loads later is gone. The person's work must survive: the calculator loads
// the new version with its calculation, a statement keeps what was typed and prints from its
// preview. With the service worker on, the tab simply keeps working from its cache.
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import { serve } from '../../scripts/serve.js';
import { expect, test } from './fixtures';
import { fillApplicant, fillCarer } from './acting';

const buildDir = process.env.BUILD_DIR ?? 'build';
const nextDir = `${buildDir}-next`;
const port = Number(process.env.E2E_PORT ?? 4173) + 20;
const origin = `http://127.0.0.1:${port}/`;

const INCOME_SINGLE = 'Łączny miesięczny dochód netto gospodarstwa';
const amount = (page: Page) => page.getByTestId('allowance-amount');

/** The name of a build's start script: which build a page runs. */
function entryOf(dir: string): string {
	const html = readFileSync(`${dir}/index.html`, 'utf8');
	const entry = /_app\/immutable\/entry\/(start\.[\w-]+\.js)/.exec(html)?.[1];
	if (!entry) throw new Error(`no start script in ${dir}/index.html`);
	return entry;
}
const runs = (page: Page, dir: string) => page.locator(`link[href$="${entryOf(dir)}"]`);

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: origin });

let server: Server | undefined;
async function switchTo(dir: string) {
	if (server) {
		server.closeAllConnections();
		await new Promise((done) => server!.close(done));
	}
	({ server } = await serve(dir, port, '/'));
}

test.beforeAll(() => {
	if (!existsSync(`${nextDir}/index.html`))
		throw new Error(`${nextDir} is missing: run "npm run build:next" first (npm test does).`);
	expect(entryOf(nextDir), 'the next build renames the code').not.toBe(entryOf(buildDir));
});
test.beforeEach(async ({ guard }) => {
	await switchTo(buildDir);
	// The old build's chunks are gone from the server: the browser reports each 404.
	guard.allowConsole(/Failed to load resource: the server responded with a status of 404/);
	// The server is replaced under an open tab: a request in flight at that moment is cut,
	// before its answer began or in the middle of it.
	guard.allowConsole(
		/Failed to load resource: net::(ERR_CONNECTION_RESET|ERR_INCOMPLETE_CHUNKED_ENCODING)/
	);
});
test.afterAll(async () => {
	server?.closeAllConnections();
	await new Promise((done) => server?.close(done));
});

test.describe('with the service worker bypassed', () => {
	test('the calculator offers the new version and opens it with what was typed', async ({
		page
	}) => {
		await page.goto('./');
		await expect(runs(page, buildDir)).toHaveCount(1);
		await switchTo(nextDir);

		const income = page.getByLabel(INCOME_SINGLE);
		await income.fill('700');
		await expect(
			page.getByRole('status').filter({ hasText: 'opublikowano jej nową wersję' })
		).toBeVisible();
		await expect(income).toHaveValue('700');

		// Enter asks for the result: the page loads the new version, with the same income.
		await income.press('Enter');
		await expect(amount(page)).toHaveText('500,00 zł');
		// The same amount, as the address writes it.
		await expect(page.getByLabel(INCOME_SINGLE)).toHaveValue('700,00');
		await expect(runs(page, nextDir)).toHaveCount(1);
	});

	test('the summary PDF asks to load the new version, and the calculation comes back', async ({
		page
	}) => {
		await page.goto('./#household=single&members=none&income=700&food=0&date=2026-11-23');
		await expect(amount(page)).toHaveText('500,00 zł');
		await switchTo(nextDir);

		await page.getByRole('button', { name: 'Pobierz wyliczenie (PDF)' }).click();
		await expect(page.getByText('opublikowano jej nową wersję')).toBeVisible();
		await page.getByRole('button', { name: 'Wczytaj nową wersję' }).click();
		await expect(runs(page, nextDir)).toHaveCount(1);
		await expect(amount(page)).toHaveText('500,00 zł');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Pobierz wyliczenie (PDF)' }).click();
		expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
	});

	test('a statement keeps what was typed and prints from its preview', async ({ page }) => {
		await page.addInitScript(() => {
			const w = window as unknown as { printed: number };
			w.printed = 0;
			window.print = () => void w.printed++;
		});
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Łucja Świątek-Żółć');
		// The form's checks arrived with the first touch; the PDF code is still on the server.
		await page.waitForLoadState('networkidle');
		await switchTo(nextDir);
		await fillApplicant(page);
		await fillCarer(page);

		await page.getByRole('button', { name: 'Pobierz PDF' }).click();
		await expect(page.getByRole('status')).toContainText('opublikowano jej nową wersję');
		await expect(page.getByLabel('Imię i nazwisko', { exact: true })).toHaveValue(
			'Łucja Świątek-Żółć'
		);
		await page.getByRole('button', { name: 'Drukuj z podglądu' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		// What prints is the preview, with what was typed.
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByLabel('Imię i nazwisko', { exact: true })).toBeHidden();
		await expect(page.getByLabel('Podgląd wypełnionego oświadczenia')).toContainText(
			'Łucja Świątek-Żółć'
		);
	});

	test('a blank form on the statements page says to load the new version, and then downloads', async ({
		page
	}) => {
		await page.goto('./oswiadczenia/');
		await page.waitForLoadState('networkidle');
		await switchTo(nextDir);
		const button = page.getByRole('button', {
			name: 'Pusty druk: wskazanie opiekuna faktycznego (PDF)'
		});
		await button.click();
		// This page has no form or preview to print from: it offers the new version instead.
		await expect(page.getByRole('status')).toHaveText(
			'Od chwili otwarcia tej strony opublikowano jej nową wersję. Wczytaj ją, aby pobrać pusty druk.'
		);
		await page.getByRole('button', { name: 'Wczytaj nową wersję' }).click();
		await expect(runs(page, nextDir)).toHaveCount(1);
		const download = page.waitForEvent('download');
		await button.click();
		expect((await download).suggestedFilename()).toBe('oswiadczenie-opiekun-faktyczny-pusty.pdf');
	});

	test('a link followed after the update opens the new version', async ({ page }) => {
		await page.goto('./');
		await switchTo(nextDir);
		await page.getByRole('link', { name: 'Oświadczenia' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Oświadczenia');
		await expect(runs(page, nextDir)).toHaveCount(1);
	});
});

test.describe('with the service worker on', () => {
	test.use({ serviceWorkers: 'allow' });

	test('an open tab keeps working, and the next load is the new version', async ({ page }) => {
		await page.goto('./');
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await switchTo(nextDir);
		// The new worker installs and takes over the open tab (as it would on its next check).
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.getRegistration();
			const taken = new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
			await registration!.update();
			await taken;
		});

		// The old page's engine comes from the previous version's cache, kept beside the new one.
		await page.getByLabel(INCOME_SINGLE).fill('700');
		await expect(amount(page)).toHaveText('500,00 zł');
		await expect(runs(page, buildDir)).toHaveCount(1);

		// A reload gets the new page from the network, not a stale copy.
		await page.reload();
		await expect(runs(page, nextDir)).toHaveCount(1);
		await page.getByLabel(INCOME_SINGLE).fill('700');
		await expect(amount(page)).toHaveText('500,00 zł');
	});
});
