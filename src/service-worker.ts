/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Offline use and updates. After one visit, the whole built site (pages, scripts, styles, the
// PDF library and its font, the not-found page) is kept in the Cache API. Only the site's own
// static files are cached; nothing a person types ever reaches this worker.
//
// Updates: pages and version.json come from the network first (the cache only when it does not
// answer), so a new deployment shows at the next load. A new deployment has a new version: its
// worker installs, takes over at once, and keeps the previous version's cache beside its own,
// so a tab opened before the update still finds the code it loads later (the rules engine,
// jsPDF). Older caches are deleted.
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PREFIX = 'mops-kalkulator-';
const CACHE = `${PREFIX}${version}`;
const NOT_FOUND = `${base}/404.html`;
const ASSETS = [...build, ...files, ...prerendered, NOT_FOUND];
/** How long a page waits for the network before the cached copy is shown. */
const NETWORK_WAIT_MS = 4000;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => {
				// Caches are listed in the order they were made: keep this one and the one before.
				const ours = keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE);
				const previous = ours.at(-1);
				const stale = keys.filter((key) => key !== CACHE && key !== previous);
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
	const fresh = request.mode === 'navigate' || url.pathname === `${base}/_app/version.json`;
	event.respondWith(fresh ? networkFirst(request, url) : cacheFirst(request));
});

/** Code, styles, fonts, icons: from this version's cache, else the previous one's, else the network. */
async function cacheFirst(request: Request): Promise<Response> {
	const cached = (await (await caches.open(CACHE)).match(request)) ?? (await caches.match(request));
	return cached ?? fetch(request);
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
