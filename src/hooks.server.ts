// Runs only while the pages are prerendered (the site has no server).
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { base } from '$app/paths';
import { common } from '$messages';
import { code } from '$messages/locale';
import { alternates, languageBar } from '$lib/language-bar';

/**
 * Each page's <html lang> is the language of its build, so screen readers and translation tools
 * know it before any script runs; the language bar and the hreflang alternates are plain HTML
 * outside the app (src/app.html: %lang%, %languages%, %alternates%; $lib/language-bar).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%lang%', code)
				.replace(
					'%languages%',
					languageBar(event.route.id, code, {
						label: common.language,
						skipToContent: common.skipToContent
					})
				)
				.replace('%alternates%', alternates(event.route.id, code))
	});

/**
 * The Polish build's language bar and hreflang links point into /uk/ and /en/, which the other
 * languages' builds make (scripts/build.js): while Polish prerenders they are not found, as
 * expected (svelte.config.js lets them pass), and not reported. Anything else is.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	const path = event.url.pathname;
	if (status === 404 && (path.startsWith(`${base}/uk/`) || path.startsWith(`${base}/en/`))) return;
	console.error(error);
};
