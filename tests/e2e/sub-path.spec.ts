import { expect, test } from './fixtures';

// Built with BASE_PATH=/kalkulator (npm run build:sub) and served under that sub-path only.
test('the site built for a sub-path works there, links and assets included', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kalkulator/);
	await page
		.getByRole('navigation', { name: 'Menu główne' })
		.getByRole('link', { name: 'Podstawa prawna' })
		.click();
	await expect(page).toHaveURL(/:\d+\/kalkulator\/zrodla\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Podstawa prawna/);
	await page.goto('./oswiadczenia/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Oświadczenia/);
});
