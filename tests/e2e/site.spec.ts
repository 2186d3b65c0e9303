import { expect, test } from './fixtures';

const pages = [
	{ path: './', heading: /Kalkulator/ },
	{ path: './zrodla/', heading: /Podstawa prawna/ },
	{ path: './oswiadczenia/', heading: /Oświadczenia/ },
	{ path: './jak-skorzystac/', heading: /Jak skorzystać z Domu Dziennego Pobytu/ }
];

for (const { path, heading } of pages) {
	test(`the page ${path} loads in Polish with a title, a description and its heading`, async ({
		page
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
		await expect(page).toHaveTitle(/MOPS Kędzierzyn-Koźle/);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{40,}/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	});
}

test('the main menu leads to every page and marks the current one', async ({ page }) => {
	await page.goto('./');
	const menu = page.getByRole('navigation', { name: 'Menu główne' });
	await menu.getByRole('link', { name: 'Podstawa prawna' }).click();
	await expect(page).toHaveURL(/\/zrodla\/$/);
	await expect(menu.getByRole('link', { name: 'Podstawa prawna' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await menu.getByRole('link', { name: 'Oświadczenia' }).click();
	await expect(page).toHaveURL(/\/oswiadczenia\/$/);
});

test('the favicon is served, so the console shows no 404', async ({ page, request }) => {
	await page.goto('./');
	const href = await page.locator('link[rel="icon"]').getAttribute('href');
	const icon = await request.get(new URL(href ?? '', page.url()).href);
	expect(icon.status()).toBe(200);
});

test('the pages carry a Content-Security-Policy and send no referrer', async ({ page }) => {
	await page.goto('./');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("object-src 'none'");
	expect(csp).toContain("base-uri 'self'");
	expect(csp).toContain("form-action 'self'");
	await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});

test("the policy refuses a style or a script slipped into the page, and keeps the site's own", async ({
	page,
	guard
}) => {
	await page.goto('./');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toMatch(/style-src 'self' 'sha256-[^']+'/);
	expect(csp).not.toMatch(/style-src [^;]*'unsafe-inline'/);
	expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);

	// The site's inlined styles apply (their hash is in the policy): its colours are set.
	const ink = () =>
		page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ink'));
	expect((await ink()).trim()).toBe('#1b1b1b');
	// Nothing was refused so far (the guard would fail the test on it); only what follows is.
	expect(guard.problems).toEqual([]);
	guard.allowConsole(/Content Security Policy|CSP violation: (style|script)-src-elem inline/);
	const injected = await page.evaluate(async () => {
		const style = document.createElement('style');
		style.textContent = ':root { --ink: #ff0000 !important; } h1 { color: #ff0000 !important; }';
		document.head.append(style);
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true;';
		document.head.append(script);
		await new Promise((done) => setTimeout(done, 100));
		return {
			h1: getComputedStyle(document.querySelector('h1')!).color,
			ran: '__injected' in window
		};
	});
	expect(injected.ran).toBe(false);
	expect(injected.h1).not.toBe('rgb(255, 0, 0)');
	expect((await ink()).trim()).toBe('#1b1b1b');
});

test('an unknown address shows a Polish page with a way back', async ({ page, guard }) => {
	guard.allowConsole(/status of 404|Not found: /);
	const response = await page.goto('./nie-ma-takiej-strony/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie ma takiej strony');
	await page.getByRole('link', { name: 'Wróć do kalkulatora' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kalkulator/);
});
