import { expect, test } from './fixtures';

const pages = [
	{ path: './', heading: /Kalkulator/ },
	{ path: './zrodla/', heading: /Podstawa prawna/ },
	{ path: './oswiadczenia/', heading: /Oświadczenia/ }
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
	guard.allowConsole(/Content Security Policy|CSP violation: (style|script)-src-elem inline/);
	await page.goto('./');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toMatch(/style-src 'self' 'sha256-[^']+'/);
	expect(csp).not.toMatch(/style-src [^;]*'unsafe-inline'/);
	expect(csp).not.toMatch(/script-src [^;]*'unsafe-inline'/);

	// The site's inlined styles apply (their hash is in the policy)...
	const heading = page.getByRole('heading', { level: 1 });
	const colour = await heading.evaluate((el) => getComputedStyle(el).color);
	// ...an injected <style> and an injected inline script do not.
	const injected = await page.evaluate(async () => {
		const style = document.createElement('style');
		style.textContent = 'h1 { color: rgb(255, 0, 0) !important; }';
		document.head.append(style);
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true;';
		document.head.append(script);
		await new Promise((done) => setTimeout(done, 100));
		return {
			colour: getComputedStyle(document.querySelector('h1')!).color,
			ran: 'injected' in window || '__injected' in window
		};
	});
	expect(injected).toEqual({ colour, ran: false });
	expect(colour).not.toBe('rgb(255, 0, 0)');
});

test('an unknown address shows a Polish page with a way back', async ({ page, guard }) => {
	guard.allowConsole(/status of 404|Not found: /);
	const response = await page.goto('./nie-ma-takiej-strony/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie ma takiej strony');
	await page.getByRole('link', { name: 'Wróć do kalkulatora' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kalkulator/);
});
