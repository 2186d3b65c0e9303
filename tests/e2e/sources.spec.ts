// The sources page (/zrodla/): every parameter with value, validity and source; the rules
// R1–R9 with anchors; the centre's rules quoted.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('lists the parameters with their validity and source', async ({ page }) => {
	await page.goto('./zrodla/');
	const params = page.locator('#parametry table');
	await expect(
		params.getByRole('row', { name: /osoba samotnie gospodarująca.*1010,00/ })
	).toContainText('od 1 stycznia 2025');
	await expect(params).toContainText('Dz.U. 2024 poz. 1044');
	await expect(params).toContainText('776,00 zł');
	await expect(params).toContainText('od 1 stycznia 2022 do 31 grudnia 2024');
	await expect(params.locator('#cena-obiadu')).toContainText('8,00 zł');
	await expect(params.locator('#limit')).toContainText('200 % kryterium');
	await expect(params).toContainText('od 20 listopada 2025');
});

test('has an anchor for each rule R1–R9 and the quoted order', async ({ page }) => {
	await page.goto('./zrodla/');
	for (let i = 1; i <= 9; i++) await expect(page.locator(`#R${i}`)).toBeVisible();
	for (let i = 1; i <= 4; i++) {
		await expect(page.locator(`#pkt-${i}`)).toBeVisible();
		await expect(page.locator(`#tabela-${i}`)).toBeVisible();
	}
	await expect(page.locator('#pkt-1')).toContainText(
		'„Świadczenie pieniężne w postaci zasiłku celowego w ramach wieloletniego rządowego programu „Posiłek w szkole i w domu” można przyznać osobie/rodzinie, której dochód wynosi od 0 do 200% ustawowego kryterium dochodowego.”'
	);
	await expect(page.locator('#tabela-1')).toContainText(
		'wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych'
	);
	await expect(page.locator('#tabela-2')).toContainText('w kwocie 8,00 zł za 1 obiad');
	await expect(page.locator('#tabela-4')).toContainText('Kwota świadczenia jest sumą kwot');
	// The interview's basis is the Act, not the day-care procedure's point 2.3.
	await expect(page.locator('#wywiad')).toContainText(
		'art. 106 ust. 4 ustawy z dnia 12 marca 2004 r.'
	);
	await expect(page.locator('#wywiad')).toContainText('art. 107');
	await expect(page.locator('main')).not.toContainText('pkt 2.3');
	// "Miesięcznie" is said to be the calculator's reading of the order.
	await expect(page.locator('#miesiecznie')).toContainText('zarządzenie nie podaje, za jaki okres');
	// Quotations in the order's order: points 1–4 before the tables; no dash added inside „…”.
	const order = await page
		.locator('#zarzadzenie [id^="pkt-"], #zarzadzenie [id^="tabela-"]')
		.evaluateAll((els) => els.map((e) => e.id));
	expect(order).toEqual([
		'pkt-1',
		'pkt-2',
		'pkt-3',
		'pkt-4',
		'tabela-1',
		'tabela-2',
		'tabela-3',
		'tabela-4'
	]);
	await expect(page.locator('#zarzadzenie')).not.toContainText('„–');
	await expect(page.locator('#zarzadzenie')).toContainText(
		'»Posiłek w szkole i w domu« w Miejskim Ośrodku Pomocy Społecznej w Kędzierzynie-Koźlu”'
	);
	await page.locator('#R6').getByRole('link').click();
	await expect(page).toHaveURL(/#tabela-1$/);
});

test('the sources page has no WCAG A/AA violations and no horizontal scroll at 320 px', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('./zrodla/');
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations).toEqual([]);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});
