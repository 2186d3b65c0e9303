// Renders static/favicon.svg to the PNG icons: the tab's (32 px; a PNG, because an SVG icon is
// decoded on the page's main thread while it starts, issue 18) and the web app manifest's (192
// and 512 px).
// The PNGs are checked in; run this again (node scripts/build-icons.js) after changing the SVG.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER } from './chromium.js';

const found = await findChromium();
if (!found) throw new Error(NO_BROWSER);
const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
for (const size of [32, 192, 512]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(
		`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	await page.screenshot({ path: `static/icon-${size}.png`, omitBackground: true });
	await page.close();
}
await browser.close();
