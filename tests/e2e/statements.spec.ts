// The statements, used as a person would: fill the form, get the PDF, read its text back.
import type { Page } from '@playwright/test';
import { expect, storedData, test } from './fixtures';
import { fillApplicant } from './acting';
import { flat, pdfText } from './pdf-text';
import { holdScripts, MARKERS, scriptsWith } from './scripts-seen';

const EMPTY_STORAGE = { localStorage: 0, sessionStorage: 0, cookies: '', indexedDB: 0 };
const PDF_FONT = /\/fonts\/noto-sans-pl-\d+\.ttf$/;

test.beforeEach(async ({ page }) => {
	// "Today" is 23 November 2026 in Poland for every test.
	await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
});

/**
 * Watches what the page fetches from now on of the PDF machinery: the PDF font, and any script
 * that carries jsPDF (found by its code: chunk names are hashed). Returns a reader of the list.
 */
function watchPdfMachinery(page: Page): () => Promise<string[]> {
	const fonts: string[] = [];
	page.on('request', (request) => {
		if (PDF_FONT.test(new URL(request.url()).pathname)) fonts.push(request.url());
	});
	const scripts = scriptsWith(page, MARKERS.jspdf);
	return async () => [...fonts, ...(await scripts())];
}

/** Clicks `name` and returns the downloaded file's name and text. */
async function download(page: Page, name: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name, exact: true }).click()
	]);
	const path = await file.path();
	return { fileName: file.suggestedFilename(), ...(await pdfText(path)) };
}

test.describe('statement A: de-facto carer', () => {
	test('a filled form gives a PDF with every value as real Polish text', async ({ page }) => {
		const pdfMachinery = watchPdfMachinery(page);
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Oświadczenie o wskazaniu opiekuna faktycznego'
		);
		await expect(page.getByLabel('Data oświadczenia')).toHaveValue('23.11.2026');
		// The hint's example is today, not a date fixed in the code.
		await expect(
			page.getByText(
				/W dokumencie będzie to wyglądać tak: „Kędzierzyn–Koźle, 23 listopada 2026 roku”/
			)
		).toBeVisible();
		await fillApplicant(page);
		await page.getByLabel('Pani', { exact: true }).check();
		// The name completes "wskazuję … Panią …", so the hint asks for it in the accusative.
		const carerName = page.getByLabel('Imię i nazwisko opiekuna faktycznego');
		await expect(carerName).toHaveAccessibleDescription(/Annę Nowak, Jana Kowalskiego/);
		await carerName.fill('Żanetę Ćwik-Ołdak');
		await page.getByLabel('Telefon kontaktowy opiekuna').fill('+48 600-123-456');
		await page.getByLabel('w zakresie ograniczonym do…').check();
		await page.getByLabel('W zakresie ograniczonym do', { exact: true }).fill('spraw dowozu');

		// The preview shows the same document before any PDF is made.
		const preview = page.getByRole('figure', { name: 'Podgląd wypełnionego oświadczenia' });
		await expect(preview).toContainText('Kędzierzyn–Koźle, 23 listopada 2026 roku');
		await expect(preview).toContainText('Panią Żanetę Ćwik-Ołdak tel. kontaktowy +48 600-123-456');

		// Nothing heavy was fetched until a PDF was asked for.
		expect(await pdfMachinery()).toEqual([]);

		const pdf = await download(page, 'Pobierz PDF');
		expect(pdf.fileName).toBe('oswiadczenie-opiekun-faktyczny-2026-11-23.pdf');
		// ...and was, once it was: the font and jsPDF's script (so the watch above can see them).
		const fetched = await pdfMachinery();
		expect(fetched.some((url) => /noto-sans-pl-400\.ttf$/.test(url))).toBe(true);
		expect(fetched.some((url) => url.endsWith('.js'))).toBe(true);
		const text = flat(pdf.text);
		expect(pdf.pages).toBe(1);
		for (const expected of [
			'Załącznik nr 1',
			'do Procedury postępowania',
			'w sprawach dotyczących korzystania',
			'z usług ośrodków wsparcia',
			'Kędzierzyn–Koźle, 23 listopada 2026 roku',
			'Łucja Świątek-Żółć',
			'ul. Gałczyńskiego 7/12',
			'47-220 Kędzierzyn – Koźle',
			'OŚWIADCZENIE',
			'Oświadczam, że w związku z ubieganiem się o przyznanie usług ośrodka wsparcia',
			'wskazuję jako mojego opiekuna faktycznego Panią Żanetę Ćwik-Ołdak',
			'tel. kontaktowy +48 600-123-456',
			'Opiekun faktyczny ma prawo dostępu do informacji dotyczących mojej osoby:',
			'1) w pełnym zakresie*',
			'X 2) w zakresie ograniczonym do spraw dowozu*',
			'*zaznaczyć właściwe',
			'(podpis wnioskodawcy)'
		]) {
			expect(text).toContain(expected);
		}
		expect(text).not.toContain('Panią/Pana');
		expect(text).not.toContain('X 1)');

		await expect(page.getByRole('status')).toContainText('PDF gotowy');
		expect(await storedData(page)).toEqual(EMPTY_STORAGE);
		expect(page.url()).not.toContain('?');
	});

	test('mistakes are shown next to the fields and in a summary, and no PDF is made', async ({
		page
	}) => {
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		let downloads = 0;
		page.on('download', () => downloads++);
		await page.getByLabel('Telefon kontaktowy opiekuna').fill('12 34');
		await page.getByLabel('Kod pocztowy').fill('4722');
		await page.getByLabel('w zakresie ograniczonym do…').check();
		await page.getByRole('button', { name: 'Pobierz PDF' }).click();

		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('heading')).toHaveText('Popraw dane w formularzu');
		const messages = [
			'Wpisz swoje imię i nazwisko',
			'Wpisz ulicę i numer domu, na przykład Piastowska 12/3',
			'Wpisz kod pocztowy z pięciu cyfr, na przykład 47-220',
			'Zaznacz, czy opiekunem jest Pani, czy Pan',
			'Wpisz imię i nazwisko opiekuna faktycznego',
			'Wpisz numer telefonu z 9 cyfr, na przykład 600 123 456 albo +48 600 123 456',
			'Napisz, do jakich informacji ograniczasz dostęp opiekuna'
		];
		await expect(summary.getByRole('link')).toHaveText(messages);
		// Next to the field, tied to it for screen readers.
		await expect(page.getByLabel('Kod pocztowy')).toHaveAccessibleDescription(/na przykład 47-220/);
		await expect(page.getByLabel('Kod pocztowy')).toHaveAttribute('aria-invalid', 'true');
		// The text typed stays.
		await expect(page.getByLabel('Telefon kontaktowy opiekuna')).toHaveValue('12 34');

		// A summary link takes the person to the field.
		await summary.getByRole('link', { name: /Zaznacz, czy opiekunem/ }).click();
		await expect(page.getByLabel('Pani', { exact: true })).toBeFocused();
		expect(downloads).toBe(0);
	});

	test('errors show on leaving a field; a postal code from elsewhere only warns', async ({
		page
	}) => {
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		const phone = page.getByLabel('Telefon kontaktowy opiekuna');
		await phone.fill('600 123');
		await expect(page.getByText('Wpisz numer telefonu z 9 cyfr')).toBeHidden();
		await phone.press('Tab');
		await expect(page.getByText('Wpisz numer telefonu z 9 cyfr')).toBeVisible();
		await phone.fill('600 123 456');
		await expect(page.getByText('Wpisz numer telefonu z 9 cyfr')).toBeHidden();

		await page.getByLabel('Kod pocztowy').fill('45-018');
		await expect(
			page.getByText('Kody pocztowe w Kędzierzynie-Koźlu zaczynają się od 47-2')
		).toBeVisible();

		await fillApplicant(page);
		await page.getByLabel('Kod pocztowy').fill('45-018');
		await page.getByLabel('Pan', { exact: true }).check();
		await page.getByLabel('Imię i nazwisko opiekuna faktycznego').fill('Jan Kowalski');
		await page.getByLabel('w pełnym zakresie').check();
		// Enter in a field makes the PDF, like the button.
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByLabel('Imię i nazwisko opiekuna faktycznego').press('Enter')
		]);
		const text = flat((await pdfText(await file.path())).text);
		expect(text).toContain('45-018 Kędzierzyn – Koźle');
		expect(text).toContain('opiekuna faktycznego Pana Jan Kowalski tel. kontaktowy 600 123 456');
		expect(text).toContain('X 1) w pełnym zakresie*');
	});

	test('"Wyczyść formularz" asks first, then empties every field back to the defaults', async ({
		page
	}) => {
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		await fillApplicant(page);
		await page.getByLabel('Data oświadczenia').fill('20.11.2026');
		await page.getByLabel('Pan', { exact: true }).check();
		await page.getByRole('button', { name: 'Pobierz PDF' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		const name = page.getByLabel('Imię i nazwisko', { exact: true });

		// A press by mistake, then "Nie, zostaw": nothing is lost, and focus comes back.
		await page.getByRole('button', { name: 'Wyczyść formularz' }).click();
		await expect(page.getByText('Wyczyścić cały formularz?')).toBeFocused();
		await page.getByRole('button', { name: 'Nie, zostaw' }).click();
		await expect(page.getByRole('button', { name: 'Wyczyść formularz' })).toBeFocused();
		await expect(name).toHaveValue('Łucja Świątek-Żółć');

		// By keyboard: Enter on the button, Tab to "Tak, wyczyść", Enter.
		await page.getByRole('button', { name: 'Wyczyść formularz' }).press('Enter');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Tak, wyczyść' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(name).toHaveValue('');
		await expect(page.getByLabel('Kod pocztowy')).toHaveValue('');
		await expect(page.getByLabel('Data oświadczenia')).toHaveValue('23.11.2026');
		await expect(page.getByLabel('Pan', { exact: true })).not.toBeChecked();
		await expect(page.getByRole('alert')).toBeHidden();
	});

	test('the blank form has dotted lines and both options to mark', async ({ page }) => {
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Nie do druku');
		const pdf = await download(page, 'Pobierz pusty formularz (PDF)');
		expect(pdf.fileName).toBe('oswiadczenie-opiekun-faktyczny-pusty.pdf');
		const text = flat(pdf.text);
		expect(text).toContain('Kędzierzyn–Koźle, ……… 20… roku');
		expect(text).toContain('ul. …………');
		expect(text).toContain('47–2….. Kędzierzyn – Koźle');
		expect(text).toContain('opiekuna faktycznego Panią/Pana');
		expect(text).toContain('2) w zakresie ograniczonym do ……');
		expect(text).not.toContain('Nie do druku');
		expect(text).not.toMatch(/X \d\)/);
	});
});

test.describe('statement B: resignation', () => {
	test('a filled form with the staff part gives both parts filled', async ({ page }) => {
		const pdfMachinery = watchPdfMachinery(page);
		await page.goto('./oswiadczenia/rezygnacja/');
		await fillApplicant(page);
		await page.getByLabel('Rezygnuję z dniem').fill('2026-12-01');
		await page.getByLabel('Inny ośrodek').check();
		await page.getByLabel('Nazwa ośrodka').fill('Środowiskowy Dom Samopomocy „Źródło”');
		await page.getByLabel('Numer decyzji').fill('DPŚ.5121.15.2025');
		await page.getByLabel('Data decyzji').fill('2025-01-15');
		// The delivery address copies the applicant's until it is edited.
		const address = page.getByLabel('Adres, na który przesłać decyzję');
		await expect(address).toHaveValue('ul. Gałczyńskiego 7/12, 47-220 Kędzierzyn – Koźle');
		await page.getByLabel('Kod pocztowy').fill('47-225');
		await expect(address).toHaveValue('ul. Gałczyńskiego 7/12, 47-225 Kędzierzyn – Koźle');
		await address.fill('ul. Długa 1, 47-200 Kędzierzyn-Koźle');
		await page.getByLabel('Kod pocztowy').fill('47-220');
		await expect(address).toHaveValue('ul. Długa 1, 47-200 Kędzierzyn-Koźle');

		await page.getByLabel('Wypełnij część dla pracownika socjalnego').check();
		// The worker's note has its own date.
		await page.getByLabel('Data adnotacji pracownika socjalnego').fill('2026-11-25');
		await page.getByLabel('Znak sprawy (po „DPŚ.5121.”)').fill('42.2026');
		expect(await pdfMachinery()).toEqual([]);

		const pdf = await download(page, 'Pobierz PDF');
		expect(pdf.fileName).toBe('oswiadczenie-rezygnacja-2026-11-23.pdf');
		expect(pdf.pages).toBe(1);
		const text = flat(pdf.text);
		for (const expected of [
			'Załącznik nr 2',
			'Kędzierzyn–Koźle, 23 listopada 2026 roku',
			'Łucja Świątek-Żółć',
			'ul. Gałczyńskiego 7/12',
			'47-220 Kędzierzyn – Koźle',
			'OŚWIADCZENIE',
			'Oświadczam, że z dniem 1 grudnia 2026 roku rezygnuję z usług ośrodka wsparcia',
			'Środowiskowy Dom Samopomocy „Źródło”',
			'Proszę o uchylenie decyzji nr DPŚ.5121.15.2025 z dnia 15 stycznia 2025 roku w sprawie skierowania mnie do ośrodka wsparcia.',
			'Decyzję proszę przesłać na adres ul. Długa 1, 47-200 Kędzierzyn-Koźle',
			'(podpis)',
			'DPŚ.5121.42.2026',
			'Dział Świadczeń',
			'w miejscu',
			'w sprawie skierowania ww. do ośrodka wsparcia Środowiskowy Dom Samopomocy „Źródło”',
			'z dniem 1 grudnia 2026 roku.',
			'(podpis i pieczątka pracownika socjalnego)'
		]) {
			expect(text).toContain(expected);
		}
		// Part 2 repeats the decision and the date of part 1.
		expect(text.match(/decyzji nr DPŚ\.5121\.15\.2025 z dnia 15 stycznia 2025 roku/g)).toHaveLength(
			2
		);
		expect(text.match(/Kędzierzyn–Koźle, 23 listopada 2026 roku/g)).toHaveLength(1);
		expect(text).toContain('Kędzierzyn–Koźle, 25 listopada 2026 roku');
		expect(await storedData(page)).toEqual(EMPTY_STORAGE);
	});

	test('without the staff part, part 2 is printed blank', async ({ page }) => {
		await page.goto('./oswiadczenia/rezygnacja/');
		await fillApplicant(page);
		await page.getByLabel('Rezygnuję z dniem').fill('2026-12-01');
		await page.getByLabel('Klub Senior+').check();
		await page.getByLabel('Numer decyzji').fill('DPŚ.5121.7.2024');
		await page.getByLabel('Data decyzji').fill('2024-03-05');
		const text = flat((await download(page, 'Pobierz PDF')).text);
		expect(text).toContain('rezygnuję z usług ośrodka wsparcia Klub Senior+');
		expect(text).toContain('Kędzierzyn–Koźle, ……… 20.... roku');
		expect(text).toContain('DPŚ.5121. ……………');
		expect(text).toContain('z dniem ……………………… roku.');
		expect(text.match(/DPŚ\.5121\.7\.2024/g)).toHaveLength(1);
	});

	test('a decision dated after today and missing choices are refused', async ({ page }) => {
		await page.goto('./oswiadczenia/rezygnacja/');
		let downloads = 0;
		page.on('download', () => downloads++);
		await fillApplicant(page);
		await page.getByLabel('Data decyzji').fill('2026-11-24');
		await page.getByLabel('Inny ośrodek').check();
		await page.getByRole('button', { name: 'Drukuj' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('link')).toHaveText([
			'Wpisz datę, od której rezygnujesz, na przykład 1.12.2026',
			'Wpisz nazwę ośrodka',
			'Data decyzji nie może być późniejsza niż dzisiaj'
		]);
		await expect(page.getByLabel('Data decyzji')).toHaveAccessibleDescription(
			/nie może być późniejsza niż dzisiaj/
		);
		expect(downloads).toBe(0);
	});
});

test('a statement fetches its validation at the first use of the form, not with the page', async ({
	page
}) => {
	const zod = scriptsWith(page, MARKERS.zod);
	await page.goto('./oswiadczenia/rezygnacja/');
	await page.waitForLoadState('networkidle');
	expect(await zod()).toEqual([]);

	const name = page.getByLabel('Imię i nazwisko', { exact: true });
	await name.fill('x');
	await name.fill('');
	await name.blur();
	await expect(page.getByText('Wpisz swoje imię i nazwisko')).toBeVisible();
	expect(await zod()).toHaveLength(1);
});

test.describe('the preview is drawn when it may be looked at, not with the page', () => {
	const preview = (page: Page) =>
		page.getByRole('figure', { name: 'Podgląd wypełnionego oświadczenia' });
	const heading = 'OŚWIADCZENIE';
	const start = new Date('2026-11-23T10:00:00+01:00');

	test.use({ viewport: { width: 360, height: 740 } });
	// The page's clock stands still (until a test moves it), so the preview's last resort, a few
	// seconds after the start, cannot stand in for the moment each test is about.
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: start });
		await page.clock.pauseAt(new Date(start.getTime() + 1000));
	});

	test('when it is scrolled near the screen', async ({ page }) => {
		await page.goto('./oswiadczenia/rezygnacja/');
		await expect(preview(page)).toBeAttached();
		await expect(preview(page)).not.toContainText(heading);
		await page.getByRole('heading', { name: 'Podgląd dokumentu' }).scrollIntoViewIfNeeded();
		await expect(preview(page)).toContainText(heading);
	});

	test('at the first thing typed', async ({ page }) => {
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		await expect(preview(page)).not.toContainText(heading);
		await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Jan Kowalski');
		await expect(preview(page)).toContainText('Jan Kowalski');
		await expect(preview(page)).toContainText(heading);
	});

	test('before the page is printed, at once', async ({ page }) => {
		await page.goto('./oswiadczenia/rezygnacja/');
		await expect(preview(page)).not.toContainText(heading);
		// What the browser does when someone prints the page (Ctrl+P, or "Drukuj z podglądu",
		// which calls print() and lays the page out right after the event): the sheet is drawn
		// within the event itself.
		const printed = await page.evaluate(() => {
			dispatchEvent(new Event('beforeprint'));
			return document.querySelector('figure')?.textContent ?? '';
		});
		expect(printed).toContain(heading);
	});

	test('and otherwise ten seconds after the start', async ({ page }) => {
		await page.goto('./oswiadczenia/rezygnacja/');
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(preview(page)).not.toContainText(heading);
		await page.clock.runFor(11_000);
		await expect(preview(page)).toContainText(heading);
	});
});

test('a name typed on a slow line before the scripts have arrived is kept and shown in the preview', async ({
	page
}) => {
	// A phone: the preview is far below, so only what was typed makes it drawn at once.
	await page.setViewportSize({ width: 360, height: 740 });
	await page.clock.install();
	await page.clock.pauseAt(new Date(Date.now() + 1000));
	const release = await holdScripts(page);
	await page.goto('./oswiadczenia/rezygnacja/', { waitUntil: 'commit' });
	const name = page.getByLabel('Imię i nazwisko', { exact: true });
	await name.click();
	await page.keyboard.type('Łucja Świątek-Żółć');
	release();
	const preview = page.getByRole('figure', { name: 'Podgląd wypełnionego oświadczenia' });
	await expect(preview).toContainText('Łucja Świątek-Żółć', { timeout: 15_000 });
	await expect(name).toHaveValue('Łucja Świątek-Żółć');
});

test.describe('the statements page', () => {
	test('says when each statement is used, links to both and gives the blank forms', async ({
		page
	}) => {
		const pdfMachinery = watchPdfMachinery(page);
		const statementWords = scriptsWith(page, MARKERS.statementWords);
		await page.goto('./oswiadczenia/');
		await expect(page.getByText(/pkt 2\.2 Procedury/)).toBeVisible();
		await expect(page.getByText(/pkt 5\.1 lit\. a Procedury/)).toBeVisible();
		await page.waitForLoadState('networkidle');
		// The blank forms' statements come with the first press (or pointer, or focus), not the page.
		expect(await pdfMachinery()).toEqual([]);
		expect(await statementWords()).toEqual([]);

		const carer = await download(page, 'Pusty druk: wskazanie opiekuna faktycznego (PDF)');
		expect(carer.fileName).toBe('oswiadczenie-opiekun-faktyczny-pusty.pdf');
		expect(carer.text).toContain('Załącznik nr 1');
		expect(await statementWords()).toHaveLength(1);
		const resignation = await download(
			page,
			'Pusty druk: rezygnacja z usług ośrodka wsparcia (PDF)'
		);
		expect(resignation.fileName).toBe('oswiadczenie-rezygnacja-pusty.pdf');
		expect(flat(resignation.text)).toContain('(podpis i pieczątka pracownika socjalnego)');

		await page.getByRole('link', { name: 'Wypełnij oświadczenie o rezygnacji' }).click();
		await expect(page).toHaveURL(/\/oswiadczenia\/rezygnacja\/$/);
		await page.goBack();
		await page.getByRole('link', { name: 'Wypełnij oświadczenie o opiekunie faktycznym' }).click();
		await expect(page).toHaveURL(/\/oswiadczenia\/opiekun-faktyczny\/$/);
	});
});
