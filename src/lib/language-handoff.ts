// What was typed in a statement goes along when the person switches the page's language: the
// other language is another build of the site (a full page load), so the values cross in this
// tab's sessionStorage: written at the click, removed by the same statement in the other
// language as it starts. Only statement pages load this module. At the kiosk, its reset clears
// sessionStorage too (src/lib/kiosk/kiosk.svelte.ts).
import { beforeLanguageSwitch } from './language-switching';

const KEY = 'mops-typed-for-language-switch';

/**
 * A statement page offers its values to the language switch; returns the withdrawal. At the
 * click they are handed over (true), or not if storage refuses (a private window's quota): the
 * switch then works as any link, and the leave guard asks.
 */
export function offerTyped(form: string, values: () => object): () => void {
	return beforeLanguageSwitch(() => {
		try {
			sessionStorage.setItem(KEY, JSON.stringify({ form, values: values() }));
			return true;
		} catch {
			return false;
		}
	});
}

/**
 * The values handed over for `form`, if any, copied onto `defaults` key by key where the type
 * matches (nothing else is taken); the handed-over text is removed whichever form asks.
 */
export function takeTyped<F extends object>(form: string, defaults: F): F | null {
	let raw: string | null = null;
	try {
		raw = sessionStorage.getItem(KEY);
		sessionStorage.removeItem(KEY);
	} catch {
		return null;
	}
	if (!raw) return null;
	try {
		const parsed: unknown = JSON.parse(raw);
		if (!parsed || typeof parsed !== 'object') return null;
		const { form: from, values } = parsed as { form?: unknown; values?: unknown };
		if (from !== form || !values || typeof values !== 'object') return null;
		const taken = { ...defaults };
		for (const key of Object.keys(defaults) as (keyof F)[]) {
			const value = (values as Record<string, unknown>)[key as string];
			if (typeof value === typeof defaults[key]) taken[key] = value as F[keyof F];
		}
		return taken;
	} catch {
		return null;
	}
}
