// What was typed in a statement goes along when the person switches the page's language: the
// other language is another build of the site (a full page load), so the values cross in this
// tab's sessionStorage, written at the click and removed by the next page as it starts (also
// when it is another page, or the kiosk's start page): nothing stays behind.
const KEY = 'mops-typed-for-language-switch';

interface Offer {
	/** Which form the values belong to ("carer", "resignation"). */
	form: string;
	values: () => object;
}

let offer: Offer | null = null;
/** The values were handed over: leaving now loses nothing (see $lib/leave-guard). */
let handedOff = false;

/** A statement page offers its values; returns the withdrawal. */
export function offerTyped(form: string, values: () => object): () => void {
	const own: Offer = { form, values };
	offer = own;
	return () => {
		if (offer === own) offer = null;
	};
}

/** The language switch was clicked: the offered values (if any) are handed over. */
export function handOffTyped(): void {
	if (!offer) return;
	try {
		sessionStorage.setItem(KEY, JSON.stringify({ form: offer.form, values: offer.values() }));
		handedOff = true;
	} catch {
		// Storage refused (a private window's quota): the switch works, the form starts empty.
	}
}

export function typedWasHandedOff(): boolean {
	return handedOff;
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

/** Removes anything handed over and not taken (the kiosk's reset). */
export function dropTyped(): void {
	try {
		sessionStorage.removeItem(KEY);
	} catch {
		// Nothing stored.
	}
}
