import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The site is hosted as plain files, at the root or under a sub-path such as /kalkulator.
// BASE_PATH is read at build time ("" or "/kalkulator"); BUILD_DIR lets a test build a second copy.
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${base}")`);
}

// The language of this build: Polish ("pl", the default) at the site's root; scripts/build.js
// builds Ukrainian ("uk") and English ("en") into their own folders under BASE_PATH/uk and
// BASE_PATH/en. $messages is that language's folder of messages (src/lib/messages/<locale>).
const locale = process.env.LOCALE ?? 'pl';
if (!['pl', 'uk', 'en'].includes(locale)) {
	throw new Error(`LOCALE must be pl, uk or en (got "${locale}")`);
}
/** The other languages' folders: the language switch links there, another build's pages. */
const otherLanguages = ['uk', 'en'].filter((l) => l !== locale);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A separate KIT_OUT_DIR lets two builds run side by side in one checkout.
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: '404.html',
			precompress: false,
			strict: true
		}),
		paths: { base, relative: true },
		alias: { $messages: `src/lib/messages/${locale}` },
		prerender: {
			// The language switch links to the other languages' pages, which their own builds make.
			handleHttpError: ({ path, message }) => {
				const root = locale === 'pl' ? base : base.replace(/\/(uk|en)$/, '');
				if (otherLanguages.some((l) => path.startsWith(`${root}/${l}/`))) return;
				if (locale !== 'pl' && !path.startsWith(`${base}/`)) return;
				throw new Error(message);
			}
		},
		// The benchmarks call the engine too: type-check them with the rest (npm run check).
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../bench/**/*.ts');
			}
		},
		// A tab left open (the kiosk's never closes) learns of a new deployment within five
		// minutes; its next link then loads the new version in full (+layout.svelte).
		version: { pollInterval: 5 * 60_000 },
		// Styles go into each page's <head>: no render-blocking stylesheet requests on slow links.
		inlineStyleThreshold: Infinity,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// <style> elements only from the site or by their hash (SvelteKit adds the hashes of
				// the inlined styles). Style attributes stay allowed: SvelteKit's own route announcer
				// has one (sveltejs/kit#11993, open) and the statement preview places its lines by them.
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				// Icons and the PDF font are files of the site (the font is fetched, connect-src);
				// nothing is drawn from data: or blob: URLs.
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// The print button shows the PDF in a frame from a blob: URL (src/lib/pdf/render.ts).
				'frame-src': ['self', 'blob:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
