// Handing the case over (issue 14): "Wyślij" where the browser can share, "Kopiuj link"
// everywhere, and a QR code on the printout and in the PDF summary that a worker at the desk
// scans to have the same calculation on screen. The QR codes are read as a scanner would: the
// PDF rendered to an image (pdftoppm) at 300 and at 150 dpi, decoded with jsQR, the link opened.
// At the kiosk: no link and no QR anywhere, the printout included.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { MARKERS, scriptsWith } from './scripts-seen';
import { pdfText } from './pdf-text';

const LINK =
	'./#household=family&members=none,centre,none&income=2000&food=30&products=0&date=2026-11-23';
// 400 + 225 + 400 = 1025; − 30 = 995 → up to full tens: 1000.
const AMOUNT = '1000,00 zł';
const amount = (page: Page) => page.getByTestId('allowance-amount');

/** The first page of a PDF as pixels at `dpi`, as a print at that resolution would be. */
function qrOnPage(pdfPath: string, dpi: number): string | null {
	const prefix = pdfPath.replace(/\.pdf$/, `-${dpi}`);
	execFileSync('pdftoppm', [
		'-r',
		String(dpi),
		'-png',
		'-f',
		'1',
		'-l',
		'1',
		'-singlefile',
		pdfPath,
		prefix
	]);
	const png = PNG.sync.read(readFileSync(`${prefix}.png`));
	const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	return code?.data ?? null;
}

/** Opens a scanned link in a fresh page, as the worker's browser would. */
async function openScanned(page: Page, link: string) {
	const other = await page.context().newPage();
	await other.goto(link);
	await expect(amount(other)).toHaveText(AMOUNT);
	await other.close();
}

test('the PDF summary carries a QR code that opens the same calculation (300 and 150 dpi)', async ({
	page
}) => {
	await page.goto(LINK);
	await expect(amount(page)).toHaveText(AMOUNT);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Pobierz wyliczenie (PDF)' }).click()
	]);
	const path = test.info().outputPath('summary.pdf');
	await download.saveAs(path);
	for (const dpi of [300, 150]) {
		const link = qrOnPage(path, dpi);
		expect(link, `QR read at ${dpi} dpi`).toBe(page.url());
		expect(link).toContain('#household=family&members=none,centre,none&income=2000');
		await openScanned(page, link!);
	}
});

test('the printout carries the QR code: "Drukuj" waits for it, and it opens the same calculation', async ({
	page
}) => {
	// The browser's print is replaced by a note of whether the code was on the page by then.
	await page.addInitScript(() => {
		const w = window as unknown as { printedWithQr: boolean[] };
		w.printedWithQr = [];
		window.print = () => w.printedWithQr.push(!!document.querySelector('[data-testid=print-qr]'));
	});
	const encoder = scriptsWith(page, MARKERS.qr);
	await page.goto(LINK);
	await expect(amount(page)).toHaveText(AMOUNT);
	await page.waitForLoadState('networkidle');
	expect(await encoder(), 'the QR encoder is not part of a first visit').toEqual([]);

	await page.getByRole('button', { name: 'Drukuj' }).focus();
	await page.keyboard.press('Enter');
	await expect
		.poll(() =>
			page.evaluate(() => (window as unknown as { printedWithQr: boolean[] }).printedWithQr)
		)
		.toEqual([true]);
	expect(await encoder()).toHaveLength(1);

	await page.emulateMedia({ media: 'print' });
	await expect(
		page.getByRole('img', { name: 'Kod QR z linkiem do tego wyliczenia' })
	).toBeVisible();
	await expect(page.getByText('aby otworzyć kalkulator z tymi danymi')).toBeVisible();
	const path = test.info().outputPath('print.pdf');
	writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
	for (const dpi of [300, 150]) {
		const link = qrOnPage(path, dpi);
		expect(link, `QR read at ${dpi} dpi`).toBe(page.url());
		await openScanned(page, link!);
	}
	// For a person to look at: the print view at 1280 and at 360 px.
	await page.screenshot({ path: test.info().outputPath('print-1280.png'), fullPage: true });
	await page.setViewportSize({ width: 360, height: 800 });
	await page.screenshot({ path: test.info().outputPath('print-360.png'), fullPage: true });
	// Still one page.
	expect(execFileSync('pdfinfo', [path]).toString()).toMatch(/Pages:\s+1\n/);
});

test('Ctrl+P before "Drukuj" was touched: the link is printed as text, then the QR code', async ({
	page
}) => {
	const encoder = scriptsWith(page, MARKERS.qr);
	await page.goto(LINK);
	await expect(amount(page)).toHaveText(AMOUNT);
	await page.waitForLoadState('networkidle');
	expect(await encoder(), 'the QR encoder is not part of a first visit').toEqual([]);
	// The browser's print view, with no pointer or focus on "Drukuj" ever: what Ctrl+P prints
	// at once. The encoder is not there, so the link is, as text.
	await page.emulateMedia({ media: 'print' });
	const printed = page.getByTestId('print-link');
	await expect(printed).toBeVisible();
	await expect(printed).toContainText('To wyliczenie otworzysz w przeglądarce pod adresem:');
	await expect(printed).toContainText(page.url());
	const first = test.info().outputPath('ctrl-p-first.pdf');
	writeFileSync(first, await page.pdf({ format: 'A4', printBackground: true }));
	// Read as a PDF reader does (pdftotext would join "2026-" at a line's end as a hyphenation).
	const { text, pages } = await pdfText(first);
	expect(text.replace(/\s+/g, '')).toContain(page.url());
	expect(pages).toBe(1);
	await page.screenshot({ path: test.info().outputPath('ctrl-p-first.png'), fullPage: true });

	// Ctrl+P fires `beforeprint` (headless Chromium has no print dialog to open: the event is
	// sent as the browser sends it). It loads the encoder; the next print has the QR code.
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(page.getByTestId('print-qr')).toBeVisible();
	await expect(printed).toHaveCount(0);
	expect(await encoder()).toHaveLength(1);
	const second = test.info().outputPath('ctrl-p-second.pdf');
	writeFileSync(second, await page.pdf({ format: 'A4', printBackground: true }));
	expect(qrOnPage(second, 300)).toBe(page.url());
});

test('on screen the QR code is not shown (it belongs to the printout)', async ({ page }) => {
	await page.goto(LINK);
	await page.getByRole('button', { name: 'Drukuj' }).hover();
	await expect(page.getByTestId('print-qr')).toBeAttached();
	await expect(page.getByTestId('print-qr')).toBeHidden();
});

test('"Wyślij" hands the link to the phone\'s share sheet; "Kopiuj link" stays', async ({
	page
}) => {
	await page.addInitScript(() => {
		const w = window as unknown as { shared: ShareData[] };
		w.shared = [];
		Object.defineProperty(navigator, 'share', {
			value: async (data: ShareData) => void w.shared.push(data),
			configurable: true
		});
	});
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto(LINK);
	await expect(amount(page)).toHaveText(AMOUNT);
	await page.getByRole('button', { name: 'Wyślij link' }).click();
	const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
	expect(shared).toHaveLength(1);
	expect(shared[0]!.url).toBe(page.url());
	expect(shared[0]!.title).toBe('Wyliczenie zasiłku na zakup żywności – MOPS Kędzierzyn-Koźle');
	await expect(page.getByRole('button', { name: 'Kopiuj link' })).toBeVisible();
	// For a person to look at: the buttons at 360 px.
	await page
		.getByRole('button', { name: 'Wyślij link' })
		.locator('..')
		.screenshot({ path: test.info().outputPath('share-360.png') });
});

test('closing the share sheet says nothing; a failed share points to "Kopiuj link"', async ({
	page
}) => {
	await page.addInitScript(() => {
		let calls = 0;
		Object.defineProperty(navigator, 'share', {
			value: async () => {
				calls++;
				if (calls === 1) throw new DOMException('closed', 'AbortError');
				throw new DOMException('no', 'NotAllowedError');
			},
			configurable: true
		});
	});
	await page.goto(LINK);
	const send = page.getByRole('button', { name: 'Wyślij link' });
	await send.click();
	await expect(page.getByText('Nie udało się wysłać linku.')).toBeHidden();
	await send.click();
	await expect(page.getByText('Nie udało się wysłać linku. Użyj „Kopiuj link”.')).toBeVisible();
});

test('without the Web Share API there is no "Wyślij", only "Kopiuj link"', async ({ page }) => {
	await page.addInitScript(() => {
		delete (Navigator.prototype as Partial<Navigator>).share;
	});
	await page.goto(LINK);
	await expect(amount(page)).toHaveText(AMOUNT);
	await expect(page.getByRole('button', { name: 'Kopiuj link' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Wyślij link' })).toHaveCount(0);
});

test('at the kiosk: no link to take away, neither on screen nor on the printout', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'share', { value: async () => {}, configurable: true });
		window.print = () => {};
	});
	await page.goto('./?kiosk');
	await page.getByLabel('Łączny miesięczny dochód netto gospodarstwa').fill('700');
	await expect(amount(page)).toHaveText('500,00 zł');
	for (const name of ['Wyślij link', 'Kopiuj link', 'Pobierz wyliczenie (PDF)'])
		await expect(page.getByRole('button', { name })).toHaveCount(0);
	await page.getByRole('button', { name: 'Drukuj' }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText('Dane do wyliczenia')).toBeVisible();
	await expect(page.getByTestId('print-qr')).toHaveCount(0);
	const path = test.info().outputPath('kiosk-print.pdf');
	writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
	expect(qrOnPage(path, 300)).toBeNull();
});
