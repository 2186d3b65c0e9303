// The calculator's result, its explanation and the summary PDF: only shown once the engine has
// loaded, so they travel with it. Import this file directly (not through ./index), so that the
// first visit of / does not carry it.
import type { calculatorResult as pl } from '../pl/calculator-result';
import type { Widen } from '../types';
import { PERSON_FORMS, plural } from './words';

export const calculatorResult: Widen<typeof pl> = {
	fixErrors: 'Correct the information marked in red, and the result will appear here.',
	/** The fields that keep the result from showing: "„Dochód”, „Produkty żywnościowe”". */
	/** A field's label or what a person typed, quoted the language's way. */
	quoted: (text: string) => `“${text}”`,
	blockedBy: (fields: string) =>
		`The result will appear here when you complete or correct these fields: ${fields}.`,
	amountLabel: 'Maximum amount of the allowance under the Centre’s rules:',
	/** Before and after the amount: "do 675,00 zł miesięcznie". */
	upTo: 'up to',
	perMonth: 'a month',
	eligible: 'The income is within the limit of the programme – the allowance may be granted.',
	notEligible: 'The allowance from this programme cannot be granted.',
	zeroBecauseProducts:
		'The household already receives food products from the programme, and only one form of support can be received at the same time – this is why the amount is zero.',
	zeroBecauseMeals:
		'All people already receive a meal from the programme, and only one form of support can be received at the same time – this is why the amount is zero.',
	zeroBecauseFood:
		'The part of the periodic or permanent allowance meant for buying food is equal to the maximum amount or higher – this is why the amount is zero.',
	whyLow: (limit: string) =>
		`The income is not higher than the income criterion (${limit}), so the higher maximum amounts apply.`,
	whyHigh: (limit: string, limit200: string) =>
		`The income is higher than the income criterion (${limit}), but not higher than twice the criterion (${limit200}), so the lower maximum amounts apply.`,
	whyOver: (limit200: string) =>
		`The income is higher than twice the income criterion (${limit200}) – this is the limit of the programme.`,
	familyLimit: (amount: string) => `${amount} for the whole family`,
	facts: {
		ratio: 'Income as % of the criterion',
		maximum: 'Maximum amount from the tables of the Order',
		deduction: 'Part of the periodic or permanent allowance for buying food taken away',
		deductionOf: (shown: string, maximum: string) => `${shown} of ${maximum}`
	},
	stepsHeading: 'How we calculated this',
	stepsIntro:
		'The steps of the calculation in order. Under each step you can open its basis: the point of the Order, its exact wording and the numbers.',
	basis: 'Basis',
	ruleId: (rule: string) => `calculator rule ${rule}`,
	basisOpenAll: 'Open the legal basis',
	ruleLink: (rule: string) => `Rule ${rule} – see the “Legal basis” page`,
	note: 'information',
	valuesLabel: 'Numbers',
	peopleHeading: 'Amount for each person',
	peopleCaption:
		'Maximum amounts from the tables of the Order for each person in the family: for a person who does not use a support centre and for a person who uses one (PLN a month).',
	peopleCaptionSingle:
		'Maximum amounts from the table of the Order: for a person who does not use a support centre and for a person who uses one (PLN a month).',
	colPerson: 'Person',
	colUse: 'Support centre',
	colMax: 'Maximum amount',
	colWithout: 'Does not use a support centre',
	colWith: 'Uses a support centre',
	total: 'Total (for comparison)',
	totalChosen: 'Amount for the family (total of ✓)',
	you: 'You',
	useNone: 'does not use one',
	useCentre: 'uses a support centre',
	useMeals: 'receives a meal from the programme',
	mealsRow: 'PLN 0.00 – already receives a meal (only one form of support at a time)',
	chosenMark: '✓ – the amount that applies to this person.',
	chosenHidden: '(applies to this person)',
	comparisonNote:
		'For a person who uses a support centre, the Order gives a different maximum amount than for a person who does not. The amounts are before the part of a periodic or permanent allowance is taken away.',
	estimateTitle: 'A maximum amount, not a decision',
	estimate:
		'The calculator shows the highest amount that the Centre may grant under its rules. The Centre decides in an administrative decision whether to grant the allowance and how much it will be. The decision is made after a family interview (rodzinny wywiad środowiskowy) carried out by a social worker (Article 106(4) and Article 107 of the Social Assistance Act of 12 March 2004 – ustawa o pomocy społecznej). The social worker establishes the income – it may be different from the income you typed.',
	special:
		'In particularly justified cases, the amounts may be higher – after agreement with the Director of the Centre (attachment No. 4, point 3). The calculator does not take this into account.',
	parametersHeading: 'Values used',
	calcDate: 'Date of the calculation',
	printedOn: 'Printed on',
	criterionSingle: 'Income criterion, person running a one-person household',
	criterionPerPerson: 'Income criterion, person in a family',
	manualCriterion: 'typed in by hand',
	since: (date: string) => `from ${date}`,
	orderShort: 'Order No. 24/2025, attachment No. 4',
	maximaLabel: 'Maximum amounts and the price of a lunch',
	inputsHeading: 'Information used for the calculation',
	inputHousehold: 'Household',
	inputSingle: 'person running a one-person household',
	inputFamily: (n: number) => `family, ${n} ${plural(n, PERSON_FORMS)}`,
	inputIncome: 'Net income of the household',
	inputIncomeRange: 'Income (range)',
	inputFood: 'Part of a periodic or permanent allowance for buying food',
	foodNotApplicable: 'does not apply (income above 100% of the criterion)',
	inputProducts: 'Food products from the programme',
	inputLunches: 'Lunches of one person at the support centre in a month',
	inputMembers: 'Use of a support centre',
	none: 'none',
	yes: 'yes',
	no: 'no',
	pdf: {
		fileName: (date: string) => `food-allowance-calculation-${date}.pdf`,
		title: 'Calculation of the food allowance (zasiłek celowy na zakup żywności)',
		subtitle:
			'The “Meals at school and at home” programme (“Posiłek w szkole i w domu”) – maximum amount under the rules of MOPS Kędzierzyn-Koźle, calculated by the calculator',
		stepsHeading: 'Steps of the calculation',
		basis: 'Basis:',
		footer:
			'Food allowance calculator – MOPS Kędzierzyn-Koźle. An information document, not a decision.'
	},
	/** Next to the QR code on the printout and in the PDF: it opens the same calculation. */
	qr: {
		title: 'Open this calculation on your phone',
		text: 'Point your phone’s camera at the code – the calculator will open with the same information. The amount will be calculated under the rules in force on the day you open it. The code contains only numbers and the answers you chose – no names.',
		label: 'QR code with a link to this calculation',
		printCaption:
			'Point your phone’s camera at the code to open the calculator with this information.'
	},
	actions: {
		copy: 'Copy link',
		copied:
			'Link copied. You can paste it, e.g. into an e-mail – it will open the same calculation.',
		copyFallback:
			'The link could not be copied automatically. It is selected in the field below – copy it (Ctrl+C, or press and hold it with your finger).',
		copyFieldLabel: 'Link to this calculation',
		print: 'Print',
		pdf: 'Download the calculation (PDF)',
		pdfWorking: 'Preparing the PDF…',
		pdfDone: 'The PDF has been downloaded.',
		pdfFailed: 'The PDF file could not be prepared. Try again or use “Print”.',
		reset: 'Clear the form',
		linkNote: 'The link contains only numbers and the answers you chose – no names.',
		/** On the printout, in place of the QR code when its encoder has not loaded yet. */
		printLink: 'You can open this calculation in a browser at this address:',
		/** Shown only where the browser can hand the link to another app (the Web Share API). */
		share: 'Send link',
		shareTitle: 'Food allowance calculation – MOPS Kędzierzyn-Koźle',
		shareFailed: 'The link could not be sent. Use “Copy link”.'
	},
	/** The printout while there is no result (Ctrl+P on an unfinished calculation). */
	printPending: {
		heading: 'Printout without a result',
		fix: 'The calculator has not calculated an amount yet. On the calculator page, correct or complete:',
		nothing:
			'The calculator has not calculated an amount yet. Type the income on the calculator page, and the printout will show the calculation.',
		typed: 'What was typed',
		tooLong: 'text too long (to be corrected)'
	}
};
