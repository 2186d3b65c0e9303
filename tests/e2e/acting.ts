// What the browser tests do as a person would, shared so that each spec says only what it checks.
import type { Locator, Page } from '@playwright/test';

/** Focus a field and type into it as a person would (after the page has hydrated). */
export async function type(page: Page, field: Locator, text: string) {
	// Text typed before the page has hydrated is kept, but its blur would go unseen.
	await page.waitForLoadState('networkidle');
	await field.focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.press('Backspace');
	if (text) await page.keyboard.type(text);
}

/** The applicant's part of either statement. */
export async function fillApplicant(page: Page) {
	await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Łucja Świątek-Żółć');
	await page.getByLabel('Ulica i numer domu lub mieszkania').fill('Gałczyńskiego 7/12');
	await page.getByLabel('Kod pocztowy').fill('47-220');
}

/** The carer statement's own part: a carer with full access (the applicant's part first). */
export async function fillCarer(page: Page, phone = '600 123 456') {
	await page.getByLabel('Pani', { exact: true }).check();
	await page.getByLabel('Imię i nazwisko opiekuna faktycznego').fill('Żanetę Ćwik-Ołdak');
	await page.getByLabel('Telefon kontaktowy opiekuna').fill(phone);
	await page.getByLabel('w pełnym zakresie').check();
}

/** The kinds of the browser's dialogs the page opens from now on ('confirm', 'beforeunload'), each answered "no". */
export function dialogsAsked(page: Page): string[] {
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(dialog.type());
		void dialog.dismiss();
	});
	return asked;
}

/** Milliseconds until the page has painted twice after `act` (two animation frames). */
export async function answerTime(page: Page, act: () => Promise<void>): Promise<number> {
	const start = await page.evaluate(() => performance.now());
	await act();
	return page.evaluate(
		(t0) =>
			new Promise<number>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)))
			),
		start
	);
}
