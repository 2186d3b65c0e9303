// Every string of the calculator page (/) and the sources page (/zrodla/).
import { PERSON_FORMS_ACCUSATIVE, plural } from './words';

/** "3 osoby", "5 osób", "1 osobę" (after "liczy"). */
const persons = (n: number) => `${n} ${plural(n, PERSON_FORMS_ACCUSATIVE)}`;

export const calculator = {
	pageTitle: 'Kalkulator zasiłku na posiłek – MOPS Kędzierzyn-Koźle',
	heading: 'Kalkulator zasiłku na posiłek',
	lead: 'Sprawdź, do jakiej kwoty Ośrodek może przyznać zasiłek celowy na zakup żywności z programu „Posiłek w szkole i w domu”. Wynik pojawi się poniżej, gdy wpiszesz dochód.',
	privacy: 'Nic z tego, co wpiszesz, nie jest wysyłane ani zapisywane.',
	/** After "Tekst w tym polu jest za długi…" in an amount field. */
	amountOnly: 'Wpisz samą kwotę w złotych, np. 2469,50.',

	household: {
		legend: 'Kto prowadzi gospodarstwo domowe?',
		single: 'Mieszkam i gospodaruję sam / sama',
		singleHint: 'osoba samotnie gospodarująca',
		family: 'Rodzina – 2 lub więcej osób',
		familyHint: 'osoby, które razem mieszkają i prowadzą wspólne gospodarstwo'
	},
	members: {
		heading: 'Osoby w rodzinie',
		count: (n: number) => `Rodzina liczy ${persons(n)}.`,
		hint: 'Dla każdej osoby zaznacz, czy korzysta z ośrodka wsparcia. Zwykle nikt nie korzysta – wtedy nic nie zmieniaj.',
		person: (n: number) => `Osoba ${n}`,
		singleLegend: 'Czy korzystasz z ośrodka wsparcia?',
		optionNone: 'Nie korzysta z ośrodka',
		optionNoneSingle: 'Nie korzystam',
		optionCentreSingle: 'Korzystam z Domu Dziennego Pobytu lub Klubu Senior+',
		optionMealsSingle: 'Dostaję już posiłek z programu',
		optionCentre: 'Korzysta z Domu Dziennego Pobytu lub Klubu Senior+',
		optionMeals: 'Dostaje już posiłek z programu',
		optionMealsHint: 'np. obiady w jadłodajni – wtedy ta osoba nie zwiększa kwoty zasiłku',
		add: 'Dodaj osobę',
		remove: (n: number) => `Usuń osobę ${n}`,
		removeShort: 'Usuń',
		maxReached: 'Rodzina może liczyć najwyżej 20 osób.',
		added: (n: number) => `Dodano osobę ${n}.`,
		removed: (n: number) => `Usunięto osobę. Rodzina liczy teraz ${persons(n)}.`
	},
	income: {
		legend: 'Dochód',
		modeExact: 'Znam dokładną kwotę – wpiszę ją',
		modeRange: 'Nie znam dokładnej kwoty – wybiorę przedział',
		label: 'Łączny miesięczny dochód netto gospodarstwa',
		labelFamily: 'Łączny miesięczny dochód netto całej rodziny',
		hint: 'Suma dochodów wszystkich osób z miesiąca przed złożeniem wniosku, po odliczeniu podatku i składek, w złotych, np. 2469,50. Nie wliczaj tego, czego ustawa nie liczy do dochodu, np. świadczenia wychowawczego 800+. Dochód ustala pracownik socjalny.',
		perPerson: 'Na osobę:',
		ofCriterion: 'Kryterium dochodowe:',
		percentOf: (percent: string, criterion: string) =>
			`to ${percent} kryterium dochodowego, które wynosi ${criterion}`,
		rangeLegend: 'Ile mniej więcej wynosi dochód?',
		rangeHintSingle: (criterion: string) =>
			`Kryterium dochodowe dla osoby samotnie gospodarującej wynosi ${criterion}.`,
		rangeHintFamily: (criterion: string, n: number) =>
			`Kryterium dochodowe wynosi ${criterion} na osobę; kwoty poniżej są dla rodziny liczącej ${persons(n)}.`,
		rangeLow: (household: string, perPerson: string) =>
			`do ${household}${perPerson ? ` (${perPerson} na osobę)` : ''}`,
		rangeMid: (from: string, to: string) => `powyżej ${from} do ${to}`,
		rangeHigh: (from: string) => `więcej niż ${from}`,
		rangeLowGeneric: 'do 100 % kryterium dochodowego',
		rangeMidGeneric: 'powyżej 100 % do 200 % kryterium dochodowego',
		rangeHighGeneric: 'więcej niż 200 % kryterium dochodowego',
		assumed: (amount: string) =>
			`Nie podano dokładnego dochodu. Wyliczenie przyjmuje ${amount} – górną granicę wybranego przedziału; kwota maksymalna jest taka sama dla każdego dochodu w tym przedziale.`,
		assumedHigh: (limit: string) =>
			`Nie podano dokładnego dochodu. Przy dochodzie wyższym niż ${limit} zasiłku z tego programu nie można przyznać (wyliczenie przyjmuje dochód o 1 grosz wyższy od tej kwoty).`
	},
	food: {
		label: 'Część zasiłku okresowego lub stałego przeznaczona na zakup żywności (jeśli jest)',
		hint: 'Jeśli otrzymujesz zasiłek okresowy lub stały i jego część ma zostać przeznaczona na zakup żywności, wpisz tę kwotę – kalkulator odejmie ją od kwoty maksymalnej. Jeśli nie, zostaw puste.',
		notAsked:
			'Części zasiłku okresowego lub stałego przeznaczonej na zakup żywności nie trzeba podawać: przy dochodzie powyżej 100 % kryterium zarządzenie jej nie odlicza (tabele nr 2 i 4), więc nie zmienia ona kwoty.'
	},
	products: {
		legend:
			'Czy gospodarstwo otrzymuje produkty żywnościowe z programu „Posiłek w szkole i w domu”?',
		hint: 'Paczki lub produkty żywnościowe (pomoc rzeczowa) z tego programu.',
		yes: 'Tak',
		no: 'Nie'
	},
	lunches: {
		labelSingle: 'Ile obiadów w miesiącu jesz w ośrodku wsparcia? (nieobowiązkowe)',
		labelOne:
			'Ile obiadów w miesiącu je w ośrodku wsparcia osoba, która z niego korzysta? (nieobowiązkowe)',
		labelMany: 'Ile obiadów w miesiącu je w ośrodku wsparcia każda z tych osób? (nieobowiązkowe)',
		hint: 'Liczba obiadów jednej osoby. Tylko informacja: pokażemy, ile to razem po 8,00 zł za obiad. Ta liczba nie zmienia kwoty zasiłku.'
	},
	staff: {
		toggle: 'Opcje dla pracownika',
		heading: 'Opcje dla pracownika',
		dateLabel: 'Data wyliczenia',
		dateHint: (today: string) =>
			`rrrr-mm-dd, dd.mm.rrrr albo słownie, np. ${today} lub 1 grudnia 2026. Puste pole oznacza dzisiejszą datę.`,
		critLegend: 'Kryterium dochodowe podane ręcznie',
		critHint:
			'Wypełnij tylko wtedy, gdy kryteria ustawowe się zmieniły. Wystarczy kryterium, które dotyczy sprawy: dla rodziny – na osobę w rodzinie, dla osoby samotnie gospodarującej – dla osoby samotnie gospodarującej. Puste drugie pole oznacza kryterium ustawowe.',
		critSingleLabel: 'Dla osoby samotnie gospodarującej',
		critPerPersonLabel: 'Na osobę w rodzinie',
		legalOpen: 'Pokazuj podstawę prawną każdego kroku od razu rozwiniętą'
	},
	actions: {
		show: 'Pokaż wynik'
	},
	result: {
		heading: 'Wynik',
		waiting: 'Wynik pojawi się tutaj, gdy wpiszesz dochód.',
		announce: (amount: string, eligible: boolean, zero: boolean) =>
			!eligible
				? `Wynik: zasiłku z tego programu nie można przyznać, ${amount}.`
				: zero
					? `Wynik: ${amount}.`
					: `Wynik: do ${amount} miesięcznie (kwota maksymalna).`
	},
	noScriptTables: 'Maksymalne kwoty zasiłku miesięcznie',
	sourcesLink:
		'Skąd pochodzą liczby: każda wartość z datą i aktem, który ją ustala, oraz dosłowne brzmienie zasad Ośrodka.'
} as const;
