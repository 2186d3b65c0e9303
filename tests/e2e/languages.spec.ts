// The site in Polish, Ukrainian and English: the same journeys in each language, found by each
// language's own labels (read from its message modules, as a person reads the screen), with the
// same numbers giving the same amounts written the language's way; the switch between
// languages keeps a calculation and what was typed in a statement; the statement's PDF stays
// the Polish document whatever the page's language; the summary PDF speaks the page's language.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type } from './acting';
import { flat, pdfText } from './pdf-text';
import { calculator as plCalculator } from '../../src/lib/messages/pl/calculator';
import { calculator as ukCalculator } from '../../src/lib/messages/uk/calculator';
import { calculator as enCalculator } from '../../src/lib/messages/en/calculator';
import { calculatorResult as plResult } from '../../src/lib/messages/pl/calculator-result';
import { calculatorResult as ukResult } from '../../src/lib/messages/uk/calculator-result';
import { calculatorResult as enResult } from '../../src/lib/messages/en/calculator-result';
import { statements as plStatements } from '../../src/lib/messages/pl/statements';
import { statements as ukStatements } from '../../src/lib/messages/uk/statements';
import { statements as enStatements } from '../../src/lib/messages/en/statements';
import { carerFields as plCarer } from '../../src/lib/messages/pl/carer-fields';
import { kiosk as plKiosk } from '../../src/lib/messages/pl/kiosk';
import { kiosk as ukKiosk } from '../../src/lib/messages/uk/kiosk';
import { resignationFields as plResignation } from '../../src/lib/messages/pl/resignation-fields';
import { common as plCommon } from '../../src/lib/messages/pl/common';
import { carerFields as ukCarer } from '../../src/lib/messages/uk/carer-fields';
import { resignationFields as ukResignation } from '../../src/lib/messages/uk/resignation-fields';
import { common as ukCommon } from '../../src/lib/messages/uk/common';
import { carerFields as enCarer } from '../../src/lib/messages/en/carer-fields';
import { resignationFields as enResignation } from '../../src/lib/messages/en/resignation-fields';
import { common as enCommon } from '../../src/lib/messages/en/common';

const LANGUAGES = [
	{
		code: 'pl',
		name: 'Polski',
		folder: '',
		calculator: plCalculator,
		result: plResult,
		statements: plStatements,
		carer: plCarer,
		common: plCommon,
		resignation: plResignation,
		money: { 500: '500,00 zł', 625: '625,00 zł' }
	},
	{
		code: 'uk',
		name: 'Українська',
		folder: 'uk/',
		calculator: ukCalculator,
		result: ukResult,
		statements: ukStatements,
		carer: ukCarer,
		common: ukCommon,
		resignation: ukResignation,
		money: { 500: '500,00 zł', 625: '625,00 zł' }
	},
	{
		code: 'en',
		name: 'English',
		folder: 'en/',
		calculator: enCalculator,
		result: enResult,
		statements: enStatements,
		carer: enCarer,
		common: enCommon,
		resignation: enResignation,
		money: { 500: 'PLN 500.00', 625: 'PLN 625.00' }
	}
] as const;

/** A family of two, one of them at a support centre: 400 + 225 = 625 zł (tables 3, R5). */
const FAMILY =
	'#household=family&members=none,centre&income=1500&food=0&products=0&date=2026-11-23';

const amount = (page: Page) => page.getByTestId('allowance-amount');

test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
});

for (const language of LANGUAGES) {
	const m = language.calculator;

	test.describe(`in ${language.name}`, () => {
		test('a person living alone types an income and sees the maximum written the language’s way', async ({
			page
		}) => {
			await page.goto(`./${language.folder}`);
			await expect(page.locator('html')).toHaveAttribute('lang', language.code);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.heading);
			await expect(page.getByLabel(m.household.single)).toBeChecked();
			await type(page, page.getByLabel(m.income.label), '700');
			await expect(amount(page)).toHaveText(language.money[500]);
		});

		test('a link with a family’s calculation gives the same amount, and axe finds nothing', async ({
			page
		}) => {
			await page.goto(`./${language.folder}${FAMILY}`);
			await expect(amount(page)).toHaveText(language.money[625]);
			await expect(page.getByRole('heading', { name: m.result.heading })).toBeVisible();
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
				.analyze();
			expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});

		test('every page says its language and offers the other two, and axe finds nothing', async ({
			page
		}) => {
			for (const path of ['', 'oswiadczenia/rezygnacja/', 'jak-skorzystac/', 'zrodla/']) {
				await page.goto(`./${language.folder}${path}`);
				await expect(page.locator('html')).toHaveAttribute('lang', language.code);
				await expect(
					page.getByRole('navigation', { name: language.common.language })
				).toBeVisible();
				for (const other of LANGUAGES) {
					const link = page.getByRole('link', { name: other.name, exact: true });
					await expect(link).toHaveAttribute('lang', other.code);
					if (other.code === language.code)
						await expect(link).toHaveAttribute('aria-current', 'page');
					// A full address (search engines take no other): the page in that language.
					const alternate = page.locator(`link[rel="alternate"][hreflang="${other.code}"]`);
					await expect(alternate).toHaveAttribute(
						'href',
						new URL(`${other.folder}${path}`, new URL('/', page.url())).href
					);
				}
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
					.analyze();
				expect(violations.map((v) => `${path}: ${v.id}: ${v.help}`)).toEqual([]);
			}
		});

		test('a statement filled in this language gives the Polish statement with the same data', async ({
			page
		}) => {
			const t = language.statements;
			const f = language.carer;
			await page.goto(`./${language.folder}oswiadczenia/opiekun-faktyczny/`);
			if (t.polishDocument) await expect(page.getByText(t.polishDocument)).toBeVisible();
			else expect(language.code).toBe('pl');
			await page.getByLabel(t.fields.name.label, { exact: true }).fill('Olena Kovalenko');
			await page.getByLabel(t.fields.street.label).fill('Piastowska 12/3');
			await page.getByLabel(t.fields.postalCode.label).fill('47-220');
			await page.getByLabel(f.carerTitle.options.Pani, { exact: true }).check();
			await page.getByLabel(f.carerName.label).fill('Annę Nowak');
			await page.getByLabel(f.carerPhone.label).fill('600 123 456');
			await page.getByLabel(f.scope.options.full).check();
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: t.buttons.download, exact: true }).click()
			]);
			expect(file.suggestedFilename()).toBe('oswiadczenie-opiekun-faktyczny-2026-11-23.pdf');
			const pdf = await pdfText(await file.path());
			const text = flat(pdf.text);
			expect(pdf.title).toBe('Oświadczenie – wskazanie opiekuna faktycznego');
			for (const polish of [
				'OŚWIADCZENIE',
				'Kędzierzyn–Koźle, 23 listopada 2026 roku',
				'Olena Kovalenko',
				'ul. Piastowska 12/3',
				'Panią Annę Nowak tel. kontaktowy 600 123 456',
				'(podpis wnioskodawcy)'
			]) {
				expect(text).toContain(polish);
			}
		});

		test('a resignation filled in this language gives the Polish statement; the centres are named as the centre writes them', async ({
			page
		}) => {
			const t = language.statements;
			const f = language.resignation;
			const dementia = 'Ośrodek Wsparcia Dziennego dla Osób z Zespołem Otępiennym';
			await page.goto(`./${language.folder}oswiadczenia/rezygnacja/`);
			await page.getByLabel(t.fields.name.label, { exact: true }).fill('Olena Kovalenko');
			await page.getByLabel(t.fields.street.label).fill('Piastowska 12/3');
			await page.getByLabel(t.fields.postalCode.label).fill('47-220');
			await page.getByLabel(f.effectiveDate.label).fill('1.12.2026');
			// Explained in the reader's language where it is not Polish, chosen by that label.
			const gloss = f.centre.gloss(dementia);
			expect(gloss === '').toBe(language.code === 'pl');
			await page.getByLabel(gloss ? `${dementia} (${gloss})` : dementia, { exact: true }).check();
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: t.buttons.download, exact: true }).click()
			]);
			const text = flat((await pdfText(await file.path())).text);
			expect(text).toContain(
				'Oświadczam, że z dniem 1 grudnia 2026 roku rezygnuję z usług ośrodka wsparcia'
			);
			expect(text).toContain(dementia);
			if (gloss) expect(text).not.toContain(gloss);
		});

		test('the summary PDF is in the page’s language, every letter readable', async ({ page }) => {
			await page.goto(`./${language.folder}${FAMILY}`);
			await expect(amount(page)).toHaveText(language.money[625]);
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: language.result.actions.pdf }).click()
			]);
			const pdf = await pdfText(await file.path());
			const text = flat(pdf.text);
			expect(pdf.title).toBe(language.result.pdf.title);
			expect(text).toContain(language.money[625]);
			expect(text).toContain(language.result.inputFamily(2));
			// The quoted law stays Polish; nothing came out as the font's missing-letter mark.
			expect(text).toContain('Zał. nr 4, pkt 1');
			expect(text).not.toMatch(/\?{2,}/);
		});
	});
}

test('switching language mid-calculation keeps the result, and the switch back too', async ({
	page
}) => {
	await page.goto('./');
	await page.getByLabel(plCalculator.household.family).check();
	await type(page, page.getByLabel(plCalculator.income.labelFamily), '1500');
	await expect(amount(page)).toHaveText('800,00 zł');
	await page.getByRole('link', { name: 'Українська', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await expect(amount(page)).toHaveText('800,00 zł');
	await expect(page.getByLabel(ukCalculator.income.labelFamily)).toHaveValue('1500,00');
	await page.getByRole('link', { name: 'English', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(amount(page)).toHaveText('PLN 800.00');
	await page.getByRole('link', { name: 'Polski', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(amount(page)).toHaveText('800,00 zł');
});

test('switching language mid-statement keeps what was typed, without asking to leave', async ({
	page
}) => {
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(dialog.type());
		void dialog.dismiss();
	});
	// A phone, the clock standing still: the preview, far below, is drawn only for what was handed over.
	await page.setViewportSize({ width: 360, height: 740 });
	await page.clock.install();
	await page.clock.pauseAt(new Date(Date.now() + 1000));
	await page.goto('./uk/oswiadczenia/rezygnacja/');
	await page.getByLabel(ukStatements.fields.name.label, { exact: true }).fill('Olena Kovalenko');
	await page.getByLabel(ukStatements.fields.street.label).fill('Piastowska 12/3');
	await page.getByRole('link', { name: 'Polski', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(page.getByLabel(plStatements.fields.name.label, { exact: true })).toHaveValue(
		'Olena Kovalenko'
	);
	await expect(page.getByLabel(plStatements.fields.street.label)).toHaveValue('Piastowska 12/3');
	// What was handed over is in the preview at once, with nothing typed or scrolled on this page.
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	expect(await page.locator('figure').textContent()).toContain('Olena Kovalenko');
	expect(asked).toEqual([]);
	// The hand-over is gone once taken: a reload starts empty.
	expect(await page.evaluate(() => Object.keys(sessionStorage))).not.toContain(
		'mops-typed-for-language-switch'
	);
});

test('at the kiosk, a visitor who switched language leaves it behind: the reset goes to the kiosk’s own start page', async ({
	page
}) => {
	await page.goto('./?kiosk');
	await page.getByRole('link', { name: 'Українська', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
	await type(page, page.getByLabel(ukCalculator.income.label), '700');
	await expect(amount(page)).toHaveText('500,00 zł');
	await page.getByRole('button', { name: ukKiosk.startOver }).click();
	await expect(page).toHaveURL(/\/\?kiosk$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(page.getByRole('button', { name: plKiosk.startOver })).toBeVisible();
	await expect(page.getByLabel(plCalculator.income.label)).toHaveValue('');
});
