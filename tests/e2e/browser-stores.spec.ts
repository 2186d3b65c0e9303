// Nothing typed reaches the browser's own stores: the front desk fills statements for many
// clients on one computer, and the kiosk serves strangers in turn. A persistent Chromium profile
// (as on that computer) fills the calculator and both statements, makes their PDFs, follows a
// link (Chromium also counts leaving a filled form as submitting it), switches a statement to
// another language, and closes; then the
// profile's files are read: the autofill table of "Web Data" with SQLite, and every file of the
// profile (the session files keep the form state that Back would restore) for the typed text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { fillCalculator, fillCarer, fillResignation, TYPED } from './visitor';

const executablePath = process.env.CHROMIUM_PATH || undefined;

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});
}

/**
 * Which typed values a file holds, as UTF-8 or as UTF-16 (Chromium's session files). The values
 * as typed: outside the kiosk the calculator's address carries its calculation on purpose (the
 * link to share, "1357.91" in its fragment), so the browser's history keeps that address like
 * any other; what it may not keep is a field's content ("1357,91" as typed, a name, a street).
 */
function tracesIn(path: string): string[] {
	const bytes = readFileSync(path);
	return Object.values(TYPED).filter(
		(value) =>
			bytes.includes(Buffer.from(value, 'utf8')) || bytes.includes(Buffer.from(value, 'utf16le'))
	);
}

async function leaveBy(page: Page, link: string) {
	await page
		.getByRole('navigation', { name: 'Menu główne' })
		.getByRole('link', { name: link })
		.click();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

test('a filled calculator and both statements leave nothing in the browser profile', async ({
	baseURL
}) => {
	test.setTimeout(120_000);
	const profile = mkdtempSync(join(tmpdir(), 'mops-profile-'));
	try {
		const context = await chromium.launchPersistentContext(profile, {
			executablePath,
			args: CHROMIUM_ARGS,
			baseURL,
			locale: 'pl-PL',
			acceptDownloads: true
		});
		const page = context.pages()[0] ?? (await context.newPage());
		const ready = () => page.locator('html[data-ready]').waitFor({ state: 'attached' });

		await page.goto('./');
		await ready();
		await fillCalculator(page);
		await page.getByRole('button', { name: 'Pokaż wynik' }).click();
		await expect(page.getByTestId('allowance-amount')).toBeVisible();
		await leaveBy(page, 'Oświadczenia');

		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		await ready();
		await fillCarer(page);
		await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Pobierz PDF' }).click()
		]);
		await leaveBy(page, 'Kalkulator');

		await page.goto('./oswiadczenia/rezygnacja/');
		await ready();
		await fillResignation(page);
		await Promise.all([
			page.waitForEvent('download'),
			page.getByLabel('Numer decyzji').press('Enter')
		]);
		await leaveBy(page, 'Podstawa prawna');

		// The language switch hands a statement's typed text to the same statement in the other
		// language (this tab's sessionStorage, for a moment): nothing of it may stay behind.
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		await ready();
		await fillCarer(page);
		await page.getByRole('link', { name: 'Українська', exact: true }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
		await ready();
		await expect(page.locator('#carer-name')).toHaveValue(TYPED.name);
		await page.goto('./zrodla/');
		await ready();
		await context.close();

		const webData = join(profile, 'Default', 'Web Data');
		const autofill = execFileSync('sqlite3', [webData, 'SELECT name, value FROM autofill;'], {
			encoding: 'utf8'
		});
		expect.soft(autofill.split('\n').filter(Boolean), 'the autofill table').toEqual([]);
		const found = filesUnder(profile).flatMap((path) =>
			tracesIn(path).map((value) => `${path.slice(profile.length)}: ${value}`)
		);
		expect(found, 'typed values in the profile files').toEqual([]);
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});
