// Ukrainian words more than one message needs: plural forms by Intl.PluralRules('uk'): one (1,
// 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25–30…), other (fractions: "1,5 особи"). Nothing
// from the rules engine, so the page's messages can share them without loading it.
import { makePlural } from '../plural';
import type { PluralForms } from '../types';

/** The form of a word for a count: plural(5, LUNCH_FORMS) → "обідів". */
export const plural = /* @__PURE__ */ makePlural('uk');

/** "1 особа", "3 особи", "5 осіб". */
export const PERSON_FORMS: PluralForms = {
	one: 'особа',
	few: 'особи',
	many: 'осіб',
	other: 'особи'
};
/** "на 1 особу", "на 3 особи", "на 5 осіб". */
export const PERSON_FORMS_ACCUSATIVE: PluralForms = {
	one: 'особу',
	few: 'особи',
	many: 'осіб',
	other: 'особи'
};
/** "1 обід", "3 обіди", "5 обідів". */
export const LUNCH_FORMS: PluralForms = {
	one: 'обід',
	few: 'обіди',
	many: 'обідів',
	other: 'обіду'
};
/** "через 1 секунду", "через 3 секунди", "через 30 секунд". */
export const SECOND_FORMS: PluralForms = {
	one: 'секунду',
	few: 'секунди',
	many: 'секунд',
	other: 'секунди'
};
/** "1 символ", "3 символи", "200 символів". */
export const CHARACTER_FORMS: PluralForms = {
	one: 'символ',
	few: 'символи',
	many: 'символів',
	other: 'символу'
};
/** "31 день", "29 днів". */
export const DAY_FORMS: PluralForms = {
	one: 'день',
	few: 'дні',
	many: 'днів',
	other: 'дня'
};
