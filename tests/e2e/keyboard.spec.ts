// Keyboard only: the calculator and a statement, with Tab, arrows, Space and Enter. Every
// element that takes focus on the way must show it, and focus must never get stuck.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillApplicant, fillCarer } from './acting';
import { holdScripts } from './scripts-seen';

/** Presses Tab until `target` has focus; checks each stop shows a visible focus indicator. */
async function tabTo(page: Page, target: string, limit = 40): Promise<string[]> {
	const seen: string[] = [];
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const stop = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			// A date input takes several Tab stops (day, month, year, its picker) inside one
			// element; Chromium draws the ring on the segment, so only its first stop is judged.
			const visible =
				(el as HTMLInputElement).type === 'date' ||
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
				style.boxShadow !== 'none';
			const label =
				el.getAttribute('aria-label') ??
				(el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
				el.textContent ??
				'';
			return { label: label.trim().replace(/\s+/g, ' '), visible, tag: el.tagName };
		});
		expect(stop, 'focus stays on the page').not.toBeNull();
		expect(stop!.visible, `focus is visible on ${stop!.tag} "${stop!.label}"`).toBe(true);
		seen.push(stop!.label);
		if (stop!.label.replace(/^\+\s*/, '').startsWith(target)) return seen;
	}
	throw new Error(`"${target}" not reached with Tab; focus went through: ${seen.join(' | ')}`);
}

test('a resident gets an amount with the keyboard alone', async ({ page }) => {
	await page.goto('./');
	const stops = await tabTo(page, 'Łączny miesięczny dochód netto gospodarstwa');
	expect(stops[0]).toBe('Przejdź do treści');
	await page.keyboard.type('700');
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('allowance-amount')).toHaveText('500,00 zł');
});

test('a family is chosen and a person added with the keyboard', async ({ page }) => {
	await page.goto('./');
	await tabTo(page, 'Mieszkam i gospodaruję sam');
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: /Rodzina/ })).toBeChecked();
	await tabTo(page, 'Dodaj osobę');
	await page.keyboard.press('Enter');
	await tabTo(page, 'Łączny miesięczny dochód netto całej rodziny');
	await page.keyboard.type('2469');
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('allowance-amount')).toHaveText('1200,00 zł');
});

test('a statement is filled with the keyboard and Enter asks for the PDF', async ({ page }) => {
	await page.goto('./oswiadczenia/opiekun-faktyczny/');
	await tabTo(page, 'Imię i nazwisko');
	await page.keyboard.type('Jan Kowalski');
	await page.keyboard.press('Enter');
	// Not everything is filled: the error summary takes focus and links to the first gap.
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(page.getByLabel('Ulica i numer domu lub mieszkania')).toBeFocused();
});

test.describe('after a PDF is made, focus stays on the button that made it', () => {
	/**
	 * Presses Enter on the focused button and waits for the file. While the PDF is being made
	 * the button says it is busy, and keeps the focus.
	 */
	async function enterForDownload(page: Page, name: string, working: string, release: () => void) {
		const button = page.getByRole('button', { name, exact: true });
		const file = page.waitForEvent('download');
		await page.keyboard.press('Enter');
		await expect(page.getByText(working)).toBeVisible();
		await expect(button).toBeFocused();
		await expect(button).toHaveAttribute('aria-disabled', 'true');
		release();
		expect((await file).suggestedFilename()).toMatch(/\.pdf$/);
		await expect(button).toBeFocused();
		await expect(button).not.toHaveAttribute('aria-disabled');
	}

	test('the calculator: "Pobierz wyliczenie (PDF)"', async ({ page }) => {
		await page.goto('./');
		await tabTo(page, 'Łączny miesięczny dochód netto gospodarstwa');
		await page.keyboard.type('700');
		await expect(page.getByTestId('allowance-amount')).toHaveText('500,00 zł');
		const release = await holdScripts(page);
		await tabTo(page, 'Pobierz wyliczenie (PDF)');
		await enterForDownload(page, 'Pobierz wyliczenie (PDF)', 'Przygotowuję PDF…', release);
		await expect(page.getByText('PDF został pobrany.')).toBeVisible();
	});

	test('a statement: "Pobierz PDF", and a blank form on the statements page', async ({ page }) => {
		await page.goto('./oswiadczenia/opiekun-faktyczny/');
		await fillApplicant(page);
		await fillCarer(page);
		await page.getByLabel('w pełnym zakresie').focus();
		const release = await holdScripts(page);
		await tabTo(page, 'Pobierz PDF');
		await enterForDownload(page, 'Pobierz PDF', 'Trwa przygotowywanie pliku PDF…', release);
		await expect(page.getByText('PDF gotowy – sprawdź pobrane pliki.')).toBeVisible();

		await page.unroute('**/*.js');
		await page.goto('./oswiadczenia/');
		const releaseBlank = await holdScripts(page);
		await tabTo(page, 'Pusty druk: wskazanie opiekuna faktycznego (PDF)');
		await enterForDownload(
			page,
			'Pusty druk: wskazanie opiekuna faktycznego (PDF)',
			'Trwa przygotowywanie pliku PDF…',
			releaseBlank
		);
		await expect(page.getByText('PDF gotowy – sprawdź pobrane pliki.')).toBeVisible();
	});
});
