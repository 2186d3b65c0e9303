import type { Page } from '@playwright/test';
import { expect, storedData, test } from './fixtures';
import { dialogsAsked, fillApplicant, fillCarer } from './acting';

/** What the kiosk says once a print has been handed to the printer. */
const STATUS_PRINTED =
	'Drukowanie zlecone – odbierz wydruk z drukarki. Jeśli nic się nie wydrukuje, poproś o pomoc pracownika Ośrodka.';

// Timers run on Playwright's clock, so the 2-minute and 20-second waits take no real time.
test.describe('kiosk mode', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.install();
	});

	test('after a quiet spell a warning counts down and "Kontynuuj" keeps the session', async ({
		page
	}) => {
		await page.goto('./zrodla/?kiosk');
		await expect(page.getByRole('button', { name: 'Zacznij od nowa' })).toBeVisible();
		// The clock also runs at real speed, so the steps leave a margin around the 2 minutes.
		await page.clock.runFor('01:45');
		await expect(page.getByRole('dialog')).toBeHidden();
		await page.clock.runFor('00:16');
		// On a page with neither a calculation nor a form, the warning names the terminal.
		const dialog = page.getByRole('dialog', { name: 'Czy nadal korzystasz z terminala?' });
		await expect(dialog).toBeVisible();
		const secondsLeft = async () => Number(/Za (\d+) s/.exec(await dialog.innerText())?.[1]);
		const before = await secondsLeft();
		expect(before).toBeGreaterThan(20);
		expect(before).toBeLessThanOrEqual(30);
		await page.clock.runFor('00:10');
		expect(before - (await secondsLeft())).toBeGreaterThanOrEqual(10);
		await dialog.getByRole('button', { name: 'Tak, kontynuuję' }).click();
		await expect(dialog).toBeHidden();
		await expect(page).toHaveURL(/\/zrodla\/\?kiosk$/);
	});

	test('silence after the warning brings back a clean start screen', async ({ page }) => {
		await page.goto('./zrodla/?kiosk&idle=5&warn=20');
		// The idle timer starts once the kiosk frame is on screen.
		await expect(page.getByRole('button', { name: 'Zacznij od nowa' })).toBeVisible();
		await page.clock.runFor('00:06');
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.clock.runFor('00:21');
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?kiosk&idle=5&warn=20$/);
		await expect(page.getByRole('dialog')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Zacznij od nowa' })).toBeVisible();
		expect(await storedData(page)).toMatchObject({ localStorage: 0, cookies: '', indexedDB: 0 });
		// The tab keeps one flag, so that kiosk mode survives Back and reloads: the kiosk's own
		// address query, nothing of the person.
		expect(await page.evaluate(() => sessionStorage.getItem('kiosk'))).toBe(
			'?kiosk&idle=5&warn=20'
		);
	});

	test('"Zacznij od nowa" goes to the start screen at once, keeping kiosk mode', async ({
		page
	}) => {
		await page.goto('./oswiadczenia/?kiosk&idle=30');
		await page.getByRole('button', { name: 'Zacznij od nowa' }).click();
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?kiosk&idle=30$/);
		await expect(page.getByRole('button', { name: 'Zacznij od nowa' })).toBeVisible();
	});

	test('a half-filled statement asks nothing at the kiosk: neither the menu nor the reset', async ({
		page
	}) => {
		// Outside the kiosk leaving such a form asks first; here a question would keep one
		// person's data on the screen for the next.
		const asked = dialogsAsked(page);
		await page.goto('./oswiadczenia/rezygnacja/?kiosk&idle=5&warn=20');
		await expect(page.getByRole('button', { name: 'Zacznij od nowa' })).toBeVisible();
		const name = page.getByLabel('Imię i nazwisko', { exact: true });
		await name.fill('Łucja Świątek');
		await page.clock.runFor('00:06');
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.clock.runFor('00:21');
		await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/\?kiosk&idle=5&warn=20$/);
		await expect(page.locator('body')).not.toContainText('Łucja');
		expect(asked).toEqual([]);
		// The next person half-fills a statement and goes to the calculator by the menu.
		const menu = page.getByRole('navigation', { name: 'Menu główne' });
		await menu.getByRole('link', { name: 'Oświadczenia' }).click();
		await page
			.getByRole('link', { name: /rezygnacj/i })
			.first()
			.click();
		await name.fill('Jan Nowak');
		await menu.getByRole('link', { name: 'Kalkulator' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Kalkulator zasiłku na posiłek'
		);
		expect(asked).toEqual([]);
	});

	test('outside kiosk mode there is no inactivity reset', async ({ page }) => {
		await page.goto('./zrodla/');
		await page.waitForLoadState('networkidle');
		await expect(page.getByRole('button', { name: 'Zacznij od nowa' })).toBeHidden();
		await page.clock.runFor('10:00');
		await expect(page.getByRole('dialog')).toBeHidden();
	});
});

test('at the kiosk a statement prints without a download and is emptied afterwards', async ({
	page
}) => {
	let downloads = 0;
	page.on('download', () => downloads++);
	await page.goto('./oswiadczenia/opiekun-faktyczny/?kiosk');
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('button', { name: 'Pobierz PDF' })).toBeHidden();
	await fillApplicant(page);
	await fillCarer(page);
	await page.getByRole('button', { name: 'Drukuj', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Formularz został wyczyszczony');
	await expect(page.getByLabel('Imię i nazwisko', { exact: true })).toHaveValue('');
	await expect(page.getByLabel('Imię i nazwisko opiekuna faktycznego')).toHaveValue('');
	await expect(page.getByText('Łucja Świątek-Żółć')).toHaveCount(0);
	expect(downloads).toBe(0);
});

test('the warning names what it will clear: the calculation, or the statement form', async ({
	page
}) => {
	await page.clock.install();
	await page.goto('./?kiosk&idle=5&warn=20');
	await page.getByLabel('Łączny miesięczny dochód netto gospodarstwa').fill('700');
	await page.clock.runFor('00:06');
	await expect(
		page.getByRole('dialog', { name: 'Czy nadal korzystasz z kalkulatora?' })
	).toContainText('wynik i wszystko, co wpisano, znikną z ekranu');
	await page.getByRole('button', { name: 'Tak, kontynuuję' }).click();
	await page
		.getByRole('navigation', { name: 'Menu główne' })
		.getByRole('link', { name: 'Oświadczenia' })
		.click();
	await page.getByRole('link', { name: 'Wypełnij oświadczenie o rezygnacji' }).click();
	await page.clock.runFor('00:06');
	const dialog = page.getByRole('dialog', { name: 'Czy nadal wypełniasz oświadczenie?' });
	await expect(dialog).toContainText('wszystko, co wpisano w formularzu, zniknie');
	await expect(dialog).not.toContainText('kalkulator');
});

test('at the kiosk the blank forms print, nothing downloads, and the texts say "wydrukuj"', async ({
	page
}) => {
	let downloads = 0;
	page.on('download', () => downloads++);
	await page.clock.install();
	await page.addInitScript(() => {
		const revoke = URL.revokeObjectURL.bind(URL);
		const revoked: string[] = [];
		Object.assign(window, { revoked });
		URL.revokeObjectURL = (url: string) => {
			revoked.push(url);
			revoke(url);
		};
	});
	await page.goto('./oswiadczenia/?kiosk');
	await expect(page.getByText(/pobierz|pobrać|pobrane/i)).toHaveCount(0);
	await expect(page.getByText('wydrukujesz je do podpisu')).toBeVisible();
	await page
		.getByRole('button', { name: 'Wydrukuj pusty formularz: wskazanie opiekuna faktycznego' })
		.click();
	await expect(page.getByRole('status')).toHaveText(STATUS_PRINTED);
	// The PDF waits in a hidden frame while the browser prints it, then the frame and its blob URL go.
	const frame = page.locator('iframe[title="PDF do wydruku"]');
	await expect(frame).toHaveCount(1);
	const url = await frame.getAttribute('src');
	expect(url).toMatch(/^blob:/);
	await page.clock.runFor('00:11');
	await expect(frame).toHaveCount(0);
	const revoked = await page.evaluate(() => (window as unknown as { revoked: string[] }).revoked);
	expect(revoked, 'the blob URL is revoked').toContain(url);
	await page
		.getByRole('button', { name: 'Wydrukuj pusty formularz: rezygnacja z usług ośrodka wsparcia' })
		.click();
	await expect(page.getByRole('status')).toHaveText(STATUS_PRINTED);
	// The frame goes before the next page (headless Chromium can crash navigating away from a
	// frame it is printing; the kiosk's headed Chromium does not, see deploy/kiosk/README.md).
	await page.clock.runFor('00:11');
	await expect(frame).toHaveCount(0);

	await page.goto('./oswiadczenia/opiekun-faktyczny/?kiosk');
	await expect(page.getByText(/pobierz|pobrać|pobrane/i)).toHaveCount(0);
	await page.getByRole('button', { name: 'Wydrukuj pusty formularz' }).click();
	await expect(page.getByRole('status')).toHaveText(STATUS_PRINTED);
	expect(downloads).toBe(0);
});

test('at the kiosk no link leaves the site and staff options are not offered', async ({ page }) => {
	await page.goto('./zrodla/?kiosk');
	const offSite = await page.evaluate(() =>
		[...document.querySelectorAll('a[href]')]
			.map((a) => (a as HTMLAnchorElement).href)
			.filter((href) => new URL(href).origin !== location.origin)
	);
	expect(offSite).toEqual([]);
	await expect(page.getByText('(Dz.U. 2024 poz. 1044)').first()).toBeVisible();
	await expect(
		page.getByText(/Tekst rozporządzenia: Internetowy System Aktów Prawnych/).first()
	).toBeVisible();

	await page.goto('./?kiosk');
	await expect(page.getByRole('button', { name: /Opcje dla pracownika/ })).toHaveCount(0);
	await page.goto('./oswiadczenia/rezygnacja/?kiosk');
	await expect(page.getByLabel('Wypełnij część dla pracownika socjalnego')).toHaveCount(0);
});

test('outside the kiosk the same pages link to the acts and offer the staff options', async ({
	page
}) => {
	// (A new tab: a tab that has been a kiosk stays one.)
	await page.goto('./zrodla/');
	await expect(
		page.getByRole('link', { name: 'tekst rozporządzenia w ISAP' }).first()
	).toBeVisible();
	await page.goto('./');
	await expect(page.getByRole('button', { name: /Opcje dla pracownika/ })).toBeVisible();
});

test('at the kiosk the calculator keeps nothing in the address and offers no link to copy', async ({
	page
}) => {
	await page.goto('./?kiosk');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Łączny miesięczny dochód netto gospodarstwa').fill('700');
	await expect(page.getByTestId('allowance-amount')).toHaveText('500,00 zł');
	await expect(page).toHaveURL(/\/\?kiosk$/);
	await expect(page.getByRole('button', { name: 'Kopiuj link' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Drukuj' })).toBeVisible();
});

test('after "Zacznij od nowa" the Back button shows nothing of the previous person', async ({
	page
}) => {
	await page.goto('./?kiosk');
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Łączny miesięczny dochód netto gospodarstwa').fill('1234,56');
	await page
		.getByRole('navigation', { name: 'Menu główne' })
		.getByRole('link', { name: 'Oświadczenia' })
		.click();
	await page
		.getByRole('link', { name: /rezygnacj/i })
		.first()
		.click();
	await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Łucja Świątek-Żółć');
	await page.getByRole('button', { name: 'Zacznij od nowa' }).click();
	await expect(page).toHaveURL(/\/\?kiosk$/);
	for (let i = 0; i < 3; i++) {
		await page.goBack().catch(() => undefined);
		// The test's tab began at about:blank (the kiosk's does not): from there, Forward.
		if (page.url() === 'about:blank') await page.goForward();
		// A page that Back brings from before the reset starts over at once: wait for the page
		// that stays, then read every field in one go.
		await page.locator('html[data-ready]').waitFor({ state: 'attached' });
		await expect(page.getByRole('button', { name: 'Zacznij od nowa' })).toBeVisible();
		await expect(page.locator('body')).not.toContainText('Łucja');
		const values = await page
			.locator('input:not([type=radio]):not([type=checkbox]):not([type=date])')
			.evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
		expect(values.join('\n')).not.toMatch(/Łucja|1234/);
	}
});

test('at the kiosk, Back after leaving the page brings back no choice of the previous person', async ({
	page
}) => {
	await page.goto('./?kiosk');
	await page.getByLabel(/^Rodzina/).check();
	await expect(page.getByLabel(/^Rodzina/)).toBeChecked();
	await page.goto('./zrodla/?kiosk');
	await page.goBack();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.getByLabel(/^Mieszkam i gospodaruję sam/)).toBeChecked();
	await expect(page.getByLabel(/^Rodzina/)).not.toBeChecked();
});

/** Controls smaller than 48 x 48 px (a radio or checkbox counts with its label). */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				'a[href], button, input:not([type=hidden]), select, textarea, summary'
			)
		]
			.filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
			.filter((el) => getComputedStyle(el).visibility !== 'hidden')
			.map((el) => {
				// A radio or checkbox counts with its label, which takes the tap too.
				const label = el.id && document.querySelector(`label[for="${el.id}"]`);
				const box = el.getBoundingClientRect();
				const labelBox = label ? label.getBoundingClientRect() : box;
				const height = Math.max(box.height, labelBox.height);
				const width = Math.max(box.width, labelBox.width);
				return {
					what: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
					width,
					height
				};
			})
			.filter(({ width, height }) => width < 47.5 || height < 47.5)
			.map(({ what, width, height }) => `${what} (${Math.round(width)}x${Math.round(height)})`)
	);
}

for (const path of [
	'./?kiosk#household=family&members=none,centre&income=1000',
	'./oswiadczenia/?kiosk',
	'./oswiadczenia/opiekun-faktyczny/?kiosk',
	'./oswiadczenia/rezygnacja/?kiosk',
	'./zrodla/?kiosk'
]) {
	test(`every control at ${path} is a touch target of at least 48 x 48 px`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await smallTargets(page)).toEqual([]);
	});
}

test('outside kiosk mode the same measure finds small targets, so it can fail', async ({
	page
}) => {
	await page.goto('./zrodla/');
	expect((await smallTargets(page)).length).toBeGreaterThan(0);
});
