// What the calculator's form checks say (src/lib/calculator/validate.ts): loaded with the
// checks at the first use of the form, never on a first visit. Import this file directly.
import type { calculatorErrors as pl } from '../pl/calculator-errors';
import type { Widen } from '../types';

export const calculatorErrors: Widen<typeof pl> = {
	household: {
		error: 'Choose whether you run your household alone or as a family.'
	},
	income: {
		empty:
			'Type the monthly net income in złoty, with a comma before the grosze, e.g. 2469,50. If you do not know the amount, choose “I do not know the exact amount – I will choose a range”.',
		rangeError: 'Choose about how much the income is.'
	},
	lunches: {
		invalid: 'Type the number of lunches in a month: a whole number from 0 to 31, e.g. 20.',
		tooMany: 'A month has at most 31 days; type a number from 0 to 31, e.g. 20.'
	},
	members: {
		personError: (n: number) => `Choose how person ${n} uses a support centre.`,
		singlePersonError: 'Choose whether you use a support centre.',
		tooFew:
			'A family is at least 2 people. Add a person or choose “I live and run my household alone”.',
		tooMany: (n: number) =>
			`A family can have at most 20 people (there are ${n}). Remove the people above 20 or ask at the Centre.`
	},
	products: {
		error: 'Choose whether the household receives food products from the programme.'
	},
	staff: {
		critMissingSingle:
			'For a person running a one-person household, type the criterion in this field, e.g. 1010,00. If the statutory criterion should apply, clear the field “Per person in a family”.',
		critMissingPerPerson:
			'For a family, type the criterion per person in a family in this field, e.g. 823,00. If the statutory criterion should apply, clear the field “For a person running a one-person household”.',
		critZero: (example: string) => `The criterion must be more than zero, e.g. ${example}.`,
		dateInvalid:
			'Type the date as yyyy-mm-dd or dd.mm.yyyy (day, month, year), e.g. 2026-11-23 or 23.11.2026.',
		/** "31 lutego 2026 r.", "28", "2026-02-28" */
		dateNoSuchDay: (date: string, days: string, example: string) =>
			`The date ${date} does not exist – this month has ${days} days. Correct the date, e.g. to ${example}.`,
		dateNoSuchMonth: (month: string) =>
			`There is no month ${month} – a month is a number from 1 to 12. Type the date as yyyy-mm-dd or dd.mm.yyyy (day, month, year), e.g. 2026-11-23 or 23.11.2026.`
	},
	/** Field names before the messages in the error summary. */
	summaryLabels: {
		household: 'Household',
		members: 'People in the family',
		centre: 'Support centre',
		income: 'Income',
		range: 'Income',
		foodPart: 'Part of the allowance for buying food',
		receivesFoodProducts: 'Food products',
		lunchesPerMonth: 'Lunches at the support centre',
		date: 'Date of the calculation',
		critSingle: 'Criterion for a person running a one-person household',
		critPerPerson: 'Criterion per person in a family'
	}
};
