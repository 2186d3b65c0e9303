// Every string of the calculator page (/) and the sources page (/zrodla/).

export const calculator = {
	pageTitle: 'Kalkulator zasiłku na posiłek – MOPS Kędzierzyn-Koźle',
	heading: 'Kalkulator zasiłku na posiłek',
	lead: 'Sprawdź, ile może wynosić zasiłek celowy na zakup żywności z programu „Posiłek w szkole i w domu”. Wynik pojawi się poniżej, gdy wpiszesz dochód.',
	privacy: 'Nic z tego, co wpiszesz, nie jest wysyłane ani zapisywane.',

	household: {
		legend: 'Kto prowadzi gospodarstwo domowe?',
		single: 'Mieszkam i gospodaruję sam / sama',
		singleHint: 'osoba samotnie gospodarująca',
		family: 'Rodzina – 2 lub więcej osób',
		familyHint: 'osoby, które razem mieszkają i prowadzą wspólne gospodarstwo',
		error: 'Wybierz, czy gospodarujesz sam / sama, czy w rodzinie.'
	},
	members: {
		heading: 'Osoby w rodzinie',
		count: (n: number, word: string) => `Rodzina liczy ${n} ${word}.`,
		personForms: ['osobę', 'osoby', 'osób'] as const,
		hint: 'Dla każdej osoby zaznacz, czy korzysta z ośrodka wsparcia. Zwykle nikt nie korzysta – wtedy nic nie zmieniaj.',
		person: (n: number) => `Osoba ${n}`,
		singleLegend: 'Czy korzystasz z ośrodka wsparcia?',
		optionNone: 'Nie korzysta z ośrodka',
		optionNoneSingle: 'Nie korzystam',
		optionCentreSingle: 'Korzystam z Domu Dziennego Pobytu lub Klubu Senior+',
		optionMealsSingle: 'Dostaję już posiłek z programu',
		optionCentre: 'Korzysta z Domu Dziennego Pobytu lub Klubu Senior+',
		optionMeals: 'Dostaje już posiłek z programu',
		optionMealsHint: 'np. obiady w jadłodajni – wtedy zasiłek na tę osobę nie przysługuje',
		add: 'Dodaj osobę',
		remove: (n: number) => `Usuń osobę ${n}`,
		removeShort: 'Usuń',
		maxReached: 'Rodzina może liczyć najwyżej 20 osób.',
		personError: (n: number) => `Zaznacz, jak osoba ${n} korzysta z ośrodka wsparcia.`,
		singlePersonError: 'Zaznacz, czy korzystasz z ośrodka wsparcia.',
		tooFew:
			'Rodzina to co najmniej 2 osoby. Dodaj osobę albo wybierz „Mieszkam i gospodaruję sam / sama”.',
		tooMany: (n: number) =>
			`Rodzina może liczyć najwyżej 20 osób (jest ${n}). Usuń osoby ponad 20 albo zapytaj w Ośrodku.`,
		added: (n: number) => `Dodano osobę ${n}.`,
		removed: (people: string) => `Usunięto osobę. Rodzina liczy teraz ${people}.`
	},
	income: {
		legend: 'Dochód',
		modeLegend: 'Czy znasz dokładny dochód?',
		modeExact: 'Tak, wpiszę kwotę',
		modeRange: 'Nie, wybiorę przedział',
		label: 'Łączny miesięczny dochód netto gospodarstwa',
		labelFamily: 'Łączny miesięczny dochód netto całej rodziny',
		hint: 'Suma dochodów „na rękę” z ostatniego miesiąca, w złotych, np. 2469,50.',
		empty:
			'Wpisz miesięczny dochód netto w złotych, np. 2469,50. Jeśli nie znasz kwoty, wybierz „Nie, wybiorę przedział”.',
		perPerson: 'Na osobę:',
		ofCriterion: 'Kryterium dochodowe:',
		percentOf: (percent: string, criterion: string) => `${percent} kryterium (${criterion})`,
		rangeLegend: 'Ile mniej więcej wynosi dochód?',
		rangeHintSingle: (criterion: string) =>
			`Kryterium dochodowe dla osoby samotnie gospodarującej wynosi ${criterion}.`,
		rangeHintFamily: (criterion: string, n: number) =>
			`Kryterium dochodowe wynosi ${criterion} na osobę; kwoty poniżej są dla rodziny liczącej ${n} os.`,
		rangeLow: (household: string, perPerson: string) =>
			`do ${household}${perPerson ? ` (${perPerson} na osobę)` : ''}`,
		rangeMid: (from: string, to: string) => `od ${from} do ${to}`,
		rangeHigh: (from: string) => `więcej niż ${from}`,
		rangeLowGeneric: 'do 100 % kryterium dochodowego',
		rangeMidGeneric: 'od 100 % do 200 % kryterium dochodowego',
		rangeHighGeneric: 'więcej niż 200 % kryterium dochodowego',
		rangeError: 'Wybierz, ile mniej więcej wynosi dochód.',
		assumed: (amount: string) =>
			`Nie podano dokładnego dochodu. Wyliczenie przyjmuje ${amount} – górną granicę wybranego przedziału; kwota zasiłku jest taka sama dla każdego dochodu w tym przedziale.`,
		assumedHigh: (limit: string) =>
			`Nie podano dokładnego dochodu. Przy dochodzie wyższym niż ${limit} zasiłek nie przysługuje (wyliczenie przyjmuje dochód o 1 grosz wyższy od tej kwoty).`
	},
	food: {
		label: 'Część zasiłku okresowego lub stałego przeznaczona na jedzenie (jeśli jest)',
		hint: 'Jeśli dostajesz zasiłek okresowy lub stały i pracownik socjalny ustalił, że jego część ma iść na zakup jedzenia, wpisz tę kwotę – zostanie odjęta od zasiłku na posiłek. Jeśli nie, zostaw puste.',
		whatIsIt: 'Co to jest?'
	},
	products: {
		legend: 'Czy gospodarstwo dostaje produkty żywnościowe z programu „Posiłek w szkole i w domu”?',
		hint: 'Paczki lub produkty żywnościowe (pomoc rzeczowa) z tego programu.',
		yes: 'Tak',
		no: 'Nie',
		error: 'Zaznacz, czy gospodarstwo dostaje produkty żywnościowe z programu.'
	},
	lunches: {
		label: 'Ile obiadów w miesiącu jest jedzonych w ośrodku wsparcia? (nieobowiązkowe)',
		hint: 'Tylko informacyjnie: pokażemy, ile kosztują obiady po 8,00 zł. Nie zmienia to kwoty zasiłku.',
		invalid: 'Wpisz liczbę obiadów w miesiącu: liczbę całkowitą od 0 do 31, np. 20.',
		tooMany: 'W miesiącu jest najwyżej 31 dni; wpisz liczbę od 0 do 31, np. 20.'
	},
	staff: {
		toggle: 'Opcje dla pracownika',
		heading: 'Opcje dla pracownika',
		dateLabel: 'Data wyliczenia',
		dateHint: 'rrrr-mm-dd lub dd.mm.rrrr, np. 2026-11-23. Puste pole = dzisiaj.',
		dateInvalid: 'Wpisz datę jako rrrr-mm-dd lub dd.mm.rrrr, np. 2026-11-23.',
		critLegend: 'Kryterium dochodowe podane ręcznie',
		critHint: 'Tylko gdy kryteria ustawowe się zmieniły. Wpisz oba albo zostaw oba puste.',
		critSingleLabel: 'Dla osoby samotnie gospodarującej',
		critPerPersonLabel: 'Na osobę w rodzinie',
		critMissingSingle:
			'Wpisz też kryterium dla osoby samotnie gospodarującej, np. 1010,00 (albo wyczyść oba pola).',
		critMissingPerPerson:
			'Wpisz też kryterium na osobę w rodzinie, np. 823,00 (albo wyczyść oba pola).',
		critZero: (example: string) => `Kryterium musi być większe od zera, np. ${example}.`,
		legalOpen: 'Pokazuj podstawę prawną każdego kroku od razu rozwiniętą'
	},
	/** Field names before the messages in the error summary. */
	summaryLabels: {
		household: 'Gospodarstwo',
		members: 'Osoby w rodzinie',
		income: 'Dochód',
		range: 'Dochód',
		food: 'Część zasiłku na jedzenie',
		products: 'Produkty żywnościowe',
		lunches: 'Obiady w ośrodku',
		date: 'Data wyliczenia',
		critSingle: 'Kryterium dla osoby samotnej',
		critPerPerson: 'Kryterium na osobę w rodzinie'
	},
	actions: {
		show: 'Pokaż wynik',
		copy: 'Kopiuj link',
		copied: 'Link skopiowany. Możesz go wkleić np. w e-mailu – otworzy to samo wyliczenie.',
		copyFallback:
			'Nie udało się skopiować automatycznie. Link jest zaznaczony w polu poniżej – skopiuj go (Ctrl+C lub przytrzymaj palec).',
		copyFieldLabel: 'Link do tego wyliczenia',
		print: 'Drukuj',
		pdf: 'Pobierz wyliczenie (PDF)',
		pdfWorking: 'Przygotowuję PDF…',
		pdfDone: 'PDF został pobrany.',
		pdfFailed: 'Nie udało się przygotować pliku PDF. Spróbuj jeszcze raz albo użyj „Drukuj”.',
		reset: 'Wyczyść formularz',
		linkNote: 'Link zawiera tylko liczby i zaznaczone odpowiedzi – bez nazwisk.'
	},
	result: {
		heading: 'Wynik',
		waiting: 'Wynik pojawi się tutaj, gdy wpiszesz dochód.',
		announce: (amount: string, eligible: boolean) =>
			eligible ? `Wynik: ${amount} miesięcznie.` : `Wynik: zasiłek nie przysługuje, ${amount}.`
	},
	noScriptTables: 'Maksymalne kwoty zasiłku miesięcznie',
	sourcesLink:
		'Skąd pochodzą liczby: każda wartość z datą i aktem, który ją ustala, oraz dosłowne brzmienie zasad Ośrodka.',
	tablesHeading: 'Maksymalne kwoty zasiłku (zł miesięcznie)',
	tablesIntro:
		'Kwoty z zarządzenia Dyrektora MOPS (Nr 24/2025, zał. nr 4). Kwota dla rodziny to suma kwot wszystkich osób.',
	tables: {
		caption: (n: number) => `Tabela nr ${n}`,
		who: 'Kto',
		none: 'Nie korzysta z ośrodka wsparcia',
		centre: 'Korzysta z ośrodka wsparcia (DDP / Klub Senior+)',
		single: 'Osoba samotnie gospodarująca',
		family: 'Każda osoba w rodzinie',
		lower: 'dochód do 100 % kryterium',
		upper: 'dochód powyżej 100 % do 200 % kryterium',
		centreLunch: '(płaci 8,00 zł za obiad)',
		centreFree: '(bezpłatnie)',
		deductionNote:
			'Przy dochodzie do 100 % kryterium od kwoty odejmuje się część zasiłku okresowego lub stałego przeznaczoną na jedzenie, a wynik zaokrągla w górę do pełnych dziesiątek złotych.'
	}
} as const;
