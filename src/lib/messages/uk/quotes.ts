// Translations of the Polish legal texts the site quotes: the order's zał. nr 4 (QUOTES in
// src/lib/rules/parameters.ts) and the procedure's points (src/lib/procedure/points.ts). The
// quotes themselves stay Polish in every language (lang="pl"); another language shows its
// translation beside them, labelled as a translation. Polish needs none.
import type { QuoteTranslations } from '../quote-translation';

export const translationLabel = '';

export const quoteTranslations: QuoteTranslations | null = null;
