// Hostile input: generated strings typed into every text field of the calculator and both
// statements. The page must never break: a result or a field error, never an exception (the
// fixture fails the test on any uncaught exception or console error).
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { flat, pdfText } from './pdf-text';

const NASTY = [
	'',
	' ',
	'1e309',
	'-0',
	'NaN',
	'Infinity',
	'0x10',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'\u202e1234,00',
	'\u200f٣٤٥',
	'😀💥',
	'١٢٣',
	'2,469.50',
	'−100',
	'9'.repeat(1_000_000),
	'Łucja Świątek-Żółć'.repeat(200),
	'\u0000\u0007',
	'%00%0a',
	'${7*7}{{7*7}}'
];

/** A fixed-seed sample: the same strings on every run, so a failure can be replayed. */
function samples(count: number, nasty: readonly string[] = NASTY): string[] {
	const generated = fc.sample(
		fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 12 })),
		{ numRuns: count, seed: 20261125 }
	);
	return [...nasty, ...generated];
}

/** The statements get the same strings but the million digits: a person types, not pastes. */
const NASTY_TEXT = NASTY.filter((s) => s.length < 10_000);

async function textFields(page: Page) {
	return page
		.locator('main')
		.locator('input:not([type]), input[type="text"], input[type="tel"], input[inputmode], textarea')
		.all();
}

test('the calculator survives anything typed into its fields', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('./#household=family&members=none,none,centre');
	const values = samples(10);
	const fields = await textFields(page);
	expect(fields.length).toBeGreaterThan(0);
	for (const [i, value] of values.entries()) {
		for (const field of await textFields(page)) {
			if (!(await field.isVisible())) continue;
			await field.fill(value);
			await field.press('Tab');
		}
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// No NaN anywhere, but where the printout quotes what the person typed ("NaN" typed is
		// printed as typed: „NaN”).
		const said = await page.locator('main').evaluate((main) => {
			const copy = main.cloneNode(true) as HTMLElement;
			for (const typed of copy.querySelectorAll('[data-typed]')) typed.remove();
			return copy.textContent ?? '';
		});
		expect(said).not.toContain('NaN');
		if (value.trim() === '') continue; // empty fields wait for input; nothing to judge yet
		const amount = page.getByTestId('allowance-amount');
		const error = page.locator('.error-summary, [aria-invalid="true"]');
		await expect(amount.or(error).first(), `after typing sample ${i}`).toBeVisible();
	}
});

test('a 21st person cannot be added, and 21 people in a link give an error', async ({ page }) => {
	await page.goto(`./#household=family&members=${Array(20).fill('none').join(',')}&income=1000`);
	await expect(page.getByTestId('allowance-amount')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Dodaj osobę' })).toHaveCount(0);

	const members = Array.from({ length: 21 }, () => 'none').join(',');
	await page.goto(`./#household=family&members=${members}&income=1000`);
	await expect(page.getByRole('alert')).toContainText('najwyżej 20 osób');
	await expect(page.getByTestId('allowance-amount')).toHaveCount(0);
});

for (const path of ['./oswiadczenia/opiekun-faktyczny/', './oswiadczenia/rezygnacja/']) {
	test(`the statement at ${path} survives anything typed into its fields`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(path);
		for (const [i, value] of samples(4, NASTY_TEXT).entries()) {
			for (const field of await textFields(page)) {
				if (!(await field.isVisible())) continue;
				await field.fill(value);
				await field.press('Tab');
			}
			await expect(page.getByRole('heading', { level: 1 }), `after sample ${i}`).toBeVisible();
			await expect(page.getByRole('figure')).toBeVisible();
		}
	});
}

test('a hostile name is printed literally in the PDF, never run', async ({ page }) => {
	const name = '<script>alert("x")</script> & Łucja';
	await page.goto('./oswiadczenia/rezygnacja/');
	await page.getByLabel('Imię i nazwisko', { exact: true }).fill(name);
	await page.getByLabel('Ulica i numer domu lub mieszkania').fill('Piastowska 1');
	await page.getByLabel('Kod pocztowy').fill('47-220');
	await page.getByLabel('Rezygnuję z dniem').fill('2026-12-01');
	await page.getByLabel('Dom Dziennego Pobytu Nr 1').check();
	await page.getByLabel('Numer decyzji').fill('DPŚ.5121.15.2025');
	await page.getByLabel('Data decyzji').fill('2025-03-10');
	await expect(page.getByRole('figure')).toContainText(name);
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Pobierz PDF', exact: true }).click()
	]);
	const { text } = await pdfText(await file.path());
	expect(flat(text)).toContain(name);
});
