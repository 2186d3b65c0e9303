// English words more than one message needs: plural forms. Nothing from the rules engine, so
// the page's messages can share them without loading it.
import { makePlural } from '../plural';
import type { PluralForms } from '../types';

/** The form of a word for a count: plural(5, LUNCH_FORMS) → "lunches". */
export const plural = /* @__PURE__ */ makePlural('en');

/** "1 person", "3 people". */
export const PERSON_FORMS: PluralForms = {
	one: 'person',
	other: 'people'
};
/** "1 lunch", "24 lunches". */
export const LUNCH_FORMS: PluralForms = {
	one: 'lunch',
	other: 'lunches'
};
/** "1 second", "30 seconds". */
export const SECOND_FORMS: PluralForms = {
	one: 'second',
	other: 'seconds'
};
