// Finds a Chromium for the browser tests and Lighthouse. Nothing can download a browser on the
// project's machines, so the order is: an explicit path, Debian's /usr/bin/chromium, then a
// browser that Playwright itself installed on a developer's machine elsewhere.
import { existsSync } from 'node:fs';

const candidates = [
	process.env.CHROMIUM_PATH,
	process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome'
];

/** The path of a Chromium executable, or undefined to use Playwright's own download. */
export async function findChromium() {
	for (const path of candidates) {
		if (path && existsSync(path)) return { path, own: false };
	}
	try {
		const { chromium } = await import('@playwright/test');
		const path = chromium.executablePath();
		if (path && existsSync(path)) return { path: undefined, own: true };
	} catch {
		// Playwright has no browser of its own here: fall through.
	}
	return undefined;
}

export const NO_BROWSER =
	'No Chromium found for the browser tests: install it with "sudo apt-get install chromium" ' +
	'(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** Flags for a headless Chromium on a closed network, run as root in CI. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-quic',
	'--no-first-run',
	'--lang=pl'
];
