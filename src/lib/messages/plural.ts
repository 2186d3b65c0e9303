// Plural forms by Intl.PluralRules: each language's words.ts makes its plural() here.
import type { PluralForms } from './types';

/**
 * plural(n, forms) for a language: makePlural('pl')(5, LUNCH_FORMS) → "obiadów". The rules are
 * made at the first plural, not when the page loads (a page's first Intl object loads the
 * browser's locale data).
 */
export function makePlural(tag: string): (n: number, forms: PluralForms) => string {
	let rules: Intl.PluralRules | undefined;
	return (n, forms) => {
		rules ??= new Intl.PluralRules(tag);
		return forms[rules.select(n) as keyof PluralForms] ?? forms.other;
	};
}
