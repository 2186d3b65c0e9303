// The site as the centre will host it: Debian's nginx running deploy/nginx.conf itself
// (scripts/nginx.js moves only its port, folders and nginx's own files), serving build/ at /
// and the sub-path build at /kalkulator/. Every kind of file is asked for at both and every
// header is checked; then a person uses the calculator and makes and prints a statement under
// both policies at once (the page's meta CSP and the server's header).
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { APIResponse, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { fillApplicant, fillCarer } from './acting';
import { flat, pdfText } from './pdf-text';

const buildDir = process.env.BUILD_DIR ?? 'build';
/** The two sites nginx serves: the address prefix and the folder it serves. */
const SITES = [
	{ base: '/', dir: buildDir },
	{ base: '/kalkulator/', dir: `${buildDir}-sub` }
];

/** Sent with every response, whatever the file (add_header's inheritance trap would drop them). */
const SECURITY = {
	'content-security-policy': "frame-ancestors 'none'",
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
	'cross-origin-opener-policy': 'same-origin'
};
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Older nginx mime.types name JavaScript application/javascript, newer ones text/javascript. */
const JS = expect.stringMatching(/^(application|text)\/javascript; charset=utf-8$/);
const NO_CACHE = 'no-cache';

interface Kind {
	/** What the file is, for messages. */
	kind: string;
	/** Its path under the site's base. */
	path: string;
	status: number;
	type: unknown;
	cache: string;
	/** Whether it must arrive gzip-compressed. */
	gzip: boolean;
	/** The file on disk it must be, byte for byte (under the site's folder). */
	file?: string;
}

/** The largest file in `dir` (under the build) whose name matches: big enough to compress. */
function largest(root: string, dir: string, pattern: RegExp): string {
	const [name] = readdirSync(join(root, dir))
		.filter((n) => pattern.test(n))
		.sort((a, b) => statSync(join(root, dir, b)).size - statSync(join(root, dir, a)).size);
	if (!name) throw new Error(`no ${pattern} in ${join(root, dir)}`);
	return `${dir}/${name}`;
}

/** Every prerendered page of a build, as its address under the base ("" for the start page). */
function pages(root: string, dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : pages(root, path);
		return entry.name === 'index.html' ? [relative(root, dir) + (dir === root ? '' : '/')] : [];
	});
}

function kinds(root: string): Kind[] {
	const html = 'text/html; charset=utf-8';
	const list: Kind[] = [
		...pages(root).map((path) => ({
			kind: `page ${path || '(start)'}`,
			path,
			status: 200,
			type: html,
			cache: NO_CACHE,
			gzip: true,
			file: `${path}index.html`
		})),
		{
			kind: 'not-found page',
			path: 'nie-ma-takiej-strony/',
			status: 404,
			type: html,
			cache: NO_CACHE,
			gzip: true,
			file: '404.html'
		},
		{
			// Each language's folder has its own not-found page, in its language.
			kind: 'not-found page in Ukrainian',
			path: 'uk/nie-ma-takiej-strony/',
			status: 404,
			type: html,
			cache: NO_CACHE,
			gzip: true,
			file: 'uk/404.html'
		},
		{
			kind: 'not-found page in English',
			path: 'en/nie-ma/takiej/strony',
			status: 404,
			type: html,
			cache: NO_CACHE,
			gzip: true,
			file: 'en/404.html'
		},
		{
			// Never "immutable": a chunk that appears later under this name must not be masked.
			kind: 'missing immutable chunk',
			path: '_app/immutable/chunks/nie-ma-takiego.js',
			status: 404,
			type: html,
			cache: NO_CACHE,
			gzip: true,
			file: '404.html'
		},
		{
			kind: 'folder without its slash',
			path: 'zrodla',
			status: 301,
			type: 'text/html',
			cache: NO_CACHE,
			gzip: false
		},
		{
			kind: 'immutable JS chunk',
			path: largest(root, '_app/immutable/chunks', /\.js$/),
			status: 200,
			type: JS,
			cache: IMMUTABLE,
			gzip: true
		},
		{
			kind: 'immutable CSS',
			path: largest(root, '_app/immutable/assets', /\.css$/),
			status: 200,
			type: 'text/css; charset=utf-8',
			cache: IMMUTABLE,
			gzip: true
		},
		{
			kind: 'service worker',
			path: 'service-worker.js',
			status: 200,
			type: JS,
			cache: NO_CACHE,
			gzip: true
		},
		{
			kind: 'web app manifest',
			path: 'manifest.webmanifest',
			status: 200,
			type: 'application/manifest+json; charset=utf-8',
			cache: NO_CACHE,
			gzip: true
		},
		{
			// Too small to be worth compressing (gzip_min_length).
			kind: 'version file',
			path: '_app/version.json',
			status: 200,
			type: 'application/json; charset=utf-8',
			cache: NO_CACHE,
			gzip: false
		},
		{
			kind: 'PDF font',
			path: 'fonts/noto-sans-pl-400.ttf',
			status: 200,
			type: 'font/ttf',
			cache: NO_CACHE,
			gzip: true
		},
		{
			kind: 'font licence',
			path: 'fonts/OFL.txt',
			status: 200,
			type: 'text/plain; charset=utf-8',
			cache: NO_CACHE,
			gzip: true
		},
		{
			kind: 'icon (SVG)',
			path: 'favicon.svg',
			status: 200,
			type: 'image/svg+xml; charset=utf-8',
			cache: NO_CACHE,
			gzip: true
		},
		{
			kind: 'icon (PNG)',
			path: 'icon-192.png',
			status: 200,
			type: 'image/png',
			cache: NO_CACHE,
			gzip: false
		}
	];
	// A file served as it is must be the build's file, byte for byte.
	return list.map((kind) => ({
		...kind,
		file: kind.file ?? (kind.status === 200 ? kind.path : undefined)
	}));
}

/** The headers a check looks at, named as in the response, for a readable failure. */
function seen(response: APIResponse) {
	const h = response.headers();
	return {
		status: response.status(),
		type: h['content-type'] ?? null,
		cache: h['cache-control'],
		gzip: h['content-encoding'] === 'gzip',
		...Object.fromEntries(Object.keys(SECURITY).map((name) => [name, h[name]]))
	};
}

for (const { base, dir } of SITES) {
	test(`every kind of file at ${base} has its type, caching, compression and security headers`, async ({
		request
	}) => {
		const checked: string[] = [];
		for (const kind of kinds(dir)) {
			const response = await request.get(base + kind.path, {
				headers: { 'Accept-Encoding': 'gzip' },
				maxRedirects: 0
			});
			const { status, type, cache, gzip } = kind;
			expect(seen(response), `${kind.kind}: ${base}${kind.path}`).toEqual({
				status,
				type,
				cache,
				gzip,
				...SECURITY
			});
			if (gzip) expect(response.headers()['vary']).toBe('Accept-Encoding');
			if (kind.file) {
				const body = await response.body();
				expect(body.equals(await readFile(join(dir, kind.file))), `${kind.kind}: the body`).toBe(
					true
				);
			}
			if (status === 301) {
				// Relative, so it holds behind a proxy or TLS terminator.
				expect(response.headers()['location']).toBe(`${base}${kind.path}/`);
			}
			checked.push(kind.kind);
		}
		// The table above covers every kind the brief names (a guard against it shrinking).
		expect(checked).toEqual(
			expect.arrayContaining([
				'page (start)',
				'page zrodla/',
				'page oswiadczenia/opiekun-faktyczny/',
				'not-found page',
				'immutable JS chunk',
				'immutable CSS',
				'service worker',
				'web app manifest',
				'version file',
				'PDF font',
				'icon (SVG)',
				'icon (PNG)'
			])
		);
	});
}

test('the sub-path without its slash is sent to it', async ({ request }) => {
	const response = await request.get('/kalkulator', { maxRedirects: 0 });
	expect(response.status()).toBe(301);
	expect(response.headers()['location']).toBe('/kalkulator/');
	expect(response.headers()['x-frame-options']).toBe('DENY');
});

test('no other page can show the site in a frame', async ({ page, guard, baseURL }) => {
	guard.allowConsole(/frame-ancestors|X-Frame-Options/);
	await page.setContent(`<iframe src="${baseURL}oswiadczenia/opiekun-faktyczny/"></iframe>`);
	const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
	// Chromium replaces a refused frame by its error page.
	await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
});

/** Goes to `path` and checks that the page came with the server's headers. */
async function open(page: Page, path: string) {
	const response = await page.goto(path);
	expect(response?.status()).toBe(200);
	expect(response?.headers()).toMatchObject(SECURITY);
}

for (const { base } of SITES) {
	test.describe(`a person at ${base}`, () => {
		test.beforeEach(async ({ page }) => {
			await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+01:00'));
		});

		test('uses the calculator', async ({ page }) => {
			await open(page, base);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Kalkulator/);
			await page.getByLabel('Łączny miesięczny dochód netto gospodarstwa').fill('700');
			await expect(page.getByTestId('allowance-amount')).toHaveText('500,00 zł');
		});

		test('fills a statement, downloads its PDF and prints it', async ({ page }) => {
			await open(page, `${base}oswiadczenia/opiekun-faktyczny/`);
			await fillApplicant(page);
			await fillCarer(page, '+48 600-123-456');

			// The PDF font comes from nginx, compressed.
			const font = page.waitForResponse((r) => /noto-sans-pl-400\.ttf$/.test(r.url()));
			const [file] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Pobierz PDF', exact: true }).click()
			]);
			expect((await font).headers()['content-encoding']).toBe('gzip');
			expect(file.suggestedFilename()).toBe('oswiadczenie-opiekun-faktyczny-2026-11-23.pdf');
			const text = flat((await pdfText(await file.path())).text);
			for (const expected of [
				'Kędzierzyn–Koźle, 23 listopada 2026 roku',
				'Łucja Świątek-Żółć',
				'ul. Gałczyńskiego 7/12',
				'wskazuję jako mojego opiekuna faktycznego Panią Żanetę Ćwik-Ołdak',
				'tel. kontaktowy +48 600-123-456',
				'X 1) w pełnym zakresie*'
			]) {
				expect(text).toContain(expected);
			}

			// Printing shows the PDF in a frame of the page (a blob: URL): the server's
			// frame-ancestors must not refuse it, or the print falls back to a new tab or a file.
			const fallbacks: string[] = [];
			page.on('popup', () => fallbacks.push('popup'));
			page.on('download', () => fallbacks.push('download'));
			await page.getByRole('button', { name: 'Drukuj', exact: true }).click();
			const printFrame = page.locator('iframe[title="PDF do wydruku"]');
			await expect(printFrame).toHaveAttribute('src', /^blob:/);
			const frame = await (await printFrame.elementHandle())!.contentFrame();
			await expect.poll(() => frame?.url()).toMatch(/^blob:/);
			// The frame has loaded and the print dialog was asked for.
			await expect(page.getByRole('status')).toContainText('Wybierz drukarkę w oknie drukowania');
			expect(fallbacks).toEqual([]);
		});
	});
}
