// Translations of the sentences of zał. nr 4 the site quotes, into the page's language
// ($messages/quotes; none in Polish). The quotes stay Polish (lang="pl"); LegalQuote.svelte
// shows the translation beside them, labelled as one. The procedure's points: see
// ./procedure-translation.ts.
import { QUOTES } from '$lib/rules/quotes';
import { orderQuotes, translationLabel } from '$messages/quotes';

type QuoteKey = keyof typeof QUOTES;

/** Every quote of the order, translated: a missing one fails the type check. */
export type OrderQuoteTranslations = Record<QuoteKey, string>;

let byText: Map<string, string> | undefined;

/** The translation of a sentence of zał. nr 4 (QUOTES), found by its Polish text. */
export function orderQuoteTranslation(polish: string): string | undefined {
	const order = orderQuotes;
	if (!order) return undefined;
	byText ??= new Map(Object.entries(QUOTES).map(([key, text]) => [text, order[key as QuoteKey]]));
	return byText.get(polish);
}

/** For print and the PDF, on one line: „the Polish text” (Translation: …), or only the quote. */
export function quoteInline(polish: string): string {
	const translation = orderQuoteTranslation(polish);
	return translation ? `„${polish}” (${translationLabel} ${translation})` : `„${polish}”`;
}
