// The places in the law a step rests on („Zał. nr 4, pkt 1”) stay as the order writes them, in
// every language; another language adds its own wording of the place beside them
// ($messages/refs; none in Polish): „Zał. nr 4, pkt 1 (додаток № 4, пункт 1)”.
import { refPatterns } from '$messages/refs';

/** One way the order's places are written, and its wording in the page's language. */
export type RefPattern = readonly [RegExp, (match: RegExpMatchArray) => string];

/** A Polish citation worded by the first of `patterns` that matches it; undefined if none does. */
export function wordRef(patterns: readonly RefPattern[], ref: string): string | undefined {
	for (const [pattern, word] of patterns) {
		const match = pattern.exec(ref);
		if (match) return word(match);
	}
	return undefined;
}

/** The page language's wording of a Polish citation; undefined in Polish or for an unknown one. */
function refTranslation(ref: string): string | undefined {
	return refPatterns ? wordRef(refPatterns, ref) : undefined;
}

/** What follows the Polish citation: " (додаток № 4, пункт 1)", or nothing in Polish. */
export function refAfter(ref: string): string {
	const translated = refTranslation(ref);
	return translated ? ` (${translated})` : '';
}

/** „Zał. nr 4, pkt 1” in Polish; „Zał. nr 4, pkt 1 (додаток № 4, пункт 1)” elsewhere. */
export function refInline(ref: string): string {
	return ref + refAfter(ref);
}
