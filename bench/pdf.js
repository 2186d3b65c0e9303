// npm run bench (PDF part): the median time from a click to the finished PDF, on a cold page
// (a new browser context each run, so jsPDF and the font load every time). Serves build/.
// Target to report against: under 300 ms a PDF.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER } from '../scripts/chromium.js';
import { serve } from '../scripts/serve.js';

const RUNS = 7;
const CASES = [
	{
		name: 'calculation summary',
		path: '#household=family&members=none,none,centre&income=2469.01&food=0&products=0&lunches=20&date=2026-11-23',
		button: /Pobierz wyliczenie/
	},
	{
		name: 'carer statement, blank',
		path: 'oswiadczenia/opiekun-faktyczny/',
		button: /pusty formularz/i
	},
	{
		name: 'resignation statement, blank',
		path: 'oswiadczenia/rezygnacja/',
		button: /pusty formularz/i
	}
];

const found = await findChromium();
if (!found) {
	console.error(NO_BROWSER);
	process.exit(1);
}
const { server, url } = await serve(process.env.BUILD_DIR ?? 'build', 4190, '/');
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
try {
	for (const c of CASES) {
		const times = [];
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext({ acceptDownloads: true, serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(url + c.path, { waitUntil: 'networkidle' });
			const button = page.getByRole('button', { name: c.button });
			await button.waitFor();
			const start = Date.now();
			const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
			times.push(Date.now() - start);
			await download.delete();
			await context.close();
		}
		times.sort((a, b) => a - b);
		console.log(
			`PDF ${c.name}: median ${times[Math.floor(RUNS / 2)]} ms from a cold page (${RUNS} runs; target < 300 ms)`
		);
	}
} finally {
	await browser.close();
	server.close();
}
