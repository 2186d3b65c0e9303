// Polish words more than one message needs: month names and plural forms. No dependencies, so
// the page's formatting (src/lib/format.ts) can share them without loading the rules engine.

/** Month names in the genitive, as in "23 listopada 2026". */
export const MONTHS_GENITIVE = [
	'stycznia',
	'lutego',
	'marca',
	'kwietnia',
	'maja',
	'czerwca',
	'lipca',
	'sierpnia',
	'września',
	'października',
	'listopada',
	'grudnia'
] as const;

/** Polish plural: plural(5, ['obiad', 'obiady', 'obiadów']) → "obiadów". */
export function plural(n: number, forms: readonly [string, string, string]): string {
	if (n === 1) return forms[0];
	const tens = n % 100;
	const units = n % 10;
	if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return forms[1];
	return forms[2];
}

export const PERSON_FORMS = ['osoba', 'osoby', 'osób'] as const;
/** "na 3 osoby", "na 5 osób", "na 1 osobę". */
export const PERSON_FORMS_ACCUSATIVE = ['osobę', 'osoby', 'osób'] as const;
export const LUNCH_FORMS = ['obiad', 'obiady', 'obiadów'] as const;
/** "odpowiada 1 obiadowi", "24 obiadom". */
export const LUNCH_FORMS_DATIVE = ['obiadowi', 'obiadom', 'obiadom'] as const;
