// The language bar and the hreflang alternates, written into every prerendered page by the
// server hook (src/hooks.server.ts) outside the Svelte app: plain links that work without
// script and cost a page no JavaScript. The layout adds one click listener (the calculation and
// a statement's typed text go along; $lib/language-switching). Before the bar, the skip link,
// so that it stays the first stop of Tab.
import { LOCALES, type LocaleCode } from '$lib/messages/locales';
import { languageAddress } from '$lib/language-address';

const escape = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** This build's root relative to a prerendered page: "/" → "./", "/oswiadczenia/rezygnacja" → "../../". */
export function rootOf(routeId: string): string {
	const depth = routeId.split('/').filter(Boolean).length;
	return depth === 0 ? './' : '../'.repeat(depth);
}

interface Words {
	/** The label of the language bar ("Język strony"). */
	label: string;
	skipToContent: string;
}

/**
 * The skip link and the language bar of a page. `routeId` null (the not-found page, which is
 * served at any depth): only the skip link.
 */
export function languageBar(routeId: string | null, current: LocaleCode, words: Words): string {
	const skip = `<a class="skip-link" href="#tresc">${escape(words.skipToContent)}</a>`;
	if (routeId === null) return skip;
	const address = languageAddress(rootOf(routeId), routeId, current);
	const items = LOCALES.map((l) => {
		const attributes =
			l.code === current
				? 'aria-current="page"'
				: `hreflang="${l.code}" data-sveltekit-reload data-language-switch`;
		return `<li><a href="${address(l.code)}" lang="${l.code}" ${attributes}>${escape(l.name)}</a></li>`;
	}).join('');
	return `${skip}<nav class="languages no-print" aria-label="${escape(words.label)}"><ul>${items}</ul></nav>`;
}

/** The page in every language, for search engines and translation tools (none on the 404). */
export function alternates(routeId: string | null, current: LocaleCode): string {
	if (routeId === null) return '';
	const address = languageAddress(rootOf(routeId), routeId, current);
	const links = LOCALES.map(
		(l) => `<link rel="alternate" hreflang="${l.code}" href="${address(l.code)}">`
	);
	return [...links, `<link rel="alternate" hreflang="x-default" href="${address('pl')}">`].join('');
}
