// Screenshots for a person to look at (not assertions): SCREENSHOTS=/tmp/dir to run.
import { test } from './fixtures';

const dir = process.env.SCREENSHOTS;

test.skip(!dir, 'set SCREENSHOTS=/some/dir to take screenshots');

for (const width of [1280, 360]) {
	test(`screenshots at ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('./');
		await page.screenshot({ path: `${dir}/calc-${width}-empty.png`, fullPage: true });

		await page.goto(
			'./#household=family&members=none,centre,meals&income=2469.01&products=0&lunches=20'
		);
		await page.getByTestId('allowance-amount').waitFor();
		for (const d of await page.locator('.steps details').all())
			await d.evaluate((el) => el.setAttribute('open', ''));
		await page.screenshot({ path: `${dir}/calc-${width}-family.png`, fullPage: true });

		// The result in the three shapes a social worker reads: the lower tier with a deduction,
		// the upper tier with a centre user, and over 200 %. Each with its summary PDF.
		for (const [name, hash] of [
			['lower-deduction', 'household=single&members=none&income=700&food=123,45&products=0'],
			['upper', 'household=family&members=none,centre&income=2000&products=0&lunches=20'],
			['over200', 'household=single&members=none&income=2500&products=0']
		] as const) {
			await page.goto(`./#${hash}&date=2026-11-23`);
			await page.getByTestId('allowance-amount').waitFor();
			await page.locator('.result').screenshot({ path: `${dir}/result-${width}-${name}.png` });
			// What a person sees first: the amount card and the notice, at the window's size.
			await page.locator('#result-heading').evaluate((el) => el.scrollIntoView());
			await page.screenshot({ path: `${dir}/result-${width}-${name}-view.png` });
			if (width === 1280) {
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.getByRole('button', { name: 'Pobierz wyliczenie (PDF)' }).click()
				]);
				await download.saveAs(`${dir}/summary-${name}.pdf`);
			}
		}

		await page.goto('./#household=single&members=none&income=abc&food=-5&products=0');
		await page.getByText('Popraw dane w formularzu').waitFor();
		await page.screenshot({ path: `${dir}/calc-${width}-errors.png`, fullPage: true });

		await page.goto('./#household=single&members=centre&income=700&food=50&products=0');
		await page.getByTestId('allowance-amount').waitFor();
		await page.emulateMedia({ media: 'print' });
		await page.screenshot({ path: `${dir}/calc-${width}-print.png`, fullPage: true });
		await page.emulateMedia({ media: 'screen' });

		await page.goto('./zrodla/');
		await page.screenshot({ path: `${dir}/sources-${width}.png`, fullPage: true });

		// The statements: one half filled, with its errors shown after "Pobierz PDF".
		for (const [name, path] of [
			['carer', './oswiadczenia/opiekun-faktyczny/'],
			['resignation', './oswiadczenia/rezygnacja/']
		] as const) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			await page.getByLabel('Imię i nazwisko', { exact: true }).fill('Łucja Świątek-Żółć');
			await page.getByLabel('Kod pocztowy').fill('47-100');
			await page.getByRole('button', { name: 'Pobierz PDF', exact: true }).click();
			await page.getByText('Popraw dane w formularzu').waitFor();
			await page.screenshot({ path: `${dir}/${name}-${width}-errors.png`, fullPage: true });
		}
	});
}
