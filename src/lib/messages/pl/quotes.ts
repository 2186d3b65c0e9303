// Translations of the sentences of the order's zał. nr 4 the site quotes (QUOTES in
// src/lib/rules/quotes.ts). The quotes stay Polish in every language (lang="pl"); another
// language shows its translation beside them, labelled as a translation. Polish needs none.
// The procedure's points have their own file (./procedure-quotes.ts): only their page loads it.
import type { OrderQuoteTranslations } from '../quote-translation';

export const translationLabel = '';

export const orderQuotes: OrderQuoteTranslations | null = null;
