// Every string of the calculator page (/) and the sources page (/zrodla/).
import type { calculator as pl } from '../pl/calculator';
import type { Widen } from '../types';
import { PERSON_FORMS, plural } from './words';

/** "1 person", "3 people". */
const persons = (n: number) => `${n} ${plural(n, PERSON_FORMS)}`;

export const calculator: Widen<typeof pl> = {
	pageTitle: 'Food allowance calculator – MOPS Kędzierzyn-Koźle',
	heading: 'Food allowance calculator',
	lead: 'Check the maximum amount of the food allowance (zasiłek celowy na zakup żywności) that the Centre (MOPS, the Municipal Social Welfare Centre) may grant under the “Meals at school and at home” programme (“Posiłek w szkole i w domu”). The result will appear below when you type the income.',
	privacy: 'Nothing you type is sent or saved.',
	/** After "Tekst w tym polu jest za długi…" in an amount field. */
	amountOnly:
		'Type only the amount in złoty, the Polish way, with a comma before the grosze, e.g. 2469,50.',

	household: {
		legend: 'Who runs the household?',
		single: 'I live and run my household alone',
		singleHint: 'person running a one-person household (osoba samotnie gospodarująca)',
		family: 'Family – 2 or more people',
		familyHint: 'people who live together and run a shared household'
	},
	members: {
		heading: 'People in the family',
		count: (n: number) => `The family has ${persons(n)}.`,
		hint: 'For each person, choose whether they use a support centre (ośrodek wsparcia). Usually nobody does – then do not change anything.',
		person: (n: number) => `Person ${n}`,
		singleLegend: 'Do you use a support centre (ośrodek wsparcia)?',
		optionNone: 'Does not use a support centre',
		optionNoneSingle: 'I do not use one',
		optionCentreSingle:
			'I use a day-care centre (Dom Dziennego Pobytu) or a Senior+ Club (Klub Senior+)',
		optionMealsSingle: 'I already get a meal from the programme',
		optionCentre: 'Uses a day-care centre (Dom Dziennego Pobytu) or a Senior+ Club (Klub Senior+)',
		optionMeals: 'Already gets a meal from the programme',
		optionMealsHint:
			'e.g. lunches at a canteen (jadłodajnia) – then this person does not increase the amount of the allowance',
		add: 'Add a person',
		remove: (n: number) => `Remove person ${n}`,
		removeShort: 'Remove',
		maxReached: 'A family can have at most 20 people.',
		added: (n: number) => `Person ${n} added.`,
		removed: (n: number) => `Person removed. The family now has ${persons(n)}.`
	},
	income: {
		legend: 'Income',
		modeExact: 'I know the exact amount – I will type it',
		modeRange: 'I do not know the exact amount – I will choose a range',
		label: 'Total monthly net income of the household',
		labelFamily: 'Total monthly net income of the whole family',
		hint: 'The sum of the income of all people in the month before the application, after tax and contributions, in złoty. Put a comma (not a dot) before the grosze, e.g. 2469,50. Amounts on this page are shown as PLN 2,469.50, but type them the Polish way: 2469,50. Do not count what the law does not count as income, e.g. the child benefit 800+ (świadczenie wychowawcze). The social worker establishes the income.',
		perPerson: 'Per person:',
		ofCriterion: 'Income criterion:',
		percentOf: (percent: string, criterion: string) =>
			`this is ${percent} of the income criterion (kryterium dochodowe, the income limit set by law), which is ${criterion}`,
		rangeLegend: 'About how much is the income?',
		rangeHintSingle: (criterion: string) =>
			`The income criterion (kryterium dochodowe, the income limit set by law) for a person running a one-person household is ${criterion}.`,
		rangeHintFamily: (criterion: string, n: number) =>
			`The income criterion (kryterium dochodowe, the income limit set by law) is ${criterion} per person; the amounts below are for a family of ${persons(n)}.`,
		rangeLow: (household: string, perPerson: string) =>
			`up to ${household}${perPerson ? ` (${perPerson} per person)` : ''}`,
		rangeMid: (from: string, to: string) => `over ${from} up to ${to}`,
		rangeHigh: (from: string) => `more than ${from}`,
		rangeLowGeneric: 'up to 100% of the income criterion',
		rangeMidGeneric: 'over 100% up to 200% of the income criterion',
		rangeHighGeneric: 'more than 200% of the income criterion',
		assumed: (amount: string) =>
			`No exact income was given. The calculation uses ${amount} – the upper limit of the chosen range; the maximum amount is the same for every income in this range.`,
		assumedHigh: (limit: string) =>
			`No exact income was given. With an income higher than ${limit}, the allowance from this programme cannot be granted (the calculation uses an income 1 grosz higher than this amount).`
	},
	food: {
		label: 'Part of a periodic or permanent allowance meant for buying food (if any)',
		hint: 'If you receive a periodic allowance (zasiłek okresowy) or a permanent allowance (zasiłek stały) and part of it is to be used for buying food, type that amount, with a comma before the grosze – the calculator will take it away from the maximum amount. If not, leave this empty.',
		notAsked:
			'You do not need to give the part of a periodic or permanent allowance meant for buying food: with an income above 100% of the criterion, the Order does not deduct it (tables No. 2 and 4), so it does not change the amount.'
	},
	products: {
		legend:
			'Does the household receive food products from the “Meals at school and at home” programme?',
		hint: 'Food parcels or food products from this programme (in-kind help with food products – pomoc rzeczowa w postaci produktów żywnościowych).',
		yes: 'Yes',
		no: 'No'
	},
	lunches: {
		labelSingle: 'How many lunches a month do you eat at the support centre? (optional)',
		labelOne:
			'How many lunches a month does the person who uses the support centre eat there? (optional)',
		labelMany:
			'How many lunches a month does each of these people eat at the support centre? (optional)',
		hint: 'The number of lunches of one person. For information only: we will show what they cost in total at PLN 8.00 per lunch. This number does not change the amount of the allowance.'
	},
	staff: {
		toggle: 'Options for staff',
		heading: 'Options for staff',
		dateLabel: 'Date of the calculation',
		dateHint: (today: string) =>
			`yyyy-mm-dd or dd.mm.yyyy (day, month, year), e.g. ${today} or 1.12.2026. An empty field means today’s date.`,
		critLegend: 'Income criterion typed in by hand',
		critHint:
			'Fill this in only when the statutory criteria have changed. The criterion that applies to the case is enough: for a family – per person in a family; for a person running a one-person household – for a person running a one-person household. An empty second field means the statutory criterion.',
		critSingleLabel: 'For a person running a one-person household',
		critPerPersonLabel: 'Per person in a family',
		legalOpen: 'Show the legal basis of every step already expanded'
	},
	actions: {
		show: 'Show the result'
	},
	result: {
		heading: 'Result',
		waiting: 'The result will appear here when you type the income.',
		announce: (amount: string, eligible: boolean, zero: boolean) =>
			!eligible
				? `Result: the allowance from this programme cannot be granted, ${amount}.`
				: zero
					? `Result: ${amount}.`
					: `Result: up to ${amount} a month (maximum amount).`
	},
	noScriptTables: 'Maximum amounts of the allowance per month',
	sourcesLink:
		'Where the numbers come from: each value with its date and the legal act that sets it, and the exact wording of the Centre’s rules.'
};
