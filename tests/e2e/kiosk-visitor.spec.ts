// The next visitor at the kiosk: for the calculator and each statement, a person starts at the
// kiosk, types, follows a link, goes Back, reloads, types again and walks away; the inactivity
// reset comes; then someone presses Back (and Forward) again and again. Every state is checked
// for kiosk mode and, from the reload on, for any trace of what was typed: in the page, the
// fields, the address, the history entry and the storages. Chromium runs with the launcher's own
// flags (deploy/kiosk/chromium-flags, through kiosk.sh --dry-run).
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { expect, test } from './fixtures';
import { launcherFlags } from './kiosk-flags';
import { fillCalculator, fillCarer, fillResignation, TRACES } from './visitor';

const FLAGS = launcherFlags();
test.use({
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH || undefined,
		args: [...CHROMIUM_ARGS, ...FLAGS]
	}
});

const START = './?kiosk&idle=60&warn=20';
const START_URL = /127\.0\.0\.1:\d+\/\?kiosk&idle=60&warn=20$/;

test('the kiosk tests run with the launcher flags the issue asks for', () => {
	for (const flag of [
		'--kiosk',
		'--incognito',
		'--noerrdialogs',
		'--disable-pinch',
		'--overscroll-history-navigation=0',
		'--kiosk-printing'
	]) {
		expect(FLAGS).toContain(flag);
	}
});

/** Waits until the page in front has started (a page brought back from before a reset never does). */
async function settled(page: Page): Promise<void> {
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

async function expectKiosk(page: Page, step: string): Promise<void> {
	await settled(page);
	await expect(page.locator('html'), `${step}: kiosk mode`).toHaveClass(/\bkiosk\b/);
	await expect(
		page.getByRole('button', { name: 'Zacznij od nowa' }),
		`${step}: the start-over button`
	).toBeVisible();
}

/** Everything of the page a next person could see or the browser keeps for the site. */
async function whatRemains(page: Page) {
	return page.evaluate(async () => {
		const fields = [
			...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
		]
			.map((el) => el.value)
			.join('\n');
		const storage = (s: Storage) =>
			Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
		const dbs = 'databases' in indexedDB ? await indexedDB.databases() : [];
		return {
			page: document.body.innerText,
			fields,
			address: location.href,
			history: JSON.stringify(history.state),
			localStorage: storage(localStorage),
			sessionStorage: storage(sessionStorage),
			cookies: document.cookie,
			indexedDB: dbs.map((db) => db.name).join('\n')
		};
	});
}

/** No typed value anywhere; 'stores' limits the look to the address and the storages. */
async function expectNoTrace(
	page: Page,
	step: string,
	where: 'everywhere' | 'stores' = 'everywhere'
) {
	const remains = await whatRemains(page);
	for (const [place, text] of Object.entries(remains)) {
		if (where === 'stores' && (place === 'page' || place === 'fields')) continue;
		for (const value of TRACES) {
			expect(text.includes(value), `${step}: "${value}" in ${place}`).toBe(false);
		}
	}
	expect(remains.localStorage, `${step}: localStorage`).toBe('');
	expect(remains.cookies, `${step}: cookies`).toBe('');
	expect(remains.indexedDB, `${step}: indexedDB`).toBe('');
	// Only the kiosk flag, its home page (a path) and SvelteKit's scroll positions in this tab's
	// session storage.
	for (const line of remains.sessionStorage.split('\n').filter(Boolean)) {
		expect(line, `${step}: sessionStorage`).toMatch(
			/^(kiosk=\?kiosk[&=\w]*|kiosk:home=[/\w-]*|sveltekit:\w+=.*)$/
		);
	}
}

async function toStatement(page: Page, link: string): Promise<void> {
	await page
		.getByRole('navigation', { name: 'Menu główne' })
		.getByRole('link', { name: 'Oświadczenia' })
		.click();
	await page.getByRole('link', { name: link }).click();
}

const VISITS = [
	{
		name: 'the calculator',
		open: async () => {},
		fill: async (page: Page) => {
			await fillCalculator(page);
			await expect(page.getByTestId('allowance-amount')).toBeVisible();
		},
		url: START_URL
	},
	{
		name: 'the carer statement',
		open: (page: Page) => toStatement(page, 'Wypełnij oświadczenie o opiekunie faktycznym'),
		fill: fillCarer,
		url: /\/oswiadczenia\/opiekun-faktyczny\/$/
	},
	{
		name: 'the resignation statement',
		open: (page: Page) => toStatement(page, 'Wypełnij oświadczenie o rezygnacji'),
		fill: fillResignation,
		url: /\/oswiadczenia\/rezygnacja\/$/
	}
];

for (const visit of VISITS) {
	test(`${visit.name}: the next visitor finds kiosk mode and nothing of the last one`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.clock.install({ time: new Date('2026-11-23T10:00:00+01:00') });
		await page.goto(START);
		await expectKiosk(page, 'start');
		await visit.open(page);
		await expect(page).toHaveURL(visit.url);
		await visit.fill(page);
		await expectNoTrace(page, 'typed', 'stores');

		await page
			.getByRole('navigation', { name: 'Menu główne' })
			.getByRole('link', { name: 'Podstawa prawna' })
			.click();
		await expect(page).toHaveURL(/\/zrodla\/$/);
		await expectKiosk(page, 'a link followed');
		await expectNoTrace(page, 'a link followed', 'stores');

		await page.goBack();
		await expect(page).toHaveURL(visit.url);
		await expectKiosk(page, 'Back');
		await expectNoTrace(page, 'Back', 'stores');

		await page.reload();
		await expect(page).toHaveURL(visit.url);
		await expectKiosk(page, 'reload');
		await expectNoTrace(page, 'reload');

		// Typed again, the page scrolled down, then left alone: the idle reset comes.
		await visit.fill(page);
		await page.mouse.wheel(0, 600);
		await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
		await page.clock.runFor('01:01');
		await expect(page.getByRole('dialog', { name: /Czy nadal/ })).toBeVisible();
		await page.clock.runFor('00:21');
		await expect(page).toHaveURL(START_URL);
		await expectKiosk(page, 'idle reset');
		await expectNoTrace(page, 'idle reset');
		expect(await page.evaluate(() => scrollY), 'the start page from its top').toBe(0);

		// The next person presses Back, again and again, and Forward. (A test's tab begins at
		// about:blank, which the kiosk's Chromium, started at the site, does not have: reaching it
		// is the start of this history, and Forward brings the site back.)
		for (let i = 1; i <= 5; i++) {
			const step = `Back ${i} after the reset`;
			await page.goBack().catch(() => undefined);
			if (page.url() === 'about:blank') await page.goForward();
			await expectKiosk(page, step);
			await expectNoTrace(page, step);
		}
		for (let i = 1; i <= 3; i++) {
			const step = `Forward ${i} after the reset`;
			await page.goForward().catch(() => undefined);
			await expectKiosk(page, step);
			await expectNoTrace(page, step);
		}
	});
}
