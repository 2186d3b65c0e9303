// Polish words more than one message needs: plural forms. Nothing from the rules engine, so
// the page's messages can share them without loading it.
import { makePlural } from '../plural';
import type { PluralForms } from '../types';

/** The form of a word for a count: plural(5, LUNCH_FORMS) → "obiadów". */
export const plural = /* @__PURE__ */ makePlural('uk');

/** "1 osoba", "3 osoby", "5 osób". */
export const PERSON_FORMS: PluralForms = {
	one: 'osoba',
	few: 'osoby',
	many: 'osób',
	other: 'osoby'
};
/** "na 3 osoby", "na 5 osób", "na 1 osobę". */
export const PERSON_FORMS_ACCUSATIVE: PluralForms = {
	one: 'osobę',
	few: 'osoby',
	many: 'osób',
	other: 'osoby'
};
export const LUNCH_FORMS: PluralForms = {
	one: 'obiad',
	few: 'obiady',
	many: 'obiadów',
	other: 'obiadu'
};
/** "odpowiada 1 obiadowi", "24 obiadom". */
export const LUNCH_FORMS_DATIVE: PluralForms = {
	one: 'obiadowi',
	few: 'obiadom',
	many: 'obiadom',
	other: 'obiadu'
};
export const SECOND_FORMS: PluralForms = {
	one: 'sekundę',
	few: 'sekundy',
	many: 'sekund',
	other: 'sekundy'
};
