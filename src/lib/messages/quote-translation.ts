// A quoted Polish legal text and its translation into the page's language ($messages/quotes):
// the quote is looked up by its own text, so every place that shows a quote (the explanation,
// /zrodla/, /jak-skorzystac/, the summary PDF) finds the same translation.
import { QUOTES } from '$lib/rules/parameters';
import { ALL_POINTS } from '$lib/procedure/points';
import { quoteTranslations } from '$messages/quotes';

type PointId = (typeof ALL_POINTS)[number]['id'];

/** Every quote of the order and of the procedure, translated: a missing one fails the type check. */
export interface QuoteTranslations {
	order: Record<keyof typeof QUOTES, string>;
	procedure: Record<PointId, string>;
}

let byText: Map<string, string> | undefined;

/** The translation of a quoted Polish text into the page's language; undefined in Polish. */
export function translationOf(polish: string): string | undefined {
	if (!quoteTranslations) return undefined;
	if (!byText) {
		const t = quoteTranslations;
		byText = new Map<string, string>();
		for (const [key, text] of Object.entries(QUOTES)) {
			byText.set(text, t.order[key as keyof typeof QUOTES]);
		}
		for (const point of ALL_POINTS) byText.set(point.quote, t.procedure[point.id]);
	}
	return byText.get(polish);
}
