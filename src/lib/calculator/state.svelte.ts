// The calculator's state: the raw form values, which fields have been left (so their errors
// show), and everything derived from them (validation, result, the URL fragment).
import { decodeFragment, encodeFragment } from './fragment';
import {
	FIELD_ORDER,
	FIELD_IDS,
	MAX_FAMILY,
	personId,
	type FieldKey,
	type FormValues,
	type HouseholdChoice,
	type IncomeMode,
	type IncomeRange,
	type MemberChoice,
	type YesNo
} from './form';
import type { Outcome } from './validate';

/** The rules engine and the form's validation: loaded at the first use of the form. */
export type Evaluator = typeof import('./validate');

/** Before the engine has loaded: nothing to say yet. */
const PENDING: Outcome = {
	errors: {},
	personErrors: [],
	income: null,
	foodPart: null,
	tier: null,
	preview: null,
	thresholds: null,
	date: null,
	criteria: undefined,
	input: null,
	assumedIncome: null,
	result: null,
	people: [],
	totals: null
};

/** Loads the engine (rules, decimal.js, zod) as its own chunk; the page calls it on first use. */
export function loadEvaluator(): Promise<Evaluator> {
	return import('./validate');
}

export interface Person {
	/** Stable key for the list (survives removing someone above). */
	key: number;
	kind: MemberChoice;
}

export interface ShownError {
	id: string;
	message: string;
}

let nextKey = 1;
const person = (kind: MemberChoice): Person => ({ key: nextKey++, kind });

export class CalculatorState {
	household = $state<HouseholdChoice>('single');
	people = $state<Person[]>([person('none')]);
	incomeMode = $state<IncomeMode>('exact');
	income = $state('');
	range = $state<IncomeRange | ''>('');
	foodPart = $state('');
	receivesFoodProducts = $state<YesNo>('no');
	lunchesPerMonth = $state('');
	date = $state('');
	critSingle = $state('');
	critPerPerson = $state('');

	/** Staff panel open; the legal basis of every step open by default. */
	staffOpen = $state(false);
	legalOpen = $state(false);

	/** Fields whose errors are shown (left non-empty, named in a link, or after "Pokaż wynik"). */
	touched = $state<Partial<Record<FieldKey, true>>>({});
	/** Set by "Pokaż wynik" / Enter: every current error is shown. */
	submitted = $state(false);

	/** Family members kept while the user looks at "single", so switching back restores them. */
	#familyPeople: Person[] | null = null;

	/** Today in Poland (the calculation date when staff give none). */
	today = $state('');

	/** The engine, once loaded (null before: the form works, the result waits). */
	evaluator = $state.raw<Evaluator | null>(null);

	constructor(today: string, evaluator: Evaluator | null = null) {
		this.today = today;
		this.evaluator = evaluator;
	}

	values: FormValues = $derived({
		household: this.household,
		members: this.people.map((p) => p.kind),
		incomeMode: this.incomeMode,
		income: this.income,
		range: this.range,
		foodPart: this.foodPart,
		receivesFoodProducts: this.receivesFoodProducts,
		lunchesPerMonth: this.lunchesPerMonth,
		date: this.date,
		critSingle: this.critSingle,
		critPerPerson: this.critPerPerson
	});

	outcome: Outcome = $derived(
		this.evaluator ? this.evaluator.evaluate(this.values, this.today) : PENDING
	);
	result = $derived(this.outcome.result);
	/** The link's fragment; a typed date goes in as the validation read it. */
	fragment = $derived(
		encodeFragment(
			this.values,
			this.date.trim() !== '' && !this.outcome.errors.date
				? (this.outcome.date ?? undefined)
				: undefined
		)
	);

	/** Persons counted: 1 for single. */
	persons = $derived(this.household === 'family' ? this.people.length : 1);

	/** Per-person income and % of the criterion, as soon as the income parses. */
	preview = $derived(this.outcome.preview);

	/** The tier the typed income falls in (before the rest is valid); null when not known. */
	tier = $derived(this.outcome.tier);

	/** R6 applies in the lower tier; a typed value stays visible. */
	showFood = $derived(this.tier === 'upTo100' || this.foodPart.trim() !== '');
	/** R8 applies to centre users in the upper tier. */
	showLunches = $derived(
		(this.tier === 'upTo200' &&
			this.household !== '' &&
			this.people.slice(0, this.persons).some((p) => p.kind === 'centre')) ||
			this.lunchesPerMonth.trim() !== ''
	);

	/** The errors to show next to fields and in the summary, in page order. */
	shownErrors = $derived.by((): ShownError[] => {
		const out: ShownError[] = [];
		const { errors, personErrors } = this.outcome;
		const labels = this.#labels();
		for (const key of FIELD_ORDER) {
			const message = errors[key];
			if (message && this.isShown(key)) {
				out.push({ id: FIELD_IDS[key], message: `${labels[key]}: ${message}` });
			}
			if (key === 'members') {
				personErrors.forEach((msg, i) => {
					if (msg && (this.submitted || this.touched.members)) {
						out.push({ id: personId(i + 1), message: msg });
					}
				});
			}
		}
		return out;
	});

	/**
	 * The fields that keep the result from showing, in page order, named as in the error
	 * summary, whether or not their error is shown yet.
	 */
	blocking = $derived.by((): string[] => {
		const out: string[] = [];
		const { errors, personErrors } = this.outcome;
		const labels = this.#labels();
		for (const key of FIELD_ORDER) {
			if (errors[key]) out.push(labels[key]);
			if (key === 'members' && !errors.members && personErrors.some(Boolean)) {
				out.push(this.household === 'single' ? labels.centre : labels.members);
			}
		}
		return out;
	});

	/**
	 * The fields' names in the error summary. They come with the checks (the outcome has errors
	 * only once the checks have loaded), so a first visit does not carry them.
	 */
	#labels(): Evaluator['summaryLabels'] | Record<string, string> {
		return this.evaluator?.summaryLabels ?? {};
	}

	isShown(key: FieldKey): boolean {
		return this.submitted || this.touched[key] === true;
	}

	/** The error to show next to a field, if any. */
	errorFor(key: FieldKey): string | undefined {
		return this.isShown(key) ? this.outcome.errors[key] : undefined;
	}

	personError(index: number): string | undefined {
		const msg = this.outcome.personErrors[index];
		return msg && (this.submitted || this.touched.members) ? msg : undefined;
	}

	/** On blur: a field left non-empty shows its error from now on. */
	leave(key: FieldKey, text: string): void {
		if (text.trim() !== '') this.touched[key] = true;
	}

	setHousehold(value: HouseholdChoice): void {
		if (value === this.household) return;
		if (value === 'single') {
			this.#familyPeople = this.people;
			this.people = [this.people[0] ?? person('none')];
		} else if (value === 'family') {
			const kept = this.#familyPeople;
			const first = this.people[0] ?? person('none');
			this.people = kept && kept.length >= 2 ? [first, ...kept.slice(1)] : [first, person('none')];
		}
		this.household = value;
	}

	addPerson(): void {
		if (this.people.length >= MAX_FAMILY) return;
		this.people.push(person('none'));
	}

	removePerson(key: number): void {
		this.people = this.people.filter((p) => p.key !== key);
		this.touched.members = true;
	}

	/** Replaces everything with the values of a link (reload, pasted link, hashchange). */
	load(hash: string): void {
		const { values, present } = decodeFragment(hash);
		this.household = values.household;
		this.people = values.members.map(person);
		this.incomeMode = values.incomeMode;
		this.income = values.income;
		this.range = values.range;
		this.foodPart = values.foodPart;
		this.receivesFoodProducts = values.receivesFoodProducts;
		this.lunchesPerMonth = values.lunchesPerMonth;
		this.date = values.date;
		this.critSingle = values.critSingle;
		this.critPerPerson = values.critPerPerson;
		this.#familyPeople = null;
		this.submitted = false;
		const touched: Partial<Record<FieldKey, true>> = {};
		for (const key of present) touched[key] = true;
		this.touched = touched;
		if (values.date || values.critSingle || values.critPerPerson) this.staffOpen = true;
	}

	reset(): void {
		this.load('');
		this.staffOpen = false;
	}
}
