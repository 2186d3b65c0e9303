// The calculator (/) as its users meet it: typed by keyboard, by label; links; errors; print;
// PDF; accessibility. Against the built site.
import AxeBuilder from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, storedData, test } from './fixtures';
import { type } from './acting';
import { flat, pdfText } from './pdf-text';
import { holdScripts, MARKERS, scriptsWith } from './scripts-seen';

const INCOME_SINGLE = 'Łączny miesięczny dochód netto gospodarstwa';
const INCOME_FAMILY = 'Łączny miesięczny dochód netto całej rodziny';
const FOOD = /Część zasiłku okresowego lub stałego przeznaczona na zakup żywności/;
const amount = (page: Page) => page.getByTestId('allowance-amount');

/** Choose a radio with the keyboard: focus the group's checked radio, then arrow to the one. */
async function choose(page: Page, group: Locator, label: string | RegExp) {
	const target = group.getByLabel(label, { exact: typeof label === 'string' });
	const radios = group.getByRole('radio');
	const count = await radios.count();
	let checked = 0;
	for (let i = 0; i < count; i++) if (await radios.nth(i).isChecked()) checked = i;
	await radios.nth(checked).focus();
	for (let i = 0; i < count && !(await target.isChecked()); i++) {
		await page.keyboard.press('ArrowDown');
	}
	await expect(target).toBeChecked();
}

test('the rules engine is fetched when someone starts to use the form, not with the page', async ({
	page
}) => {
	const engine = scriptsWith(page, MARKERS.decimal);
	await page.goto('./');
	await page.waitForLoadState('networkidle');
	expect(await engine()).toEqual([]);
	await expect(page.getByText('Wynik pojawi się tutaj, gdy wpiszesz dochód.')).toBeVisible();

	await type(page, page.getByLabel(INCOME_SINGLE), '700');
	await expect(amount(page)).toHaveText('500,00 zł');
	expect(await engine()).toHaveLength(1);
});

test('formatters are made once and reused: the start page makes one, for money', async ({
	page
}) => {
	// Count every Intl object made and every locale-aware method called.
	await page.addInitScript(() => {
		const w = window as unknown as { intlUses: string[] };
		w.intlUses = [];
		const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
		for (const name of Object.getOwnPropertyNames(Intl)) {
			const Original = intl[name];
			if (typeof Original !== 'function' || !/^[A-Z]/.test(name)) continue;
			intl[name] = new Proxy(Original, {
				construct(target, args: unknown[]) {
					w.intlUses.push(name);
					return new target(...args);
				}
			});
		}
		const watch = (proto: object, method: string) => {
			const host = proto as Record<string, (...args: unknown[]) => unknown>;
			const original = host[method]!;
			host[method] = function (this: unknown, ...args: unknown[]) {
				w.intlUses.push(method);
				return original.apply(this, args);
			};
		};
		watch(Number.prototype, 'toLocaleString');
		watch(Date.prototype, 'toLocaleString');
		watch(Date.prototype, 'toLocaleDateString');
		watch(Date.prototype, 'toLocaleTimeString');
		watch(String.prototype, 'localeCompare');
	});
	const uses = () => page.evaluate(() => (window as unknown as { intlUses: string[] }).intlUses);
	await page.goto('./');
	await page.waitForLoadState('networkidle');
	const table = page.getByRole('table', { name: 'Osoba samotnie gospodarująca' });
	await expect(table).toContainText('500,00 zł');
	// The maxima tables' eight amounts, all through one money formatter.
	expect(await uses()).toEqual(['NumberFormat']);

	// A result formats money, percentages, whole numbers and dates, and makes at most two more
	// (percent, whole numbers), each once however many steps it words.
	await type(page, page.getByLabel(INCOME_SINGLE), '700');
	await expect(amount(page)).toHaveText('500,00 zł');
	const after = await uses();
	expect(after.every((name) => name === 'NumberFormat')).toBe(true);
	expect(after.length).toBeLessThanOrEqual(3);
});

test('a link that holds a calculation shows its result without a touch', async ({ page }) => {
	await page.goto('./#household=single&members=none&income=700&food=0&date=2026-11-23');
	await expect(amount(page)).toHaveText('500,00 zł');
});

test('a link opened on a phone (a QR code on a printout) brings the result into view', async ({
	page,
	context
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('./#household=family&members=none,centre&income=1500&food=0&products=0');
	const heading = page.getByRole('heading', { name: 'Wynik', exact: true });
	await expect(heading).toBeFocused();
	await expect(heading).toBeInViewport();
	await expect(amount(page)).toBeInViewport();

	// A link with an answer the form cannot take opens at what to correct.
	const other = await context.newPage();
	await other.setViewportSize({ width: 360, height: 740 });
	await other.bringToFront();
	await other.goto('./#household=family&members=none,centre&income=1500&products=maybe');
	const summary = other.getByRole('alert').filter({ hasText: 'Produkty żywnościowe' });
	await expect(summary).toBeFocused();
	await expect(other.locator('section.result')).toContainText(
		'gdy uzupełnisz lub poprawisz te pola: „Produkty żywnościowe”'
	);
});

test('an income typed on a slow line before the scripts have arrived gives its result when they do', async ({
	page
}) => {
	// The page's HTML is there, its scripts are held back: a person starts typing at once.
	const release = await holdScripts(page);
	await page.goto('./', { waitUntil: 'commit' });
	const income = page.getByLabel(INCOME_SINGLE);
	await income.click();
	await page.keyboard.type('700');
	await page.keyboard.press('Tab');
	release();
	// No further touch: the result comes once the page has started (every script is fetched
	// only now, so allow for a slow machine).
	await expect(amount(page)).toHaveText('500,00 zł', { timeout: 15_000 });
	await expect(income).toHaveValue('700');
});

test.describe('single person', () => {
	const cases = [
		{ centre: false, food: '123,45', expected: '380,00 zł' },
		{ centre: true, food: '50', expected: '230,00 zł' },
		{ centre: true, food: '1', expected: '275,00 zł' }
	];
	for (const c of cases) {
		test(`700 zł, ${c.centre ? 'centre' : 'no centre'}, food part ${c.food} → ${c.expected}`, async ({
			page
		}) => {
			await page.goto('./');
			if (c.centre) {
				await choose(
					page,
					page.getByRole('group', { name: 'Czy korzystasz z ośrodka wsparcia?' }),
					'Korzystam z Domu Dziennego Pobytu lub Klubu Senior+'
				);
			}
			await type(page, page.getByLabel(INCOME_SINGLE), '700');
			await expect(page.getByTestId('income-preview')).toContainText('69,31');
			await expect(amount(page)).toHaveText(c.centre ? '275,00 zł' : '500,00 zł');
			await type(page, page.getByLabel(FOOD), c.food);
			await expect(amount(page)).toHaveText(c.expected);
			await expect(page.getByText('Kwota maksymalna, nie decyzja')).toBeVisible();
			await expect(page.locator('.amount')).toHaveText(`do ${c.expected} miesięcznie`);
			await expect(page.getByText(/art\. 106 ust\. 4 i art\. 107 ustawy/)).toBeVisible();
			await expect(page.getByText(/pkt 2\.3/)).toHaveCount(0);
			await expect(page.getByText(/Dyrektorem Ośrodka \(zał\. nr 4, pkt 3\)/)).toBeVisible();
			expect(await storedData(page)).toEqual({
				localStorage: 0,
				sessionStorage: 0,
				cookies: '',
				indexedDB: 0
			});
		});
	}

	test('above 200 % is not eligible, with the reason', async ({ page }) => {
		await page.goto('./');
		await type(page, page.getByLabel(INCOME_SINGLE), '2020,01');
		await expect(amount(page)).toHaveText('0,00 zł');
		await expect(
			page.getByText('Zasiłku z tego programu nie można przyznać.', { exact: true })
		).toBeVisible();
		// 0 zł is said as it is, not as "do 0,00 zł".
		await expect(page.locator('.amount')).toHaveText('0,00 zł');
		await expect(page.getByTestId('food-not-asked')).toBeVisible();
		await expect(page.getByText(/przekracza limit o 0,01/)).toBeVisible();
	});
});

test.describe('family', () => {
	async function familyOf3(page: Page, income: string) {
		await page.goto('./');
		await choose(
			page,
			page.getByRole('group', { name: 'Kto prowadzi gospodarstwo domowe?' }),
			/^Rodzina/
		);
		await page.getByRole('button', { name: 'Dodaj osobę' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByText('Rodzina liczy 3 osoby.')).toBeVisible();
		// Focus moved to the new person.
		await expect(
			page.getByRole('group', { name: 'Osoba 3' }).getByRole('radio').first()
		).toBeFocused();
		await type(page, page.getByLabel(INCOME_FAMILY), income);
	}

	test('3 people, 2469,00 zł, nobody at a centre → 1200,00 zł', async ({ page }) => {
		await familyOf3(page, '2469,00');
		await expect(page.getByTestId('income-preview')).toContainText('823,00 zł');
		await expect(page.getByTestId('income-preview')).toContainText('100,00');
		await expect(amount(page)).toHaveText('1200,00 zł');
	});

	test('3 people, 2469,01 zł → upper tier, 750,00 zł; a centre user has its own maximum', async ({
		page
	}) => {
		await familyOf3(page, '2469,01');
		await expect(amount(page)).toHaveText('750,00 zł');
		await expect(page.getByLabel(FOOD)).toHaveCount(0);
		// The field is not asked above 100 %, and the page says why.
		await expect(page.getByTestId('food-not-asked')).toContainText('zarządzenie jej nie odlicza');
		await choose(page, page.getByRole('group', { name: 'Osoba 2' }), /Korzysta z Domu/);
		await expect(amount(page)).toHaveText('675,00 zł');
		const table = page.getByRole('table', { name: /Kwoty maksymalne z tabel/ });
		// Both maxima, no "−75 zł" as if using the centre were a penalty.
		await expect(table.getByRole('row', { name: /Osoba 2/ })).toContainText('250,00 zł');
		await expect(table.getByRole('row', { name: /Osoba 2/ })).toContainText('175,00 zł');
		await expect(table).not.toContainText('−');
		await expect(page.getByText(/zmniejsza zasiłek/)).toHaveCount(0);
		// R8 lunches appear for the centre user in the upper tier; the count is one person's.
		await type(page, page.getByLabel(/Ile obiadów w miesiącu je w ośrodku wsparcia osoba/), '20');
		await expect(page.getByText(/je w ośrodku 20 obiadów w miesiącu: 20 × 8,00/)).toBeVisible();
		await expect(
			page.getByText(/Kwota zasiłku nie zależy od liczby obiadów/).first()
		).toBeVisible();
		await expect(amount(page)).toHaveText('675,00 zł');
		// With a second centre user the question is asked of each of them.
		await choose(page, page.getByRole('group', { name: 'Osoba 3' }), /Korzysta z Domu/);
		await expect(page.getByLabel(/je w ośrodku wsparcia każda z tych osób/)).toHaveValue('20');
	});

	test('a person can be removed, never below 2', async ({ page }) => {
		await familyOf3(page, '1000');
		await page.getByRole('button', { name: 'Usuń osobę 3' }).click();
		await expect(page.getByText('Rodzina liczy 2 osoby.')).toBeVisible();
		await expect(page.getByRole('button', { name: /Usuń osobę/ })).toHaveCount(0);
		await expect(amount(page)).toHaveText('800,00 zł');
	});
});

test('the range picker shows the thresholds for the household and computes the tier', async ({
	page
}) => {
	await page.goto('./#household=family&members=none,none,none');
	await page.getByRole('button', { name: 'Nie znam dokładnej kwoty – wybiorę przedział' }).click();
	const group = page.getByRole('group', { name: 'Ile mniej więcej wynosi dochód?' });
	await expect(group).toContainText('do 2469,00 zł (823,00 zł na osobę)');
	await expect(group).toContainText('powyżej 2469,00 zł do 4938,00 zł');
	await expect(group).toContainText('więcej niż 4938,00 zł');
	await group.getByLabel(/^do 2469/).check();
	await expect(amount(page)).toHaveText('1200,00 zł');
	await group.getByLabel(/^powyżej 2469/).check();
	await expect(amount(page)).toHaveText('750,00 zł');
	await expect(page.getByText(/górną granicę wybranego przedziału/)).toBeVisible();
	await group.getByLabel(/^więcej/).check();
	await expect(amount(page)).toHaveText('0,00 zł');
	await expect(page).toHaveURL(/range=high/);
});

test.describe('the URL fragment', () => {
	const CONTRACT =
		'./#household=family&members=none,none,centre&income=2469.01&food=0&products=0&lunches=20&date=2026-11-23';

	test('opens the calculation of a link, and again after a reload', async ({ page }) => {
		await page.goto(CONTRACT);
		await expect(amount(page)).toHaveText('675,00 zł');
		await expect(page.getByText('Rodzina liczy 3 osoby.')).toBeVisible();
		await expect(page.getByLabel('Data wyliczenia')).toHaveValue('2026-11-23');
		await page.reload();
		await expect(amount(page)).toHaveText('675,00 zł');
	});

	test('typing updates the link without filling the Back history', async ({ page }) => {
		await page.goto('./');
		const before = await page.evaluate(() => history.length);
		await type(page, page.getByLabel(INCOME_SINGLE), '1 234,5');
		await expect(page).toHaveURL(/#household=single&members=none&income=1234\.50&products=0$/);
		expect(await page.evaluate(() => history.length)).toBe(before);
		await page.reload();
		await expect(page.getByLabel(INCOME_SINGLE)).toHaveValue('1234,50');
		await expect(amount(page)).toHaveText('300,00 zł');
	});

	test('a new link pasted into the same tab is applied (hashchange)', async ({ page }) => {
		await page.goto(CONTRACT);
		await expect(amount(page)).toHaveText('675,00 zł');
		await page.evaluate(() => {
			location.hash = 'household=single&members=centre&income=700&food=50';
		});
		await expect(amount(page)).toHaveText('230,00 zł');
		// The skip link's #tresc is not state: nothing is reset.
		await page.evaluate(() => {
			location.hash = 'tresc';
		});
		await expect(amount(page)).toHaveText('230,00 zł');
	});

	test('malformed values give field errors, never a crash', async ({ page }) => {
		const m21 = Array.from({ length: 21 }, () => 'none').join(',');
		await page.goto(
			`./#household=family&members=${m21},robot&income=1e5&food=%E0%A4%A&products=maybe&lunches=99&date=2026-02-30&crit=abc&zzz=1`
		);
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('najwyżej 20 osób');
		await expect(summary).toContainText('Dochód: Wpisz samą kwotę: cyfry');
		await expect(summary).toContainText('Produkty żywnościowe: Zaznacz');
		await expect(summary).toContainText('Obiady w ośrodku: W miesiącu jest najwyżej 31 dni');
		await expect(summary).toContainText('Data wyliczenia: Dzień 30 lutego 2026 r. nie istnieje');
		await expect(page.getByRole('button', { name: 'Dodaj osobę' })).toHaveCount(0);
		await expect(amount(page)).toHaveCount(0);
	});

	test('a criteria override from a link is used and said', async ({ page }) => {
		await page.goto('./#household=single&members=none&income=700&crit=700.00,600.00');
		await expect(amount(page)).toHaveText('500,00 zł');
		await expect(page.getByText(/kryterium podane ręcznie/).first()).toBeVisible();
		await page.goto('./#household=single&members=none&income=700.01&crit=700.00,600.00');
		await expect(amount(page)).toHaveText('300,00 zł');
	});

	test('"Kopiuj link" copies the link and says so', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(CONTRACT);
		await page.getByRole('button', { name: 'Kopiuj link' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link skopiowany' })).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('#household=family&members=none,none,centre&income=2469.01');
	});

	test('"Kopiuj link" without a clipboard selects the link in a field', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined });
		});
		await page.goto(CONTRACT);
		await page.getByRole('button', { name: 'Kopiuj link' }).click();
		const field = page.getByLabel('Link do tego wyliczenia');
		await expect(field).toBeFocused();
		await expect(field).toHaveValue(/income=2469\.01/);
		expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd)).toBeGreaterThan(20);
	});
});

test.describe('errors', () => {
	const bad = [
		{
			text: 'abc',
			message: 'Wpisz samą kwotę: cyfry, ewentualnie spacje i przecinek przed groszami, np. 2469,50'
		},
		{ text: '-100', message: 'Kwota nie może być ujemna' },
		{
			text: '2,469.50',
			message: 'zł? Jeśli tak, wpisz 2469,50 – przecinek stawiaj tylko przed groszami'
		},
		{ text: '1.650.5', message: 'Przecinek stawiaj tylko przed groszami' }
	];
	for (const b of bad) {
		test(`income "${b.text}" is kept and explained next to the field and in the summary`, async ({
			page
		}) => {
			await page.goto('./');
			const income = page.getByLabel(INCOME_SINGLE);
			await type(page, income, b.text);
			// Not while typing…
			await expect(page.getByRole('alert')).toHaveCount(0);
			await page.keyboard.press('Tab');
			// …but once the field is left.
			await expect(income).toHaveValue(b.text);
			await expect(income).toHaveAttribute('aria-invalid', 'true');
			await expect(page.locator('#income-error')).toContainText(b.message);
			const link = page.getByRole('alert').getByRole('link', { name: new RegExp(`^Dochód: `) });
			await expect(link).toContainText(b.message);
			await link.click();
			await expect(income).toBeFocused();
			await type(page, income, '700');
			await expect(page.getByRole('alert')).toHaveCount(0);
			await expect(amount(page)).toHaveText('500,00 zł');
		});
	}

	test('an empty income: Enter shows the error summary, focused, and says what to type', async ({
		page
	}) => {
		await page.goto('./');
		// A slow line: the engine (which finds the errors) is held back until after Enter, so
		// Enter comes before it. The summary must still be shown and focused.
		const release = await holdScripts(page);
		await page.getByLabel(INCOME_SINGLE).focus();
		await page.keyboard.press('Tab');
		await page.getByLabel(INCOME_SINGLE).focus();
		await page.keyboard.press('Enter');
		release();
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary).toContainText('Wpisz miesięczny dochód netto w złotych, np. 2469,50');
		await expect(page.locator('#income-error')).toBeVisible();
	});

	test('leaving the income empty says nothing until the result is asked for', async ({ page }) => {
		const engine = scriptsWith(page, MARKERS.decimal);
		await page.goto('./');
		await page.getByLabel(INCOME_SINGLE).focus();
		await expect.poll(async () => (await engine()).length).toBe(1);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.locator('#income-error')).toHaveCount(0);
	});

	test('a food part with letters is an error on that field', async ({ page }) => {
		await page.goto('./');
		await type(page, page.getByLabel(INCOME_SINGLE), '700');
		await type(page, page.getByLabel(FOOD), 'sto');
		await page.keyboard.press('Tab');
		await expect(page.locator('#food-error')).toContainText('Wpisz samą kwotę: cyfry');
		await expect(amount(page)).toHaveCount(0);
	});

	test('a date before the order is refused with the reason', async ({ page }) => {
		await page.goto('./#household=single&members=none&income=700&date=2025-06-01');
		await expect(page.locator('#date-error')).toContainText(
			'nie zawiera kwot na dzień 1 czerwca 2025 r.'
		);
	});

	test('Enter with valid inputs moves to the result', async ({ page }) => {
		await page.goto('./');
		await type(page, page.getByLabel(INCOME_SINGLE), '700');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Wynik', level: 2 })).toBeFocused();
	});
});

test('the steps explain in order, with the basis for staff and a link to the sources', async ({
	page
}) => {
	await page.goto('./#household=single&members=centre&income=700&food=1&products=0');
	await expect(amount(page)).toHaveText('275,00 zł');
	const steps = page.locator('.steps > li');
	expect(await steps.evaluateAll((li) => li.map((l) => l.getAttribute('data-rule')))).toEqual([
		'R1',
		'R2',
		'R3',
		'R4',
		'R5',
		'R6',
		'R6',
		'R9'
	]);
	// Residents read plain headings; the rule ids sit in the legal layer for staff.
	const headings = await steps.locator('h4').allInnerTexts();
	expect(headings.join(' ')).not.toMatch(/\bR\d\b/);
	await expect(steps.nth(6)).toContainText('kalkulator przyjmuje nie więcej niż 275,00 zł');
	expect((await steps.allInnerTexts()).join(' ')).not.toContain('przysługuje');
	const basis = steps.nth(0).locator('details');
	await basis.locator('summary').click();
	await expect(basis).toContainText('od 0 do 200% ustawowego kryterium dochodowego');
	// Staff option: the basis open by default.
	await page.getByRole('button', { name: 'Opcje dla pracownika' }).click();
	await page.getByLabel(/Pokazuj podstawę prawną/).check();
	await expect(steps.nth(3).locator('details')).toHaveAttribute('open', '');
	await steps
		.nth(3)
		.getByRole('link', { name: /Zasada R4/ })
		.click();
	await expect(page).toHaveURL(/\/zrodla\/#R4$/);
	await expect(page.locator('#R4')).toContainText('Kwota maksymalna dla osoby');
});

test('the result is announced politely once typing pauses', async ({ page }) => {
	await page.goto('./');
	const live = page.locator('[aria-live="polite"]').filter({ hasText: /Wynik/ });
	await type(page, page.getByLabel(INCOME_SINGLE), '700');
	await expect(live).toHaveText('Wynik: do 500,00 zł miesięcznie (kwota maksymalna).');
});

test('print: the summary on one A4 page, the form hidden', async ({ page }) => {
	await page.goto(
		'./#household=family&members=none,centre,none&income=2000&food=30&products=0&date=2026-11-23'
	);
	// 400 + 225 + 400 = 1025; − 30 = 995 → up to full tens: 1000.
	await expect(amount(page)).toHaveText('1000,00 zł');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Dane do wyliczenia' })).toBeVisible();
	await expect(amount(page)).toBeVisible();
	await expect(
		page.getByText(/^Podstawa: Zał\. nr 4, pkt 1 \(zasada R1 kalkulatora\) – „Świadczenie/)
	).toBeVisible();
	await expect(page.locator('.amount')).toHaveText('do 1000,00 zł miesięcznie');
	await expect(page.getByText(/art\. 106 ust\. 4/)).toBeVisible();
	await expect(page.getByText('Wydrukowano', { exact: true })).toBeVisible();
	await expect(page.getByLabel(INCOME_FAMILY)).toBeHidden();
	await expect(page.getByRole('button', { name: 'Kopiuj link' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Pokaż wynik' })).toBeHidden();
	await expect(page.locator('header')).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	const path = test.info().outputPath('print.pdf');
	await writeFile(path, pdf);
	expect((await pdfText(path)).pages).toBe(1);
});

test('"Pobierz wyliczenie (PDF)" downloads the same summary as a PDF', async ({ page }) => {
	await page.goto(
		'./#household=family&members=none,centre,meals&income=2469.01&products=0&lunches=20&date=2026-11-23'
	);
	await expect(amount(page)).toHaveText('425,00 zł');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Pobierz wyliczenie (PDF)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^wyliczenie-zasilku-\d{4}-\d{2}-\d{2}\.pdf$/);
	const path = test.info().outputPath('summary.pdf');
	await download.saveAs(path);
	const pdf = await pdfText(path);
	const text = flat(pdf.text);
	expect(pdf.title).toBe('Wyliczenie zasiłku celowego na zakup żywności');
	expect(text).toContain('do 425,00 zł miesięcznie');
	expect(text).toContain('rodzina, 3 osoby');
	expect(text).toContain('Data wyliczenia: 23 listopada 2026');
	expect(text).toContain('Osoba 2: obiady w ośrodku wsparcia (informacja)');
	expect(text).toContain('(zasada R8 kalkulatora)');
	expect(text).toContain('Część zasiłku okresowego lub stałego na zakup żywności');
	expect(text).toContain('nie dotyczy (dochód powyżej 100 % kryterium)');
	expect(text).toContain('Zał. nr 4, pkt 4');
	expect(text).toContain('art. 106 ust. 4 i art. 107 ustawy');
	expect(text).not.toContain('pkt 2.3');
	await expect(page.getByText('PDF został pobrany.')).toBeVisible();
});

test('the page with a result has no WCAG A/AA violations (axe)', async ({ page }) => {
	await page.goto(
		'./#household=family&members=none,centre,meals&income=2000&food=10&products=0&date=2026-11-23'
	);
	await expect(amount(page)).toBeVisible();
	// The link has a date, so the staff options are open already.
	await expect(page.getByRole('button', { name: 'Opcje dla pracownika' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await page.getByLabel(/Pokazuj podstawę prawną/).check();
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(results.violations).toEqual([]);
});

test('no horizontal scroll at 320 px with a family result', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto(
		'./#household=family&members=none,centre,meals&income=2469.01&products=0&lunches=20'
	);
	await expect(amount(page)).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBe(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the tables of maximum amounts and a note about JavaScript are there', async ({ page }) => {
		await page.goto('./');
		await expect(
			page.getByText(/Kalkulator i wypełnianie oświadczeń działają po włączeniu/)
		).toBeVisible();
		await expect(page.getByRole('table', { name: 'Osoba samotnie gospodarująca' })).toContainText(
			'500,00 zł'
		);
		await expect(page.getByRole('table', { name: 'Każda osoba w rodzinie' })).toContainText(
			'175,00 zł'
		);
		await expect(page.getByLabel(INCOME_SINGLE)).toBeHidden();
	});
});
