// Translations of the Polish legal texts the site quotes, into the page's language
// ($messages/quotes; none in Polish). The quotes stay Polish (lang="pl"); LegalQuote.svelte
// shows the translation beside them, labelled as one.
import { QUOTES } from '$lib/rules/quotes';
import type { ALL_POINTS } from '$lib/procedure/points';
import { quoteTranslations, translationLabel } from '$messages/quotes';

type QuoteKey = keyof typeof QUOTES;
type PointId = (typeof ALL_POINTS)[number]['id'];

/** Every quote of the order and of the procedure, translated: a missing one fails the type check. */
export interface QuoteTranslations {
	order: Record<QuoteKey, string>;
	procedure: Record<PointId, string>;
}

let byText: Map<string, string> | undefined;

/** The translation of a sentence of zał. nr 4 (QUOTES), found by its Polish text. */
export function orderQuoteTranslation(polish: string): string | undefined {
	const order = quoteTranslations?.order;
	if (!order) return undefined;
	byText ??= new Map(Object.entries(QUOTES).map(([key, text]) => [text, order[key as QuoteKey]]));
	return byText.get(polish);
}

/** The translation of a point of the procedure, by its number ("2.1", "5.1 a"). */
export function procedureTranslation(id: string): string | undefined {
	return quoteTranslations?.procedure[id as PointId];
}

/** For print and the PDF, on one line: „the Polish text” (Translation: …), or only the quote. */
export function quoteInline(polish: string): string {
	const translation = orderQuoteTranslation(polish);
	return translation ? `„${polish}” (${translationLabel} ${translation})` : `„${polish}”`;
}
