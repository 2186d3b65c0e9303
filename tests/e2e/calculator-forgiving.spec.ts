// Issue 14, the calculator's form: nothing freezes on a pasted page of text, numbers as people
// type them, the staff override asks only for what the case needs, the result area says what
// stops it, the what-if totals both columns, and focus lands on the heading of a new page.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerTime, type } from './acting';

const INCOME_SINGLE = 'Łączny miesięczny dochód netto gospodarstwa';
const INCOME_FAMILY = 'Łączny miesięczny dochód netto całej rodziny';
const FOOD = /Część zasiłku okresowego lub stałego przeznaczona na zakup żywności/;
const amount = (page: Page) => page.getByTestId('allowance-amount');
const SHOTS = '/tmp/screens-fc';

async function openStaff(page: Page) {
	await page.getByRole('button', { name: 'Opcje dla pracownika' }).click();
}

async function family(page: Page, people: number) {
	await page.getByRole('radio', { name: /^Rodzina/ }).check();
	for (let i = 2; i < people; i++) await page.getByRole('button', { name: 'Dodaj osobę' }).click();
}

test.describe('a pasted page of text freezes nothing', () => {
	const LONG = '1' + ' '.repeat(100_000) + 'x';
	const fields = [
		INCOME_SINGLE,
		FOOD,
		'Data wyliczenia',
		'Dla osoby samotnie gospodarującej',
		'Na osobę w rodzinie'
	] as const;

	test('100 000 characters pasted into every field: the page answers at once, and says so', async ({
		page
	}) => {
		await page.goto('./');
		await type(page, page.getByLabel(INCOME_SINGLE), '700');
		await expect(amount(page)).toBeVisible();
		await openStaff(page);
		// The income last: while it is wrong, the food part's field is not asked for.
		for (const label of [...fields.slice(1), fields[0]]) {
			const field = page.getByLabel(label);
			await field.focus();
			await page.keyboard.press('ControlOrMeta+A');
			// A paste: the text arrives at once, as one input.
			const ms = await answerTime(page, () => page.keyboard.insertText(LONG));
			expect(ms, String(label)).toBeLessThan(1000);
			// Kept whole, as pasted: never cut into something else.
			expect(await field.inputValue(), String(label)).toBe(LONG);
			await page.keyboard.press('Tab');
			await expect(field, String(label)).toHaveAccessibleDescription(
				/Tekst w tym polu jest za długi: zmieści się najwyżej \d+ znaków, a wpisano ich 100\s002\. Wpisz /
			);
			await expect(amount(page)).toHaveCount(0);
		}
	});

	test('a script or autofill that sets the value is read in linear time too', async ({ page }) => {
		await page.goto('./');
		await type(page, page.getByLabel(INCOME_SINGLE), '700');
		await expect(amount(page)).toBeVisible();
		await openStaff(page);
		// The income last: while it is wrong, the food part's field is not asked for.
		for (const label of [...fields.slice(1), fields[0]]) {
			const field = page.getByLabel(label);
			const ms = await answerTime(page, () =>
				field.evaluate((el, text) => {
					(el as HTMLInputElement).value = text;
					el.dispatchEvent(new Event('input', { bubbles: true }));
				}, LONG)
			);
			expect(ms, String(label)).toBeLessThan(1000);
			await field.blur();
		}
		await expect(page.getByText(/Tekst w tym polu jest za długi/).first()).toBeVisible();
	});

	test.describe('on a 360 px touch screen', () => {
		test.use({
			viewport: { width: 360, height: 740 },
			hasTouch: true,
			isMobile: true,
			permissions: ['clipboard-read', 'clipboard-write']
		});

		test('a paste is kept whole: "1" + spaces + "x" is never read as 1 zł', async ({ page }) => {
			await page.goto('./');
			const income = page.getByLabel(INCOME_SINGLE);
			await income.tap();
			await page.keyboard.type('700');
			await expect(amount(page)).toHaveText('500,00 zł');
			// What a person copied from somewhere else: a number, a long run of spaces, a word.
			const copied = '1' + ' '.repeat(100) + 'x';
			await page.evaluate((text) => navigator.clipboard.writeText(text), copied);
			await page.keyboard.press('ControlOrMeta+A');
			await page.keyboard.press('ControlOrMeta+V');
			await expect(income).toHaveValue(copied);
			await page.getByRole('heading', { level: 1 }).tap();
			await expect(page.locator('#income-error')).toContainText(
				'Tekst w tym polu jest za długi: zmieści się najwyżej 30 znaków, a wpisano ich 102. Wpisz samą kwotę w złotych, np. 2469,50.'
			);
			await expect(amount(page)).toHaveCount(0);
			await expect(page.getByText('1,00 zł')).toHaveCount(0);
			await income.scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${SHOTS}/paste-too-long-360.png` });
		});
	});
});

test.describe('numbers as people type them', () => {
	test('"1.650" is 1650 zł; "1,650" asks whether 1 650,00 zł was meant', async ({ page }) => {
		await page.goto('./');
		const income = page.getByLabel(INCOME_SINGLE);
		await type(page, income, '1.650');
		// 1650 / 1010,00 zł = 163,37 % (1,65 zł would be 0,17 %).
		await expect(page.getByTestId('income-preview')).toContainText('163,37 %');
		await expect(amount(page)).toBeVisible();
		await expect(page.getByText(/cyfry po przecinku/)).toHaveCount(0);

		await type(page, income, '1,650');
		await page.keyboard.press('Tab');
		const error = page.locator('#income-error');
		await expect(error).toContainText(/Czy chodziło o 1\s650,00 zł\? Jeśli tak, wpisz 1650/);
		await expect(income).toHaveValue('1,650');
		for (const width of [360, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.getByLabel(INCOME_SINGLE).scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${SHOTS}/did-you-mean-${width}.png` });
		}
	});
});

test.describe('staff criteria override', () => {
	test('a family case needs only the per-person criterion', async ({ page }) => {
		await page.goto('./');
		await family(page, 2);
		await type(page, page.getByLabel(INCOME_FAMILY), '1500');
		await openStaff(page);
		await type(page, page.getByLabel('Na osobę w rodzinie'), '700');
		await page.keyboard.press('Tab');
		await expect(page.locator('#crit-single-error')).toHaveCount(0);
		await expect(page.locator('#crit-per-person-error')).toHaveCount(0);
		await expect(amount(page)).toBeVisible();
		await expect(page.getByTestId('income-preview')).toContainText('700,00 zł');
		for (const width of [360, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.getByLabel('Na osobę w rodzinie').scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${SHOTS}/staff-criteria-${width}.png` });
		}
	});

	test('"31.02.2026" is told the day does not exist; the result area names the field', async ({
		page
	}) => {
		await page.goto('./');
		await type(page, page.getByLabel(INCOME_SINGLE), '700');
		await expect(amount(page)).toBeVisible();
		await openStaff(page);
		// The ordinary keyboard: it has the dot (a numbers-only keypad has none).
		await expect(page.getByLabel('Data wyliczenia')).toHaveAttribute('inputmode', 'text');
		// Still typing in the date: its error is not shown yet, but the result area says why.
		await type(page, page.getByLabel('Data wyliczenia'), '31.02.2026');
		await expect(amount(page)).toHaveCount(0);
		await expect(
			page.getByText(
				'Wynik pojawi się tutaj, gdy uzupełnisz lub poprawisz te pola: „Data wyliczenia”.'
			)
		).toBeVisible();
		await expect(page.getByText('Wynik pojawi się tutaj, gdy wpiszesz dochód.')).toHaveCount(0);
		await page.keyboard.press('Tab');
		await expect(page.locator('#date-error')).toContainText(
			'Dzień 31 lutego 2026 r. nie istnieje – ten miesiąc ma 28 dni. Popraw datę, np. na 2026-02-28.'
		);
		for (const width of [360, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await page.getByLabel('Data wyliczenia').scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${SHOTS}/date-no-such-day-${width}.png`, fullPage: true });
		}
	});
});

test('the per-person table totals both columns, and what applies', async ({ page }) => {
	await page.goto('./');
	await family(page, 3);
	await type(page, page.getByLabel(INCOME_FAMILY), '2469,00');
	await expect(amount(page)).toHaveText('1200,00 zł');
	await page
		.getByRole('group', { name: 'Osoba 2' })
		.getByRole('radio', { name: /^Korzysta z Domu Dziennego Pobytu/ })
		.check();
	const table = page.getByRole('table', { name: /Kwoty maksymalne z tabel zarządzenia/ });
	const total = table.getByRole('row', { name: /^Suma \(dla porównania\)/ });
	const cells = total.getByRole('cell');
	await expect(cells).toHaveCount(2);
	const money = (t: string) => Number(t.replace(/[^\d,]/g, '').replace(',', '.'));
	const column = async (i: number) => {
		const values = await table
			.locator('tbody tr')
			.evaluateAll((rows, n) => rows.map((r) => r.querySelectorAll('td')[n]?.textContent ?? ''), i);
		return values.reduce((sum, t) => sum + money(t), 0);
	};
	expect(money(await cells.nth(0).innerText())).toBe(await column(0));
	expect(money(await cells.nth(1).innerText())).toBe(await column(1));
	await expect(table.getByRole('row', { name: /Kwota dla rodziny \(suma ✓\)/ })).toBeVisible();
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await table.scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${SHOTS}/totals-${width}.png` });
	}
});

test('Ctrl+P with a wrong field prints what to put right and what was typed', async ({ page }) => {
	await page.goto('./');
	await family(page, 3);
	await type(page, page.getByLabel(INCOME_FAMILY), '2469,5x');
	await page.keyboard.press('Tab');
	await expect(page.locator('#income-error')).toBeVisible();
	// What Ctrl+P prints (no check stops the browser's print).
	await page.emulateMedia({ media: 'print' });
	const note = page.getByTestId('print-pending');
	await expect(note).toBeVisible();
	await expect(note.getByRole('heading', { name: 'Wydruk bez wyniku' })).toBeVisible();
	await expect(note).toContainText(
		'Dochód: Wpisz samą kwotę: cyfry, ewentualnie spacje i przecinek przed groszami, np. 2469,50'
	);
	await expect(note).toContainText('Gospodarstwo: rodzina, 3 osoby');
	await expect(note).toContainText('Dochód: „2469,5x”');
	await expect(page.getByText(/Wynik pojawi się tutaj/)).toBeHidden();
	const path = test.info().outputPath('print-pending.pdf');
	writeFileSync(path, await page.pdf({ format: 'A4' }));
	const printed = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
	expect(printed.replace(/\s+/g, ' ')).toContain(
		'Dochód: Wpisz samą kwotę: cyfry, ewentualnie spacje i przecinek przed groszami, np. 2469,50'
	);
	expect(printed).toContain('„2469,5x”');
	expect(execFileSync('pdfinfo', [path]).toString()).toMatch(/Pages:\s+1\n/);
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({ path: `${SHOTS}/print-pending-${width}.png`, fullPage: true });
	}
	// Put right, the printout is the calculation again.
	await page.emulateMedia({ media: 'screen' });
	await type(page, page.getByLabel(INCOME_FAMILY), '2469,50');
	await expect(amount(page)).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(note).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Dane do wyliczenia' })).toBeVisible();
});

test.describe('focus after moving between pages', () => {
	test("a link in the header puts focus on the new page's heading; the skip link stays", async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await page.goto('./');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Przejdź do treści' })).toBeFocused();
		await page
			.getByRole('navigation')
			.getByRole('link', { name: /Oświadczenia/ })
			.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/oswiadczenia/);
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
		// The next Tab is inside the page, not back in the header.
		await page.keyboard.press('Tab');
		const inHeader = await page.evaluate(
			() => !!document.activeElement?.closest('header, .skip-link')
		);
		expect(inHeader).toBe(false);
		await page
			.getByRole('navigation')
			.getByRole('link', { name: /Kalkulator/ })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	});
});
