/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Offline use and updates. After one visit, the built site (pages, scripts, styles, icons, the
// not-found page) is kept in the Cache API. What only PDFs need (the renderer with jsPDF, and
// the font: _app/pdf-files.json and static/fonts) is cached when it is first used, and at the
// kiosk, which prints all day, at once. Only the site's own static files are cached; nothing a
// person types ever reaches this worker.
//
// Updates: pages and version.json come from the network first (the cache only when it does not
// answer), so a new deployment shows at the next load. A new deployment has a new version: its
// worker installs, takes over at once, and keeps the previous version's cache beside its own,
// so a tab opened before the update still finds the code it loads later (the rules engine,
// jsPDF). Older caches are deleted.
//
// Languages: Ukrainian and English are builds of their own under /uk/ and /en/, each with its
// own worker (its scope is its folder) and its own caches, named by language; a worker keeps
// and deletes only its own language's caches, and the Polish worker leaves those folders alone.
import { base, build, files, prerendered, version } from '$service-worker';
import { code } from '$messages/locale';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = code === 'pl' ? 'mops-kalkulator-' : `mops-kalkulator-${code}-`;
/** The other languages' folders, when this is the Polish worker at the site's root. */
const OTHER_LANGUAGES = code === 'pl' ? [`${base}/uk/`, `${base}/en/`] : [];

/** A cache of this worker's language (Polish caches carry no language in their name). */
function ours(key: string): boolean {
	return key.startsWith(PREFIX) && !(code === 'pl' && /^mops-kalkulator-(uk|en)-/.test(key));
}
const CACHE = `${PREFIX}${version}`;
const NOT_FOUND = `${base}/404.html`;
const ASSETS = [...build, ...files, ...prerendered, NOT_FOUND];
const KNOWN = new Set(ASSETS);
/** Written by the build (scripts/pdf-files.js): the chunks that make PDFs. */
const PDF_LIST = `${base}/_app/pdf-files.json`;
const FONTS = files.filter((file) => file.startsWith(`${base}/fonts/`));
/** How long a page waits for the network before the cached copy is shown. */
const NETWORK_WAIT_MS = 4000;

/** What only PDFs need; none known if the list cannot be read (then everything is precached). */
async function pdfFiles(): Promise<string[]> {
	try {
		const list: string[] = await (await fetch(PDF_LIST, { cache: 'no-cache' })).json();
		return [...list.map((file) => `${base}/${file}`), ...FONTS];
	} catch {
		return [];
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const later = new Set(await pdfFiles());
			const cache = await caches.open(CACHE);
			await cache.addAll(ASSETS.filter((asset) => !later.has(asset)));
			await sw.skipWaiting();
		})()
	);
});

// The kiosk asks for the PDF files at once (src/routes/+layout.svelte).
sw.addEventListener('message', (event) => {
	if (event.data !== 'precache-pdf') return;
	event.waitUntil((async () => (await caches.open(CACHE)).addAll(await pdfFiles()))());
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => {
				// Caches are listed in the order they were made: keep this one and the one before.
				const mine = keys.filter((key) => ours(key) && key !== CACHE);
				const previous = mine.at(-1);
				const stale = mine.filter((key) => key !== previous);
				return Promise.all(stale.map((key) => caches.delete(key)));
			})
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (OTHER_LANGUAGES.some((folder) => url.pathname.startsWith(folder))) return;
	const fresh = request.mode === 'navigate' || url.pathname === `${base}/_app/version.json`;
	event.respondWith(fresh ? networkFirst(request, url) : cacheFirst(request));
});

/**
 * Code, styles, fonts, icons: from this version's cache, else the previous one's, else the
 * network; a file of this version fetched now (the PDF code on its first use) is kept.
 */
async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = (await cache.match(request)) ?? (await caches.match(request));
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok && KNOWN.has(new URL(request.url).pathname)) {
		await cache.put(request, response.clone());
	}
	return response;
}

/** Pages and version.json: the network's answer, or the cached copy when it has none in time. */
async function networkFirst(request: Request, url: URL): Promise<Response> {
	const network = fetch(request);
	try {
		return await Promise.race([
			network,
			new Promise<never>((_, reject) =>
				setTimeout(() => reject(new Error('slow network')), NETWORK_WAIT_MS)
			)
		]);
	} catch (error) {
		const cached = await cachedPage(request, url);
		if (cached) return cached;
		if (request.mode !== 'navigate') throw error;
		// Slow but not gone: wait for the network after all; offline: the not-found page.
		return network.catch(async (offline: unknown) => {
			const notFound = await (await caches.open(CACHE)).match(NOT_FOUND);
			if (notFound) return notFound;
			throw offline;
		});
	}
}

/** A page from this version's cache, looked up without its query (?kiosk) and fragment. */
async function cachedPage(request: Request, url: URL): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
	if (cached || request.mode !== 'navigate' || url.pathname.endsWith('/')) return cached;
	return cache.match(url.pathname + '/');
}
