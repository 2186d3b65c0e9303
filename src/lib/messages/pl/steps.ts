// The explanation in Polish: for each kind of step the engine returns (src/lib/rules/types.ts,
// StepFacts), its heading, its sentence and its labelled numbers. The page, the printout and the
// PDF all word steps through wordStep(). Loaded with the result, never on a first visit.
import type { Household, MemberKind, Step, Warning } from '$lib/rules';
import { wordStepWith, type StepMessages, type WordedStep } from '../step-words';
import { formatCount, formatDateLong, formatMoney, formatPercent } from '$lib/format';
import { LUNCH_FORMS, LUNCH_FORMS_DATIVE, PERSON_FORMS_ACCUSATIVE, plural } from './words';
import { calculatorResult as res } from './calculator-result';

const zl = formatMoney;
const yesNo = (b: boolean) => (b ? 'tak' : 'nie');
const MANUAL = 'kryterium podane ręcznie';
/** A step's amount in its numbers: a maximum still, not an amount granted. */
const AFTER_STEP = 'kwota maksymalna po tym kroku';
const CALCULATED = 'wyliczona kwota';

/** How a person uses a centre, in the tables of numbers: "nie korzysta". */
export const KIND_USE: Record<MemberKind, string> = {
	none: res.useNone,
	centre: res.useCentre,
	meals: res.useMeals
};

const KIND_SENTENCE: Record<MemberKind, string> = {
	none: 'nie korzysta z ośrodka wsparcia ani z posiłków w jadłodajni',
	centre: 'korzysta z ośrodka wsparcia (Domu Dziennego Pobytu lub Klubu Senior+)',
	meals: 'otrzymuje już posiłek w ramach programu „Posiłek w szkole i w domu”'
};

function who(household: Household, person: number): string {
	return household === 'single' ? 'Osoba samotnie gospodarująca' : `Osoba ${person}`;
}

function people(n: number): string {
	return `${formatCount(n)} ${plural(n, PERSON_FORMS_ACCUSATIVE)}`;
}

function lunchesText(n: number): string {
	return `${formatCount(n)} ${plural(n, LUNCH_FORMS)}`;
}

export const stepMessages: StepMessages = {
	'R1.incomeLimit': {
		title: (f) =>
			f.eligible ? 'Dochód mieści się w limicie 200 %' : 'Dochód przekracza limit 200 %',
		text: (f) => {
			const criterion = zl(f.criterion);
			const critText = `${criterion} (${f.criterionCitation ?? MANUAL})`;
			const income =
				f.incomePerPerson === null
					? `Kryterium dochodowe dla osoby samotnie gospodarującej wynosi ${critText}. Dochód ${zl(f.income)} to ${formatPercent(f.ratioPercent)} tego kryterium.`
					: `Kryterium dochodowe na osobę w rodzinie wynosi ${critText}. Dochód rodziny ${zl(f.income)} podzielony na ${people(f.members)} to ${zl(f.incomePerPerson)} na osobę${f.perPersonRoundedUp ? ' (po zaokrągleniu w górę do grosza)' : ''}, czyli ${formatPercent(f.ratioPercent)} kryterium.`;
			const limit =
				f.household === 'single'
					? `Zasiłek można przyznać przy dochodzie do 200 % kryterium, czyli do 2 × ${criterion} = ${zl(f.upTo200)}.`
					: `Zasiłek można przyznać przy dochodzie do 200 % kryterium, czyli dla rodziny liczącej ${people(f.members)} do 2 × ${formatCount(f.members)} × ${criterion} = ${zl(f.upTo200)}.`;
			const verdict =
				f.excess === null
					? 'Dochód mieści się w tym limicie.'
					: `Dochód przekracza limit o ${zl(f.excess)}, więc zasiłku z tego programu nie można przyznać.`;
			return `${income} ${limit} ${verdict}`;
		},
		values: (f) => [
			{ label: 'dochód gospodarstwa', value: zl(f.income) },
			{ label: 'liczba osób', value: formatCount(f.members) },
			{ label: 'kryterium dochodowe', value: zl(f.criterion) },
			{ label: MANUAL, value: yesNo(f.criterionCitation === null) },
			...(f.incomePerPerson === null
				? []
				: [
						{
							label: 'dochód na osobę (po zaokrągleniu w górę do grosza)',
							value: zl(f.incomePerPerson)
						}
					]),
			{ label: 'dochód w % kryterium', value: formatPercent(f.ratioPercent) },
			{ label: 'limit 200 % dla gospodarstwa', value: zl(f.upTo200) },
			...(f.excess === null ? [] : [{ label: 'przekroczenie limitu', value: zl(f.excess) }])
		]
	},
	'R2.tier': {
		title: (f) =>
			f.tier === 'upTo100'
				? 'Dochód do 100 % kryterium'
				: 'Dochód powyżej 100 % do 200 % kryterium',
		text: (f) => {
			if (f.household === 'single') {
				return f.tier === 'upTo100'
					? `Dochód ${zl(f.income)} nie przekracza 100 % kryterium (${zl(f.upTo100)}), więc stosuje się kwoty dla dochodu do 100 % kryterium (tabela nr ${f.table}).`
					: `Dochód ${zl(f.income)} jest wyższy niż 100 % kryterium (${zl(f.upTo100)}), ale nie wyższy niż 200 % (${zl(f.upTo200)}), więc stosuje się kwoty dla dochodu powyżej 100 % do 200 % kryterium (tabela nr ${f.table}).`;
			}
			// Tables 3 and 4 speak of the income per person: the household's total is that
			// criterion for every person.
			return f.tier === 'upTo100'
				? `Dochód rodziny ${zl(f.income)} nie przekracza 100 % kryterium liczonego dla całej rodziny (${zl(f.upTo100)}), więc stosuje się kwoty dla dochodu do 100 % kryterium (tabela nr ${f.table}).`
				: `Dochód rodziny ${zl(f.income)} jest wyższy niż 100 % kryterium liczonego dla całej rodziny (${zl(f.upTo100)}), ale nie wyższy niż 200 % (${zl(f.upTo200)}), więc stosuje się kwoty dla dochodu powyżej 100 % do 200 % kryterium (tabela nr ${f.table}).`;
		},
		values: (f) => [
			{ label: 'dochód gospodarstwa', value: zl(f.income) },
			{ label: '100 % kryterium dla gospodarstwa', value: zl(f.upTo100) },
			{ label: '200 % kryterium dla gospodarstwa', value: zl(f.upTo200) },
			{ label: 'tabela', value: String(f.table) }
		]
	},
	'R3.centreUse': {
		title: () => 'Korzystanie z ośrodka wsparcia',
		text: (f) => {
			const persons = f.members
				.map((k, i) => `${who(f.household, i + 1)} ${KIND_SENTENCE[k]}.`)
				.join(' ');
			// The column heading says whom the column is for; the fees are set elsewhere
			// (the procedure, points 4.1 and 4.4).
			const column =
				f.centreColumn === null
					? ''
					: ` Dla osoby korzystającej z ośrodka wsparcia tabela nr ${f.table} podaje kwotę w kolumnie „${f.centreColumn}”. Opis kolumny nie ustala opłat: odpłatność ustala decyzja, według uchwał Rady Miasta Kędzierzyn-Koźle i zarządzenia Dyrektora Ośrodka.`;
			return `${persons}${column}`;
		},
		values: (f) => f.members.map((k, i) => ({ label: `osoba ${i + 1}`, value: KIND_USE[k] }))
	},
	'R4.personMaximum': {
		title: (f) => `${who(f.household, f.person)}: kwota maksymalna`,
		text: (f) =>
			f.withoutCentre === null
				? `Do ${zl(f.maximum)} miesięcznie (kwota maksymalna z tabeli nr ${f.table}).`
				: `Do ${zl(f.maximum)} miesięcznie. Dla osoby korzystającej z ośrodka wsparcia tabela nr ${f.table} podaje kwotę maksymalną ${zl(f.maximum)}, a dla osoby niekorzystającej z ośrodka wsparcia – ${zl(f.withoutCentre)}.`,
		values: (f) => [
			{ label: 'kwota maksymalna dla osoby', value: zl(f.maximum) },
			...(f.withoutCentre === null
				? []
				: [
						{
							label: 'kwota maksymalna dla osoby niekorzystającej z ośrodka wsparcia',
							value: zl(f.withoutCentre)
						}
					])
		]
	},
	'R7.personMeals': {
		title: (f) => `${who(f.household, f.person)}: posiłek zamiast zasiłku`,
		text: (f) => {
			const oneForm = `${who(f.household, f.person)} otrzymuje już posiłek w ramach programu. W tym samym czasie można otrzymać tylko jedną formę wsparcia: posiłek, zasiłek celowy na zakup żywności albo pomoc rzeczową w postaci produktów żywnościowych`;
			return f.household === 'single'
				? `${oneForm}, dlatego kalkulator liczy ${zl('0')}. Jeśli wolisz zasiłek zamiast posiłku, porozmawiaj z pracownikiem socjalnym.`
				: `${oneForm}. Kalkulator przyjmuje, że dotyczy to każdej osoby osobno: dla tej osoby liczy ${zl('0')}, a pozostałe osoby w rodzinie liczy jak zwykle. Jak ta zasada zostanie zastosowana w Twojej sprawie, rozstrzygnie Ośrodek w decyzji.`;
		},
		values: () => [
			{ label: 'forma pomocy', value: KIND_USE.meals },
			{ label: 'kwota dla osoby', value: zl('0.00') }
		]
	},
	'R5.householdMaximum': {
		title: (f) => (f.household === 'single' ? 'Kwota maksymalna' : 'Kwota maksymalna dla rodziny'),
		text: (f) =>
			f.household === 'single'
				? `Kwota maksymalna zasiłku: do ${zl(f.total)} miesięcznie.`
				: `Kwota maksymalna dla rodziny to suma kwot maksymalnych wszystkich osób: ${f.maxima.map(zl).join(' + ')} = ${zl(f.total)} miesięcznie.`,
		values: (f) => [
			...f.maxima.map((m, i) => ({ label: `osoba ${i + 1}`, value: zl(m) })),
			{ label: 'suma', value: zl(f.total) }
		]
	},
	'R6.notApplicable': {
		title: () => 'Część zasiłku okresowego lub stałego – nie dotyczy',
		text: (f) =>
			`Przy dochodzie powyżej 100 % do 200 % kryterium (tabela nr ${f.table}) zarządzenie nie odlicza części zasiłku okresowego lub stałego przeznaczonej na zakup żywności. Podana kwota ${zl(f.foodPart)} nie zmienia kwoty maksymalnej: do ${zl(f.maximum)} miesięcznie.`,
		values: (f) => [...foodBase(f), { label: AFTER_STEP, value: zl(f.maximum) }]
	},
	'R6.nothingToDeduct': {
		title: () => 'Bez odliczenia',
		text: (f) =>
			`Nie podano części zasiłku okresowego ani stałego przeznaczonej na zakup żywności (albo podano 0 zł), więc kwoty maksymalnej nie pomniejsza się ani nie zaokrągla: pozostaje do ${zl(f.maximum)} miesięcznie.`,
		values: (f) => [...foodBase(f), { label: AFTER_STEP, value: zl(f.maximum) }]
	},
	'R6.wholeMaximum': {
		title: () => 'Odliczenie części zasiłku okresowego lub stałego',
		text: (f) =>
			`Część zasiłku okresowego lub stałego przeznaczona na zakup żywności (${zl(f.foodPart)}) jest ${f.equal ? 'równa kwocie maksymalnej' : 'wyższa niż kwota maksymalna'} (${zl(f.maximum)}). Odlicza się najwyżej całą kwotę maksymalną: odliczono ${zl(f.maximum)} z ${zl(f.maximum)}, więc kwota wynosi ${zl('0')}.`,
		values: (f) => [
			...foodBase(f),
			{ label: 'odliczono (najwyżej kwota maksymalna)', value: zl(f.maximum) },
			{ label: CALCULATED, value: zl('0.00') }
		]
	},
	'R6.subtraction': {
		title: () => 'Odliczenie części zasiłku okresowego lub stałego',
		text: (f) =>
			`Od kwoty maksymalnej odejmuje się część zasiłku okresowego lub stałego przeznaczoną na zakup żywności: ${zl(f.maximum)} − ${zl(f.foodPart)} = ${zl(f.difference)}.`,
		values: (f) => [...foodBase(f), { label: 'różnica', value: zl(f.difference) }]
	},
	'R6.rounding': {
		title: () => 'Zaokrąglenie w górę do pełnych dziesiątek',
		text: (f) => {
			let text =
				f.rounded === f.difference
					? `Wyliczoną kwotę zaokrągla się w górę do pełnych dziesiątek złotych. Kwota ${zl(f.difference)} jest już zaokrąglona do pełnych dziesiątek, więc zaokrąglenie niczego nie zmienia.`
					: `Wyliczoną kwotę zaokrągla się w górę do pełnych dziesiątek złotych: ${zl(f.difference)} po zaokrągleniu to ${zl(f.rounded)}.`;
			if (f.capped) {
				text += ` To więcej niż kwota maksymalna (${zl(f.maximum)}). Zarządzenie określa kwoty maksymalne, dlatego kalkulator przyjmuje nie więcej niż ${zl(f.maximum)}.`;
			}
			return text;
		},
		values: (f) => [
			{ label: 'różnica', value: zl(f.difference) },
			{ label: 'po zaokrągleniu', value: zl(f.rounded) },
			{ label: 'kwota maksymalna', value: zl(f.maximum) },
			{ label: 'ograniczono do kwoty maksymalnej', value: yesNo(f.capped) },
			{ label: AFTER_STEP, value: zl(f.amount) }
		]
	},
	'R7.foodProducts': {
		title: () => 'Produkty żywnościowe zamiast zasiłku',
		text: (f) =>
			`Podano, że gospodarstwo otrzymuje w ramach programu pomoc rzeczową w postaci produktów żywnościowych. W tym samym czasie można otrzymać tylko jedną formę wsparcia, dlatego kalkulator wylicza ${zl('0')} zamiast kwoty maksymalnej do ${zl(f.before)}. Jeśli wolisz zasiłek zamiast produktów, porozmawiaj z pracownikiem socjalnym – o formie pomocy rozstrzyga Ośrodek w decyzji.`,
		values: (f) => [
			{ label: 'kwota przed uwzględnieniem produktów', value: zl(f.before) },
			{ label: CALCULATED, value: zl('0.00') }
		]
	},
	'R8.lunches': {
		title: (f) => `${who(f.household, f.person)}: obiady w ośrodku wsparcia (informacja)`,
		text: (f) => {
			let text = `Tylko informacja – nie zmienia kwoty. Kolumna tabeli nr ${f.table} dotyczy osoby korzystającej z ośrodka wsparcia w kwocie ${zl(f.price)} za obiad. Dla porównania: kwota maksymalna tej osoby (${zl(f.personMaximum)}) odpowiada ${formatCount(f.lunches)} ${plural(f.lunches, LUNCH_FORMS_DATIVE)} po ${zl(f.price)} (razem ${zl(f.lunchesCost)}). Kwota zasiłku nie zależy od liczby obiadów, a odpłatność za obiady w ośrodku wsparcia ustala się osobno.`;
			if (f.entered !== null && f.enteredCost !== null) {
				text += ` Podano, że ta osoba je w ośrodku ${lunchesText(f.entered)} w miesiącu: ${formatCount(f.entered)} × ${zl(f.price)} = ${zl(f.enteredCost)}.`;
			}
			return text;
		},
		values: (f) => [
			{ label: 'kwota za 1 obiad (opis kolumny tabeli)', value: zl(f.price) },
			{ label: 'kwota maksymalna osoby', value: zl(f.personMaximum) },
			{
				label: 'liczba pełnych obiadów mieszczących się w kwocie maksymalnej',
				value: formatCount(f.lunches)
			},
			{ label: 'razem za te obiady', value: zl(f.lunchesCost) },
			...(f.entered === null || f.enteredCost === null
				? []
				: [
						{
							label: 'liczba obiadów tej osoby w miesiącu (podana)',
							value: formatCount(f.entered)
						},
						{ label: 'razem za podaną liczbę obiadów', value: zl(f.enteredCost) }
					])
		]
	},
	'R9.specialCases': {
		title: () => 'Szczególnie uzasadnione przypadki',
		text: (f) =>
			f.eligible
				? 'W szczególnie uzasadnionych przypadkach kwoty mogą zostać zwiększone po uzgodnieniu z Dyrektorem Ośrodka i za jego akceptacją. Kalkulator tego nie uwzględnia – o taką możliwość zapytaj pracownika socjalnego.'
				: 'W szczególnie uzasadnionych przypadkach Ośrodek może zwiększyć kwoty zasiłku – dotyczy to jednak kwot, a nie limitu dochodu 200 % kryterium. O inne formy pomocy zapytaj pracownika socjalnego.',
		values: () => []
	}
};

function foodBase(f: { maximum: string; foodPart: string }) {
	return [
		{ label: 'kwota maksymalna', value: zl(f.maximum) },
		{
			label: 'część zasiłku okresowego lub stałego przeznaczona na zakup żywności',
			value: zl(f.foodPart)
		}
	];
}

/** A step in Polish words. */
export const wordStep = (step: Step): WordedStep => wordStepWith(stepMessages, step);

/** A warning above the result, in Polish. */
export function wordWarning(w: Warning): string {
	switch (w.kind) {
		case 'criteriaReviewDue':
			return `Kryteria dochodowe są weryfikowane co trzy lata i od ${formatDateLong(w.reviewAfter)} r. mogły się zmienić. Kalkulator liczy według ${w.criteriaCitation === null ? 'kryterium podanego ręcznie' : `kryteriów z ${w.criteriaCitation}`} – sprawdź aktualne kwoty w Ośrodku.`;
	}
}
