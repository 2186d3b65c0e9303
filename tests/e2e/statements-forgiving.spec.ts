// The statements forgive how people write (issue 14): postal code and dates as typed, the
// decision's number and date left blank on purpose, a clear that asks, targets a thumb can hit,
// and a PDF that prints exactly what was typed (read back with pdftotext, as a clerk's tool would).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerTime, dialogsAsked, fillApplicant, fillCarer } from './acting';

test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
});

/** Presses `name`, waits for the PDF and returns its text as pdftotext reads it. */
async function downloadText(page: Page, name = 'Pobierz PDF'): Promise<string> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name, exact: true }).click()
	]);
	return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', await file.path(), '-'], {
		encoding: 'utf8'
	});
}

/** What a paste puts into a field, character for character (fill() cannot type a NUL). */
async function paste(page: Page, label: string, text: string) {
	await page.getByLabel(label, { exact: true }).evaluate((input: HTMLInputElement, value) => {
		input.value = value;
		input.dispatchEvent(new Event('input', { bubbles: true }));
	}, text);
}

async function fillResignation(page: Page) {
	await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Łucja Świątek');
	await page.getByLabel('Ulica i numer domu lub mieszkania').fill('Gałczyńskiego 7/12');
	await page.getByLabel('Kod pocztowy').fill('47-220');
	await page.getByLabel('Rezygnuję z dniem').fill('1.12.2026');
	await page.getByLabel('Dom Dziennego Pobytu Nr 2').check();
}

const preview = (page: Page) => page.getByRole('figure', { name: /Podgląd/ });

test.describe('on a 360 px touch screen', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('"47220" becomes "47-220", typed on the numbers-only keypad', async ({ page }) => {
		await page.goto('./oswiadczenia/rezygnacja/');
		const code = page.getByLabel('Kod pocztowy');
		await code.tap();
		await page.keyboard.type('47220');
		await page.keyboard.press('Tab');
		await expect(code).toHaveValue('47-220');
		await expect(code).not.toHaveAttribute('aria-invalid', 'true');
		// Five digits are all it takes: the numbers-only keypad (an iPhone's has no dash).
		await expect(code).toHaveAttribute('inputmode', 'numeric');
		expect(await code.getAttribute('type')).toBe('text');
		await expect(preview(page)).toContainText('47-220 Kędzierzyn – Koźle');

		await code.fill('47 225');
		await code.blur();
		await expect(code).toHaveValue('47-225');
	});

	test('each field opens a keyboard that can type what it asks for', async ({ page }) => {
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		// The phone: the phone keypad, which has "+" for "+48".
		const phone = page.getByLabel('Telefon kontaktowy opiekuna');
		await expect(phone).toHaveAttribute('type', 'tel');
		await phone.tap();
		await page.keyboard.type('+48 600 123 456');
		await phone.blur();
		await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
		// Dates: the ordinary keyboard, which has the dot and the letters ("1 grudnia 2026"); a
		// numbers-only keypad has no dot, the "decimal" one a comma in Polish.
		await page.goto('./oswiadczenia/rezygnacja/');
		for (const label of ['Data oświadczenia', 'Rezygnuję z dniem', 'Data decyzji']) {
			const date = page.getByLabel(label, { exact: true });
			await expect(date, label).toHaveAttribute('inputmode', 'text');
			await expect(date, label).toHaveAttribute('type', 'text');
		}
		await expect(page.getByLabel('Kod pocztowy')).toHaveAttribute('inputmode', 'numeric');
	});

	test('a date is typed as people write it, or picked from the calendar by touch', async ({
		page
	}) => {
		await page.goto('./oswiadczenia/rezygnacja/');
		const effective = page.getByLabel('Rezygnuję z dniem');
		await effective.tap();
		await page.keyboard.type('1 grudnia 2026');
		await expect(preview(page)).toContainText('z dniem 1 grudnia 2026 roku');
		await effective.fill('01.12.2026');
		await expect(preview(page)).toContainText('z dniem 1 grudnia 2026 roku');

		// The calendar next to the field: a target for a thumb, and the day picked is written in.
		const calendars = page.getByLabel('Wybierz datę z kalendarza');
		const decisionCalendar = calendars.nth(2);
		const box = (await decisionCalendar.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
		await decisionCalendar.fill('2025-01-15');
		await expect(page.getByLabel('Data decyzji')).toHaveValue('15.01.2025');
		await expect(preview(page)).toContainText('z dnia 15 stycznia 2025 roku');
		// The picker offers no day after today for the decision.
		await expect(decisionCalendar).toHaveAttribute('max', '2026-11-23');
	});

	test('every radio and checkbox row is at least 44 x 44 px', async ({ page }) => {
		expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
		for (const path of ['./oswiadczenia/opiekun-faktyczny/', './oswiadczenia/rezygnacja/']) {
			await page.goto(path);
			const labels = page.locator(
				'main label:has(+ *), main input[type=radio] + label, main input[type=checkbox] + label'
			);
			const count = await labels.count();
			expect(count).toBeGreaterThan(1);
			for (let i = 0; i < count; i++) {
				const label = labels.nth(i);
				if (!(await label.isVisible())) continue;
				if (
					!(await label.evaluate((l) =>
						l.previousElementSibling?.matches('input[type=radio], input[type=checkbox]')
					))
				)
					continue;
				const box = (await label.boundingBox())!;
				const name = await label.innerText();
				expect(box.height, `${path} "${name}" height`).toBeGreaterThanOrEqual(44);
				expect(box.width, `${path} "${name}" width`).toBeGreaterThanOrEqual(44);
			}
		}
		// And a tap anywhere on the row's label chooses it.
		await page
			.getByText('Dom Dziennego Pobytu Nr 3', { exact: true })
			.tap({ position: { x: 5, y: 40 } });
		await expect(page.getByLabel('Dom Dziennego Pobytu Nr 3')).toBeChecked();
	});
});

test('the decision’s number and date may be left blank: the PDF keeps the dotted lines', async ({
	page
}) => {
	await page.goto('./oswiadczenia/rezygnacja/');
	await fillResignation(page);
	await expect(page.getByLabel('Numer decyzji')).toHaveAccessibleDescription(
		/zostaw to pole puste – w dokumencie zostanie miejsce do wpisania numeru/
	);
	const text = (await downloadText(page)).replace(/\s+/g, ' ');
	expect(text).toContain('Proszę o uchylenie decyzji nr ….');
	expect(text).toMatch(/z dnia \.+…\.+20\.+ roku/);
	expect(text).toContain('z dniem 1 grudnia 2026 roku');
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the date fields cost one Tab stop each, and take a date typed by keyboard', async ({
	page
}) => {
	await page.goto('./oswiadczenia/rezygnacja/');
	const date = page.getByLabel('Data oświadczenia');
	await date.focus();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('1.12.2026');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Imię i nazwisko', { exact: true })).toBeFocused();
	await expect(preview(page)).toContainText('Kędzierzyn–Koźle, 1 grudnia 2026 roku');
	await date.fill('31.02.2026');
	await date.blur();
	await expect(date).toHaveAccessibleDescription(/Wpisz prawdziwą datę/);
});

test('what is typed is what is printed, and the preview shows the same', async ({ page }) => {
	await page.goto('./oswiadczenia/rezygnacja/');
	await fillResignation(page);
	const typed = [
		['Jan\u0000Kowalski', 'JanKowalski'],
		['S\u0301wia\u0328tek', 'Świątek'],
		['Anna 🙂 ✓', 'Anna ? x'],
		['Nowak \u202eabc\u202c', 'Nowak abc']
	];
	for (const [value, printed] of typed) {
		await paste(page, 'Imię i nazwisko', value!);
		await expect(preview(page)).toContainText(printed!);
		const text = await downloadText(page);
		const line = text.split('\n').find((l) => l.includes(printed!.slice(0, 4)));
		expect(line?.trim(), `typed ${JSON.stringify(value)}`).toBe(printed);
		// The preview's line is the same string.
		const previewLine = await preview(page)
			.locator('p')
			.filter({ hasText: printed! })
			.first()
			.innerText();
		expect(previewLine.trim()).toBe(printed);
		// Clear the downloaded-and-reset form for the next one.
		await fillResignation(page);
	}
});

test('Ctrl+P with a wrong field prints the statement as typed, with that field’s dotted line', async ({
	page
}) => {
	await page.goto('./oswiadczenia/opiekun-faktyczny/');
	await fillApplicant(page);
	await fillCarer(page);
	// A pasted page for the carer's name, and a phone a digit short.
	await paste(page, 'Imię i nazwisko opiekuna faktycznego', 'Ż'.repeat(100_000));
	await page.getByLabel('Telefon kontaktowy opiekuna').fill('600 123 45');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Telefon kontaktowy opiekuna')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	// What Ctrl+P prints: the page's print view (no check stops the browser's print).
	await page.emulateMedia({ media: 'print' });
	await expect(preview(page)).toBeVisible();
	await expect(preview(page)).toContainText('Łucja Świątek-Żółć');
	const path = test.info().outputPath('ctrl-p.pdf');
	writeFileSync(path, await page.pdf({ format: 'A4' }));
	const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
		encoding: 'utf8'
	});
	const flatText = text.replace(/\s+/g, ' ');
	expect(flatText).toContain('Łucja Świątek-Żółć');
	expect(flatText).toContain('ul. Gałczyńskiego 7/12');
	expect(flatText).toContain('1) w pełnym zakresie*');
	expect(flatText).toMatch(/Panią \.{20,} tel\. kontaktowy \.{20,}/);
	expect(text).not.toContain('600 123 45');
	expect(text).not.toContain('ŻŻŻ');
	expect(execFileSync('pdfinfo', [path]).toString()).toMatch(/Pages:\s+1\n/);
	for (const width of [360, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.screenshot({
			path: `/tmp/screens-fc/statement-ctrl-p-${width}.png`,
			fullPage: true
		});
	}
});

test('what was typed is gone once the person leaves the page, as the page says', async ({
	page
}) => {
	// Leaving asks first (see below); here the person says yes each time.
	page.on('dialog', (dialog) => void dialog.accept());
	await page.goto('./oswiadczenia/rezygnacja/');
	await expect(page.getByText(/znikają, gdy ją odświeżysz albo zamkniesz/)).toBeVisible();
	await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Łucja Świątek');
	await page.getByRole('link', { name: 'Oświadczenia', exact: true }).first().click();
	await expect(page).toHaveURL(/oswiadczenia\/$/);
	await page.goBack();
	await expect(page.getByLabel('Imię i nazwisko', { exact: true })).toHaveValue('');
	await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Łucja Świątek');
	await page.reload();
	await expect(page.getByLabel('Imię i nazwisko', { exact: true })).toHaveValue('');
});

test.describe('leaving a half-filled statement asks first', () => {
	const LEAVE =
		'Wyjść z tej strony? Oświadczenie nie zostało pobrane ani wydrukowane, więc wpisane dane znikną. Żeby je zachować, wybierz „Anuluj”, a potem pobierz albo wydrukuj oświadczenie.';
	const menu = (page: Page, name: string) =>
		page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name });

	test('the site menu asks; "stay" keeps what was typed, "leave" leaves', async ({ page }) => {
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		const name = page.getByLabel('Imię i nazwisko', { exact: true });
		await name.fill('Łucja Świątek');
		// The skip link stays within the page: nothing to ask.
		await page.keyboard.press('Control+Home');
		await page.getByRole('link', { name: 'Przejdź do treści' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
		const asked: string[] = [];
		page.once('dialog', (dialog) => {
			asked.push(`${dialog.type()}: ${dialog.message()}`);
			void dialog.dismiss();
		});
		await menu(page, 'Kalkulator').click();
		await expect.poll(() => asked).toEqual([`confirm: ${LEAVE}`]);
		await expect(page).toHaveURL(/opiekun-faktyczny\/(#tresc)?$/);
		await expect(name).toHaveValue('Łucja Świątek');
		// By keyboard, and this time yes.
		page.once('dialog', (dialog) => void dialog.accept());
		await menu(page, 'Kalkulator').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Kalkulator zasiłku na posiłek'
		);
	});

	test('Back asks too, and closing or reloading the tab has the browser ask', async ({ page }) => {
		await page.goto('./oswiadczenia/');
		await page
			.getByRole('link', { name: /rezygnacj/i })
			.first()
			.click();
		await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Łucja Świątek');
		const asked: string[] = [];
		page.on('dialog', (dialog) => {
			asked.push(dialog.type());
			void (dialog.type() === 'confirm' ? dialog.dismiss() : dialog.accept());
		});
		await page.goBack();
		await expect.poll(() => asked).toEqual(['confirm']);
		await expect(page).toHaveURL(/rezygnacja\/$/);
		await expect(page.getByLabel('Imię i nazwisko', { exact: true })).toHaveValue('Łucja Świątek');
		await page.reload();
		await expect.poll(() => asked).toEqual(['confirm', 'beforeunload']);
		await expect(page.getByLabel('Imię i nazwisko', { exact: true })).toHaveValue('');
	});

	test('nothing is asked for an untouched form, or once the statement is downloaded', async ({
		page
	}) => {
		const asked = dialogsAsked(page);
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		await menu(page, 'Oświadczenia').click();
		await expect(page).toHaveURL(/oswiadczenia\/$/);
		await page.goBack();
		await fillApplicant(page);
		await fillCarer(page);
		await downloadText(page);
		await menu(page, 'Kalkulator').click();
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
		expect(asked).toEqual([]);
	});
});

test('100 000 characters pasted into a statement field are kept, and refused with what to type', async ({
	page
}) => {
	await page.goto('./oswiadczenia/opiekun-faktyczny/');
	await fillApplicant(page);
	await fillCarer(page);
	const LONG = '1' + ' '.repeat(99_998) + 'x';
	const fields = [
		['Data oświadczenia', 'Wpisz datę oświadczenia'],
		['Imię i nazwisko', 'Wpisz swoje imię i nazwisko'],
		['Ulica i numer domu lub mieszkania', 'Wpisz ulicę i numer domu'],
		['Kod pocztowy', 'Wpisz kod pocztowy z pięciu cyfr'],
		['Imię i nazwisko opiekuna faktycznego', 'Wpisz imię i nazwisko opiekuna'],
		['Telefon kontaktowy opiekuna', 'Wpisz numer telefonu z 9 cyfr']
	] as const;
	for (const [label, what] of fields) {
		const field = page.getByLabel(label, { exact: true });
		await field.focus();
		await page.keyboard.press('ControlOrMeta+A');
		const ms = await answerTime(page, () => page.keyboard.insertText(LONG));
		expect(ms, label).toBeLessThan(1000);
		await page.keyboard.press('Tab');
		await expect(field, label).toHaveValue(LONG);
		await expect(field, label).toHaveAccessibleDescription(
			new RegExp(
				`Tekst w tym polu jest za długi: zmieści się najwyżej \\d+ znaków, a wpisano ich 100\\s000\\. ${what}`
			)
		);
	}
	let downloads = 0;
	page.on('download', () => downloads++);
	await page.getByRole('button', { name: 'Pobierz PDF' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveCount(fields.length);
	await expect(summary).toContainText('najwyżej 80 znaków');
	expect(downloads).toBe(0);
});
