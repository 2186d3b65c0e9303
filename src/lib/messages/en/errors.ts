// What the engine refuses, in English: each problem (src/lib/rules/errors.ts) and each reason an
// amount cannot be read (src/lib/rules/amount-text.ts) as a sentence that says what to type.
// Amounts are typed the Polish way in every language ("2469,50": a comma before the grosze), so
// every message shows that form; an amount the page shows back is written the English way.
import type { AllowanceProblem, AmountProblem } from '$lib/rules';
import { formatDateLong, formatMoney } from '$lib/format';

/** The example amount every amount message shows. */
export const AMOUNT_EXAMPLE = '2469,50';
const EXAMPLE = `e.g. ${AMOUNT_EXAMPLE}`;
const SEPARATORS =
	'put a comma (not a dot) only before the grosze, and do not separate thousands, or separate them with a space';

/** Why a text is not an amount, and a form that works. */
export function amountMessage(p: AmountProblem): string {
	switch (p.kind) {
		case 'empty':
			return `Type the amount in złoty, with a comma before the grosze, ${EXAMPLE}`;
		case 'negative':
			return `The amount cannot be negative. Type the amount in złoty, ${EXAMPLE}`;
		case 'plus':
			return `Type only the amount, without the “+” sign, ${EXAMPLE}`;
		case 'characters':
			return `Type only the amount: digits, and if needed spaces and a comma before the grosze, ${EXAMPLE}`;
		case 'meant': {
			const shown = formatMoney(`${p.whole}.${p.fraction.padEnd(2, '0')}`);
			const typed = p.fraction ? `${p.whole},${p.fraction}` : p.whole;
			return `Did you mean ${shown}? If so, type ${typed}. In this field, ${SEPARATORS}, ${EXAMPLE} or 2 469,50`;
		}
		case 'marks':
			return `In this field, ${SEPARATORS}, ${EXAMPLE} or 2 469,50`;
		case 'fraction':
			return `After the comma, type the grosze (1 or 2 digits), ${EXAMPLE}`;
		case 'fractionLength':
			return `The amount can have at most 2 digits after the comma (the grosze), ${EXAMPLE}`;
		case 'noWhole':
			return `Type the złoty before the comma, e.g. 0,50 or ${AMOUNT_EXAMPLE}`;
		case 'spaces':
			return `Use spaces only between groups of 3 digits, e.g. 2 469,50 or ${AMOUNT_EXAMPLE}`;
		case 'tooLarge':
			return `The amount is too large. Type the monthly amount in złoty, ${EXAMPLE}`;
	}
}

const CRITERION_EXAMPLE = { single: '1010,00', perPerson: '823,00' } as const;
const dateLong = formatDateLong;

/** What the engine refused, and what to type instead. */
export function allowanceMessage(p: AllowanceProblem): string {
	switch (p.code) {
		case 'input.invalid':
			return 'Check the information in the form.';
		case 'household.choose':
			return 'Choose: person running a one-person household or family.';
		case 'members.list':
			return 'Say how each person uses a support centre.';
		case 'members.kind':
			return 'For each person, choose: “Does not use a support centre”, “Uses a day-care centre (Dom Dziennego Pobytu) or a Senior+ Club (Klub Senior+)” or “Already gets a meal from the programme”.';
		case 'members.singleIsOne':
			return `A person running a one-person household is 1 person (you gave ${p.count}). For 2 or more people, choose “Family – 2 or more people”.`;
		case 'members.familySize':
			return `The calculator counts families of 2 to ${p.max} people (you gave ${p.count}). For 1 person, choose “I live and run my household alone”; for a larger family, ask at the Centre.`;
		case 'members.count':
			return `The calculator counts from 1 to ${p.max} people, e.g. 3.`;
		case 'income.text':
			return 'Type the income in złoty, with a comma before the grosze, e.g. 2469,50';
		case 'foodPart.text':
			return 'Type the amount in złoty, with a comma before the grosze, e.g. 123,45 (or 0)';
		case 'receivesFoodProducts.yesNo':
			return 'Choose yes or no.';
		case 'lunches.integer':
			return 'Type the number of lunches in a month: a whole number from 0 to 31, e.g. 20.';
		case 'lunches.negative':
			return 'The number of lunches cannot be negative; type a number from 0 to 31, e.g. 20.';
		case 'lunches.overMonth':
			return 'A month has at most 31 days; type a number from 0 to 31, e.g. 20.';
		case 'date.text':
			return 'Give the date as yyyy-mm-dd, e.g. 2025-12-01.';
		case 'date.format':
			return `Give the date as yyyy-mm-dd, e.g. 2025-12-01 (you gave: “${p.text}”).`;
		case 'date.beforeOrder':
			return `The calculator uses Order No. 24/2025, in force from ${dateLong(p.orderFrom)}, and has no amounts for ${dateLong(p.date)}. Type a date not earlier than ${dateLong(p.orderFrom)}.`;
		case 'date.noCriteria':
			return `The income criteria for ${dateLong(p.date)} are not stored in the calculator (it has them from ${dateLong(p.knownFrom)}).`;
		case 'criteria.both':
			return 'Give both criteria: for a person running a one-person household and per person in a family.';
		case 'criterion.text':
			return `Type the criterion in złoty, with a comma before the grosze, e.g. ${CRITERION_EXAMPLE[p.which]}`;
		case 'criterion.zero':
			return `The criterion must be more than zero, e.g. ${CRITERION_EXAMPLE[p.which]}`;
		case 'amount':
			return amountMessage(p.problem);
	}
}
