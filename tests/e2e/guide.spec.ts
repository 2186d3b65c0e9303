// The procedure guide (/jak-skorzystac/), used as a resident would: from the menu or the
// statements page, a route chosen at the top, its steps, and on to the right statement.
import { expect, test } from './fixtures';

const shots = process.env.SCREENSHOTS;

test('the menu and the statements page lead to the guide', async ({ page }) => {
	await page.goto('./');
	const menu = page.getByRole('navigation', { name: 'Menu główne' });
	await menu.getByRole('link', { name: 'Dom Dziennego Pobytu i Klub Senior+' }).click();
	await expect(page).toHaveURL(/\/jak-skorzystac\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Jak skorzystać z Domu Dziennego Pobytu lub Klubu Senior+'
	);

	await page.goto('./oswiadczenia/');
	await page.getByRole('link', { name: /ile to kosztuje i jak zrezygnować/ }).click();
	await expect(page).toHaveURL(/\/jak-skorzystac\/$/);
});

const routes = [
	{
		choice: 'Chcę chodzić do Domu Dziennego Pobytu',
		heading: 'Dom Dziennego Pobytu: jak zacząć',
		says: 'wniosek o przyznanie usług Domu Dziennego Pobytu',
		statement: {
			link: 'Wypełnij oświadczenie o wskazaniu opiekuna faktycznego',
			heading: 'Oświadczenie o wskazaniu opiekuna faktycznego'
		}
	},
	{
		choice: 'Chcę chodzić do Klubu Senior+',
		heading: 'Klub Senior+: jak zacząć',
		says: 'deklaracja zostanie pozostawiona bez rozpoznania'
	},
	{
		choice: 'Ile to kosztuje',
		heading: 'Ile kosztuje pobyt i posiłki',
		says: 'Nie ma możliwości zwolnienia z opłat'
	},
	{
		choice: 'Chcę zrezygnować albo sprawdzić, w jakich sytuacjach usługi się kończą',
		heading: 'Rezygnacja i koniec korzystania z usług',
		says: 'nie korzystasz z usług dłużej niż 3 miesiące',
		statement: {
			link: 'Wypełnij oświadczenie o rezygnacji',
			heading: 'Oświadczenie o rezygnacji z usług ośrodka wsparcia'
		}
	}
];

for (const route of routes) {
	test(`“${route.choice}” leads to its steps${route.statement ? ' and its statement' : ''}`, async ({
		page
	}) => {
		await page.goto('./jak-skorzystac/');
		const chooser = page.getByRole('navigation', { name: 'Czego szukasz?' });
		// By keyboard, as the front desk would: focus the choice, press Enter.
		await chooser.getByRole('link', { name: route.choice }).focus();
		await page.keyboard.press('Enter');
		const section = page.getByRole('region', { name: route.heading });
		await expect(section).toBeInViewport();
		await expect(section).toContainText(route.says);
		if (!route.statement) return;
		await section.getByRole('link', { name: route.statement.link }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.statement.heading);
	});
}

test('the chooser works without JavaScript, as plain links', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('./jak-skorzystac/');
	await page.getByRole('link', { name: 'Ile to kosztuje' }).click();
	await expect(page).toHaveURL(/#oplaty$/);
	await expect(page.getByRole('region', { name: 'Ile kosztuje pobyt i posiłki' })).toBeInViewport();
	await context.close();
});

test('each step opens its point of the procedure, quoted in Polish', async ({ page }) => {
	await page.goto('./jak-skorzystac/');
	const step = page.getByRole('listitem').filter({ hasText: 'Ośrodek może odmówić przyznania' });
	await step.getByText('pkt 2.4 procedury').click();
	const quote = step.locator('blockquote');
	await expect(quote).toBeVisible();
	await expect(quote).toHaveAttribute('lang', 'pl');
	await expect(quote).toHaveText(
		'„Odmowa przeprowadzenia wywiadu środowiskowego może skutkować odmową przyznania świadczenia.”'
	);
	// A lettered point is cited as Polish law cites it.
	await expect(page.getByText('pkt 5.1 lit. a procedury')).toBeVisible();
});

test('printed, each route starts on its own A4 page and the chooser is left out', async ({
	page
}) => {
	await page.goto('./jak-skorzystac/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Czego szukasz?' })).toBeHidden();
	const breaks = await page
		.locator('section')
		.evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
	expect(breaks).toEqual(['auto', 'page', 'page', 'page', 'page']);
	if (shots) await page.pdf({ path: `${shots}/guide-print.pdf`, format: 'A4' });
});

for (const width of [1280, 360]) {
	test(`screenshot at ${width} px (SCREENSHOTS=dir)`, async ({ page }) => {
		test.skip(!shots, 'set SCREENSHOTS=/some/dir to take screenshots');
		await page.setViewportSize({ width, height: 900 });
		await page.goto('./jak-skorzystac/');
		await page.getByText('pkt 2.1 procedury').click();
		await page.screenshot({ path: `${shots}/guide-${width}.png`, fullPage: true });
	});
}
