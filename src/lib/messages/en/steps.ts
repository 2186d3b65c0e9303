// The explanation in English: for each kind of step the engine returns (src/lib/rules/types.ts,
// StepFacts), its heading, its sentence and its labelled numbers. The page, the printout and the
// PDF all word steps through wordStep(). Loaded with the result, never on a first visit.
import type { Household, MemberKind, Step, Warning } from '$lib/rules';
import { wordStepWith, type StepMessages, type WordedStep } from '../step-words';
import { orderQuoteTranslation as translationOf } from '../quote-translation';
import { formatCount, formatDateLong, formatMoney, formatPercent } from '$lib/format';
import { LUNCH_FORMS, PERSON_FORMS, plural } from './words';
import { calculatorResult as res } from './calculator-result';

const zl = formatMoney;
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const MANUAL = 'criterion typed in by hand';
/** A step's amount in its numbers: a maximum still, not an amount granted. */
const AFTER_STEP = 'maximum amount after this step';
const CALCULATED = 'calculated amount';
const FOOD_PART = 'part of a periodic or permanent allowance meant for buying food';

/** How a person uses a centre, in the tables of numbers: "does not use one". */
export const KIND_USE: Record<MemberKind, string> = {
	none: res.useNone,
	centre: res.useCentre,
	meals: res.useMeals
};

const KIND_SENTENCE: Record<MemberKind, string> = {
	none: 'does not use a support centre or meals at a canteen',
	centre:
		'uses a support centre (a day-care centre – Dom Dziennego Pobytu – or a Senior+ Club – Klub Senior+)',
	meals: 'already receives a meal under the “Meals at school and at home” programme'
};

/** In a heading: "Person running a one-person household", "Person 2". */
function who(household: Household, person: number): string {
	return household === 'single' ? 'Person running a one-person household' : `Person ${person}`;
}

/** At the start of a sentence: "The person running a one-person household", "Person 2". */
function whoSubject(household: Household, person: number): string {
	return household === 'single' ? 'The person running a one-person household' : `Person ${person}`;
}

function people(n: number): string {
	return `${formatCount(n)} ${plural(n, PERSON_FORMS)}`;
}

function lunchesText(n: number): string {
	return `${formatCount(n)} ${plural(n, LUNCH_FORMS)}`;
}

export const stepMessages: StepMessages = {
	'R1.incomeLimit': {
		title: (f) =>
			f.eligible ? 'The income is within the 200% limit' : 'The income is above the 200% limit',
		text: (f) => {
			const criterion = zl(f.criterion);
			const critText = `${criterion} (${f.criterionCitation ?? MANUAL})`;
			const income =
				f.incomePerPerson === null
					? `The income criterion for a person running a one-person household is ${critText}. The income of ${zl(f.income)} is ${formatPercent(f.ratioPercent)} of this criterion.`
					: `The income criterion per person in a family is ${critText}. The family’s income of ${zl(f.income)} divided by ${people(f.members)} is ${zl(f.incomePerPerson)} per person${f.perPersonRoundedUp ? ' (rounded up to the nearest grosz, PLN 0.01)' : ''}, which is ${formatPercent(f.ratioPercent)} of the criterion.`;
			const limit =
				f.household === 'single'
					? `The allowance may be granted with an income of up to 200% of the criterion, that is up to 2 × ${criterion} = ${zl(f.upTo200)}.`
					: `The allowance may be granted with an income of up to 200% of the criterion, that is, for a family of ${people(f.members)}, up to 2 × ${formatCount(f.members)} × ${criterion} = ${zl(f.upTo200)}.`;
			const verdict =
				f.excess === null
					? 'The income is within this limit.'
					: `The income is above the limit by ${zl(f.excess)}, so the allowance from this programme cannot be granted.`;
			return `${income} ${limit} ${verdict}`;
		},
		values: (f) => [
			{ label: 'income of the household', value: zl(f.income) },
			{ label: 'number of people', value: formatCount(f.members) },
			{ label: 'income criterion', value: zl(f.criterion) },
			{ label: MANUAL, value: yesNo(f.criterionCitation === null) },
			...(f.incomePerPerson === null
				? []
				: [
						{
							label: 'income per person (rounded up to the nearest grosz)',
							value: zl(f.incomePerPerson)
						}
					]),
			{ label: 'income as % of the criterion', value: formatPercent(f.ratioPercent) },
			{ label: '200% limit for the household', value: zl(f.upTo200) },
			...(f.excess === null ? [] : [{ label: 'amount above the limit', value: zl(f.excess) }])
		]
	},
	'R2.tier': {
		title: (f) =>
			f.tier === 'upTo100'
				? 'Income up to 100% of the criterion'
				: 'Income over 100% up to 200% of the criterion',
		text: (f) => {
			if (f.household === 'single') {
				return f.tier === 'upTo100'
					? `The income of ${zl(f.income)} is not higher than 100% of the criterion (${zl(f.upTo100)}), so the amounts for an income up to 100% of the criterion apply (table No. ${f.table}).`
					: `The income of ${zl(f.income)} is higher than 100% of the criterion (${zl(f.upTo100)}), but not higher than 200% (${zl(f.upTo200)}), so the amounts for an income over 100% up to 200% of the criterion apply (table No. ${f.table}).`;
			}
			// Tables 3 and 4 speak of the income per person: the household's total is that
			// criterion for every person.
			return f.tier === 'upTo100'
				? `The family’s income of ${zl(f.income)} is not higher than 100% of the criterion counted for the whole family (${zl(f.upTo100)}), so the amounts for an income up to 100% of the criterion apply (table No. ${f.table}).`
				: `The family’s income of ${zl(f.income)} is higher than 100% of the criterion counted for the whole family (${zl(f.upTo100)}), but not higher than 200% (${zl(f.upTo200)}), so the amounts for an income over 100% up to 200% of the criterion apply (table No. ${f.table}).`;
		},
		values: (f) => [
			{ label: 'income of the household', value: zl(f.income) },
			{ label: '100% of the criterion for the household', value: zl(f.upTo100) },
			{ label: '200% of the criterion for the household', value: zl(f.upTo200) },
			{ label: 'table', value: String(f.table) }
		]
	},
	'R3.centreUse': {
		title: () => 'Use of a support centre',
		text: (f) => {
			const persons = f.members
				.map((k, i) => `${whoSubject(f.household, i + 1)} ${KIND_SENTENCE[k]}.`)
				.join(' ');
			// The column heading says whom the column is for; the fees are set elsewhere
			// (the procedure, points 4.1 and 4.4).
			const translated = f.centreColumn === null ? undefined : translationOf(f.centreColumn);
			const column =
				f.centreColumn === null
					? ''
					: ` For a person who uses a support centre, table No. ${f.table} gives the amount in the column “${f.centreColumn}”${translated ? ` (“${translated}”)` : ''}. The column heading does not set fees: the fee is set in a decision, according to the resolutions of the City Council of Kędzierzyn-Koźle and an order of the Director of the Centre.`;
			return `${persons}${column}`;
		},
		values: (f) => f.members.map((k, i) => ({ label: `person ${i + 1}`, value: KIND_USE[k] }))
	},
	'R4.personMaximum': {
		title: (f) => `${who(f.household, f.person)}: maximum amount`,
		text: (f) =>
			f.withoutCentre === null
				? `Up to ${zl(f.maximum)} a month (maximum amount from table No. ${f.table}).`
				: `Up to ${zl(f.maximum)} a month. For a person who uses a support centre, table No. ${f.table} gives a maximum amount of ${zl(f.maximum)}, and for a person who does not use a support centre – ${zl(f.withoutCentre)}.`,
		values: (f) => [
			{ label: 'maximum amount for the person', value: zl(f.maximum) },
			...(f.withoutCentre === null
				? []
				: [
						{
							label: 'maximum amount for a person who does not use a support centre',
							value: zl(f.withoutCentre)
						}
					])
		]
	},
	'R7.personMeals': {
		title: (f) => `${who(f.household, f.person)}: a meal instead of the allowance`,
		text: (f) => {
			const oneForm = `${whoSubject(f.household, f.person)} already receives a meal under the programme. Only one form of support can be received at the same time: a meal, the food allowance or in-kind help with food products`;
			return f.household === 'single'
				? `${oneForm}, so the calculator counts ${zl('0')}. If you prefer the allowance instead of the meal, talk to a social worker.`
				: `${oneForm}. The calculator assumes that this applies to each person separately: for this person it counts ${zl('0')}, and it counts the other people in the family as usual. The Centre will decide in its decision how this rule applies in your case.`;
		},
		values: () => [
			{ label: 'form of help', value: KIND_USE.meals },
			{ label: 'amount for the person', value: zl('0.00') }
		]
	},
	'R5.householdMaximum': {
		title: (f) => (f.household === 'single' ? 'Maximum amount' : 'Maximum amount for the family'),
		text: (f) =>
			f.household === 'single'
				? `Maximum amount of the allowance: up to ${zl(f.total)} a month.`
				: `The maximum amount for the family is the sum of the maximum amounts of all people: ${f.maxima.map(zl).join(' + ')} = ${zl(f.total)} a month.`,
		values: (f) => [
			...f.maxima.map((m, i) => ({ label: `person ${i + 1}`, value: zl(m) })),
			{ label: 'total', value: zl(f.total) }
		]
	},
	'R6.notApplicable': {
		title: () => 'Part of a periodic or permanent allowance – does not apply',
		text: (f) =>
			`With an income over 100% up to 200% of the criterion (table No. ${f.table}), the Order does not deduct the part of a periodic or permanent allowance meant for buying food. The amount given, ${zl(f.foodPart)}, does not change the maximum amount: up to ${zl(f.maximum)} a month.`,
		values: (f) => [...foodBase(f), { label: AFTER_STEP, value: zl(f.maximum) }]
	},
	'R6.nothingToDeduct': {
		title: () => 'No deduction',
		text: (f) =>
			`No part of a periodic or permanent allowance meant for buying food was given (or zero was given), so the maximum amount is not reduced or rounded: it stays at up to ${zl(f.maximum)} a month.`,
		values: (f) => [...foodBase(f), { label: AFTER_STEP, value: zl(f.maximum) }]
	},
	'R6.wholeMaximum': {
		title: () => 'Deduction of the part of a periodic or permanent allowance',
		text: (f) =>
			`The part of a periodic or permanent allowance meant for buying food (${zl(f.foodPart)}) is ${f.equal ? 'equal to the maximum amount' : 'higher than the maximum amount'} (${zl(f.maximum)}). At most the whole maximum amount is deducted: ${zl(f.maximum)} of ${zl(f.maximum)} was deducted, so the amount is ${zl('0')}.`,
		values: (f) => [
			...foodBase(f),
			{ label: 'deducted (at most the maximum amount)', value: zl(f.maximum) },
			{ label: CALCULATED, value: zl('0.00') }
		]
	},
	'R6.subtraction': {
		title: () => 'Deduction of the part of a periodic or permanent allowance',
		text: (f) =>
			`The part of a periodic or permanent allowance meant for buying food is taken away from the maximum amount: ${zl(f.maximum)} − ${zl(f.foodPart)} = ${zl(f.difference)}.`,
		values: (f) => [...foodBase(f), { label: 'difference', value: zl(f.difference) }]
	},
	'R6.rounding': {
		title: () => 'Rounding up to full tens of złoty',
		text: (f) => {
			let text =
				f.rounded === f.difference
					? `The calculated amount is rounded up to full tens of złoty. The amount of ${zl(f.difference)} is already in full tens, so rounding does not change anything.`
					: `The calculated amount is rounded up to full tens of złoty: ${zl(f.difference)} rounded up is ${zl(f.rounded)}.`;
			if (f.capped) {
				text += ` This is more than the maximum amount (${zl(f.maximum)}). The Order sets maximum amounts, so the calculator takes no more than ${zl(f.maximum)}.`;
			}
			return text;
		},
		values: (f) => [
			{ label: 'difference', value: zl(f.difference) },
			{ label: 'after rounding', value: zl(f.rounded) },
			{ label: 'maximum amount', value: zl(f.maximum) },
			{ label: 'limited to the maximum amount', value: yesNo(f.capped) },
			{ label: AFTER_STEP, value: zl(f.amount) }
		]
	},
	'R7.foodProducts': {
		title: () => 'Food products instead of the allowance',
		text: (f) =>
			`According to the form, the household receives in-kind help with food products under the programme. Only one form of support can be received at the same time, so the calculator gives ${zl('0')} instead of the maximum amount of up to ${zl(f.before)}. If you prefer the allowance instead of the products, talk to a social worker – the Centre decides on the form of help in its decision.`,
		values: (f) => [
			{ label: 'amount before the food products are taken into account', value: zl(f.before) },
			{ label: CALCULATED, value: zl('0.00') }
		]
	},
	'R8.lunches': {
		title: (f) => `${who(f.household, f.person)}: lunches at the support centre (information)`,
		text: (f) => {
			let text = `For information only – it does not change the amount. The column of table No. ${f.table} is about a person who uses a support centre at ${zl(f.price)} per lunch. For comparison: this person’s maximum amount (${zl(f.personMaximum)}) corresponds to ${lunchesText(f.lunches)} at ${zl(f.price)} each (${zl(f.lunchesCost)} in total). The amount of the allowance does not depend on the number of lunches, and the fee for lunches at the support centre is set separately.`;
			if (f.entered !== null && f.enteredCost !== null) {
				text += ` According to the form, this person eats ${lunchesText(f.entered)} a month at the centre: ${formatCount(f.entered)} × ${zl(f.price)} = ${zl(f.enteredCost)}.`;
			}
			return text;
		},
		values: (f) => [
			{ label: 'amount per lunch (column heading of the table)', value: zl(f.price) },
			{ label: 'this person’s maximum amount', value: zl(f.personMaximum) },
			{
				label: 'number of full lunches within the maximum amount',
				value: formatCount(f.lunches)
			},
			{ label: 'total for these lunches', value: zl(f.lunchesCost) },
			...(f.entered === null || f.enteredCost === null
				? []
				: [
						{
							label: 'number of lunches of this person a month (as given)',
							value: formatCount(f.entered)
						},
						{ label: 'total for the given number of lunches', value: zl(f.enteredCost) }
					])
		]
	},
	'R9.specialCases': {
		title: () => 'Particularly justified cases',
		text: (f) =>
			f.eligible
				? 'In particularly justified cases, the amounts may be increased after agreement with the Director of the Centre and with the Director’s approval. The calculator does not take this into account – ask a social worker about this possibility.'
				: 'In particularly justified cases, the Centre may increase the amounts of the allowance – but this applies to the amounts, not to the income limit of 200% of the criterion. Ask a social worker about other forms of help.',
		values: () => []
	}
};

function foodBase(f: { maximum: string; foodPart: string }) {
	return [
		{ label: 'maximum amount', value: zl(f.maximum) },
		{ label: FOOD_PART, value: zl(f.foodPart) }
	];
}

/** A step in English words. */
export const wordStep = (step: Step): WordedStep => wordStepWith(stepMessages, step);

/** A warning above the result, in English. */
export function wordWarning(w: Warning): string {
	switch (w.kind) {
		case 'criteriaReviewDue':
			return `The income criteria are reviewed every three years, and from ${formatDateLong(w.reviewAfter)} they may have changed. The calculator uses ${w.criteriaCitation === null ? 'the criterion typed in by hand' : `the criteria in ${w.criteriaCitation} (Dziennik Ustaw, the Polish Journal of Laws)`} – check the current amounts at the Centre.`;
	}
}
