// Translations of the procedure's points into the page's language ($messages/procedure-quotes;
// none in Polish), for /jak-skorzystac/. The points stay Polish (lang="pl").
import type { ALL_POINTS } from '$lib/procedure/points';
import { procedureQuotes } from '$messages/procedure-quotes';

type PointId = (typeof ALL_POINTS)[number]['id'];

/** Every point of the procedure, translated: a missing one fails the type check. */
export type ProcedureQuoteTranslations = Record<PointId, string>;

/** The translation of a point of the procedure, by its number ("2.1", "5.1 a"). */
export function procedureTranslation(id: string): string | undefined {
	return procedureQuotes?.[id as PointId];
}
