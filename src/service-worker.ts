/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
// Offline use: after one visit, the whole built site (pages, scripts, styles, the PDF library
// and its font) is served from the Cache API. Only the site's own static files are cached;
// nothing a person types ever reaches this worker. A new deployment has a new version, so its
// worker installs on the next load, takes over at once and deletes the old cache.
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `mops-kalkulator-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

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
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	// Pages are looked up without their query (?kiosk) and fragment; assets as they are.
	const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
	if (cached) return cached;
	if (request.mode === 'navigate' && !url.pathname.endsWith('/')) {
		const page = await cache.match(url.pathname + '/');
		if (page) return page;
	}
	try {
		return await fetch(request);
	} catch (error) {
		const notFound =
			request.mode === 'navigate'
				? await cache.match(`${sw.registration.scope}404.html`)
				: undefined;
		if (notFound) return notFound;
		throw error;
	}
}
