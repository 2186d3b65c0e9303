// npm run size: what the first visit of each page downloads, gzip-compressed, against a budget.
// Measured as a person's browser does it: each prerendered page of the built site (build/ or
// BUILD_DIR) is opened in Chromium with an empty cache and no service worker, and every file
// it fetches until the network is idle (chunks loaded right after hydration included) is
// counted at its gzip size. Nothing is clicked, so what loads on demand (the PDF library and
// its font) must not appear: that fails at once.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER } from './chromium.js';
import { serve } from './serve.js';

const KB = 1024;
/** The budget of issue 7: a first visit of any page. */
export const BUDGET = { total: 75 * KB, js: 55 * KB };
/**
 * Other first visits, reported but not held to BUDGET: a link that holds a calculation loads
 * the rules engine (decimal.js, zod) at once, because showing that result is the visit's point.
 * An empty calculator loads the engine only when someone starts to use the form.
 */
export const REPORTED = [
	{
		page: '/ (a link with a calculation)',
		path: '/#household=family&members=none,centre&income=2000&date=2026-11-23'
	}
];
const root = resolve(process.env.BUILD_DIR ?? 'build');

function pages(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : pages(path);
		return name === 'index.html' ? [path] : [];
	});
}

function kind(path) {
	if (path.endsWith('.js')) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (path.endsWith('.html')) return 'html';
	if (/\.(ttf|woff2?|otf)$/.test(path)) return 'font';
	return 'other';
}

/** The gzip size of each same-origin file the page fetched, by kind, and any PDF code seen. */
async function firstVisit(browser, url, origin) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const fetched = new Set();
	page.on('response', (response) => {
		const u = new URL(response.url());
		if (u.origin === origin && response.status() === 200) fetched.add(u.pathname);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(300);
	await context.close();
	const totals = { html: 0, css: 0, js: 0, font: 0, other: 0 };
	const pdf = [];
	for (const pathname of fetched) {
		let file = join(root, decodeURIComponent(pathname));
		if (pathname.endsWith('/')) file = join(file, 'index.html');
		if (!existsSync(file)) continue;
		const body = readFileSync(file);
		totals[kind(file)] += gzipSync(body, { level: 9 }).length;
		// jsPDF, full or as scripts/jspdf-core.js serves it: its PubSub's error text; the QR
		// encoder (qrcode-generator, loaded with printing and the PDF): its overflow error.
		if (
			kind(file) === 'font' ||
			(file.endsWith('.js') &&
				(body.includes('(jsPDF-module)') || body.includes('code length overflow')))
		) {
			pdf.push(relative(root, file));
		}
	}
	const total = Object.values(totals).reduce((a, b) => a + b, 0);
	return { ...totals, total, pdf };
}

export async function measure() {
	if (!existsSync(root)) throw new Error(`No built site in ${root}: run npm run build first.`);
	const found = await findChromium();
	if (!found) throw new Error(NO_BROWSER);
	const port = Number(process.env.SIZE_PORT ?? 4185);
	const { server, url } = await serve(root, port, '/');
	const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
	try {
		const origin = new URL(url).origin;
		const rows = [];
		for (const file of pages(root).sort()) {
			const path = '/' + relative(root, file).replace(/index\.html$/, '');
			rows.push({ page: path, ...(await firstVisit(browser, url + path.slice(1), origin)) });
		}
		const reported = [];
		for (const visit of REPORTED) {
			reported.push({
				page: visit.page,
				...(await firstVisit(browser, url + visit.path.slice(1), origin))
			});
		}
		return { rows, reported };
	} finally {
		await browser.close();
		server.close();
	}
}

const kb = (n) => (n / KB).toFixed(1);

const line = (r) =>
	`| ${r.page} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.font)} | ${kb(r.other)} | ${kb(r.total)} |`;

if (import.meta.url === `file://${process.argv[1]}`) {
	const { rows, reported } = await measure();
	const failures = [];
	console.log(`First visit, gzip, KB (budget: ${kb(BUDGET.total)} in all, ${kb(BUDGET.js)} JS)\n`);
	console.log('| page | HTML | CSS | JS | fonts | other | total |');
	console.log('|---|---:|---:|---:|---:|---:|---:|');
	for (const r of rows) {
		console.log(line(r));
		if (r.js > BUDGET.js)
			failures.push(`${r.page}: ${kb(r.js)} KB of JS (budget ${kb(BUDGET.js)})`);
		if (r.total > BUDGET.total)
			failures.push(`${r.page}: ${kb(r.total)} KB in all (budget ${kb(BUDGET.total)})`);
	}
	console.log('\nReported, not held to the budget (see REPORTED in scripts/size.js):\n');
	for (const r of reported) console.log(line(r));
	for (const r of [...rows, ...reported]) {
		if (r.pdf.length)
			failures.push(
				`${r.page}: the PDF library, its font or the QR encoder on a first visit (${r.pdf.join(', ')})`
			);
	}
	if (failures.length) {
		console.error(`\nOver the budget:\n  ${failures.join('\n  ')}`);
		process.exit(1);
	}
	console.log('\nEvery page within the budget; no PDF code, font or QR encoder on a first visit.');
}
