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
		fixErrors: 'Popraw dane zaznaczone na czerwono, a wynik pojawi się tutaj.',
		amountLabel: 'Zasiłek miesięcznie (szacunek):',
		eligible: 'Zasiłek może przysługiwać.',
		notEligible: 'Zasiłek nie przysługuje.',
		zeroBecauseProducts:
			'Gospodarstwo dostaje już produkty żywnościowe z programu, więc zasiłek wynosi 0 zł.',
		zeroBecauseMeals: 'Wszystkie osoby dostają już posiłek z programu, więc zasiłek wynosi 0 zł.',
		zeroBecauseFood:
			'Część zasiłku okresowego lub stałego na jedzenie jest nie mniejsza niż kwota maksymalna.',
		why: (ratio: string, tier: string) => `Dochód to ${ratio} kryterium dochodowego – ${tier}.`,
		tierLow: 'próg „do 100 %”',
		tierHigh: 'próg „powyżej 100 % do 200 %”',
		tierOver: 'więcej niż limit 200 %',
		facts: {
			ratio: 'Dochód w % kryterium',
			maximum: 'Kwota maksymalna dla gospodarstwa',
			deduction: 'Odliczona część zasiłku okresowego / stałego',
			amount: 'Zasiłek miesięcznie'
		},
		announce: (amount: string, eligible: boolean) =>
			eligible ? `Wynik: ${amount} miesięcznie.` : `Wynik: zasiłek nie przysługuje, ${amount}.`,
		stepsHeading: 'Jak to policzyliśmy',
		stepsIntro: 'Kroki wyliczenia po kolei. Przy każdym – podstawa z zarządzenia.',
		basis: 'Podstawa',
		basisOpenAll: 'Rozwiń podstawę prawną',
		ruleLink: (rule: string) => `Zasada ${rule} – zobacz na stronie „Podstawa prawna”`,
		note: 'informacja',
		valuesLabel: 'Liczby',
		peopleHeading: 'Kwota dla każdej osoby',
		peopleCaption:
			'Maksymalne kwoty dla osób w rodzinie i porównanie: z ośrodkiem wsparcia i bez niego (zł miesięcznie).',
		peopleCaptionSingle:
			'Maksymalna kwota i porównanie: z ośrodkiem wsparcia i bez niego (zł miesięcznie).',
		colPerson: 'Osoba',
		colUse: 'Ośrodek wsparcia',
		colMax: 'Kwota maksymalna',
		colWithout: 'Bez ośrodka',
		colWith: 'Z ośrodkiem',
		colDifference: 'Różnica',
		total: 'Razem',
		you: 'Ty',
		useNone: 'nie korzysta',
		useCentre: 'korzysta (DDP / KS+)',
		useMeals: 'dostaje posiłek',
		mealsRow: '0 zł – dostaje posiłek (jedna forma pomocy)',
		chosenMark: '✓ – kwota, która dotyczy tej osoby.',
		chosenHidden: '(dotyczy tej osoby)',
		comparisonNote:
			'Porównanie dotyczy kwot maksymalnych, przed odliczeniem części zasiłku okresowego lub stałego.',
		estimateTitle: 'To tylko szacunek',
		estimate:
			'O przyznaniu zasiłku i jego wysokości decyduje Ośrodek w decyzji, po wywiadzie środowiskowym, który przeprowadza pracownik socjalny (procedura, pkt 2.3). Dochód ustala pracownik socjalny – może się różnić od wpisanego.',
		special:
			'W szczególnie uzasadnionych przypadkach kwoty mogą być wyższe – po uzgodnieniu z Dyrektorem Ośrodka (zał. nr 4, pkt 3). Kalkulator tego nie uwzględnia.',
		parametersHeading: 'Użyte wartości',
		calcDate: 'Data wyliczenia',
		printedOn: 'Wydrukowano',
		criterionSingle: 'Kryterium dochodowe, osoba samotna',
		criterionPerPerson: 'Kryterium dochodowe, osoba w rodzinie',
		manualCriterion: 'podane ręcznie',
		since: (date: string) => `od ${date}`,
		orderShort: 'Zarządzenie Nr 24/2025, zał. nr 4',
		maximaLabel: 'Kwoty maksymalne i cena obiadu',
		inputsHeading: 'Dane do wyliczenia',
		inputHousehold: 'Gospodarstwo',
		inputSingle: 'osoba samotnie gospodarująca',
		inputFamily: (n: number) => `rodzina, ${n} os.`,
		inputIncome: 'Dochód netto gospodarstwa',
		inputIncomeRange: 'Dochód (przedział)',
		inputFood: 'Część zasiłku okresowego / stałego na jedzenie',
		inputProducts: 'Produkty żywnościowe z programu',
		inputLunches: 'Obiady w ośrodku w miesiącu',
		inputMembers: 'Korzystanie z ośrodka wsparcia',
		none: 'brak',
		yes: 'tak',
		no: 'nie'
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
	},
	pdf: {
		fileName: (date: string) => `wyliczenie-zasilku-${date}.pdf`,
		title: 'Wyliczenie zasiłku celowego na zakup żywności',
		subtitle: 'Program „Posiłek w szkole i w domu” – szacunek kalkulatora MOPS Kędzierzyn-Koźle',
		stepsHeading: 'Kroki wyliczenia',
		basis: 'Podstawa:',
		footer:
			'Kalkulator zasiłku na posiłek – MOPS Kędzierzyn-Koźle. Dokument informacyjny, nie jest decyzją.'
	}
} as const;

/** The sources page (/zrodla/): imported from this file directly, so / does not carry it. */
export const calculatorSources = {
	pageTitle: 'Podstawa prawna – MOPS Kędzierzyn-Koźle',
	heading: 'Podstawa prawna',
	lead: 'Skąd pochodzą liczby w kalkulatorze: każda wartość z datą, od kiedy obowiązuje, i aktem, który ją ustala, oraz dosłowne brzmienie zasad Ośrodka.',
	back: 'Wróć do kalkulatora',
	toc: 'Na tej stronie',
	parametersHeading: 'Wartości używane w kalkulatorze',
	parametersIntro: (date: string) => `Stan na ${date}.`,
	colParameter: 'Wartość',
	colValue: 'Kwota',
	colValid: 'Obowiązuje',
	colSource: 'Źródło',
	validRange: (from: string, to: string | null) => (to ? `od ${from} do ${to}` : `od ${from}`),
	critSingle: 'Kryterium dochodowe – osoba samotnie gospodarująca',
	critPerPerson: 'Kryterium dochodowe – osoba w rodzinie',
	limit: 'Limit dochodu w programie',
	limitValue: (p: string) => `${p} % kryterium`,
	lunchPrice: 'Cena obiadu w ośrodku wsparcia (próg powyżej 100 %)',
	maximum: (table: number, who: string) => `Kwota maksymalna – tabela nr ${table}, ${who}`,
	reviewNote: (date: string) =>
		`Kryteria dochodowe są weryfikowane co trzy lata. Od ${date} kalkulator ostrzega, że mogły się zmienić; pracownik może wtedy wpisać kryterium ręcznie („Opcje dla pracownika”).`,
	earlierNote: (date: string) =>
		`Kwoty Ośrodka obowiązują od ${date}. Dla wcześniejszej daty kalkulator nie liczy zasiłku.`,
	rulesHeading: 'Zasady kalkulatora (R1–R9)',
	rulesIntro:
		'Każdy krok wyliczenia ma numer zasady. Poniżej: co zasada robi i na którym punkcie zarządzenia się opiera.',
	orderHeading: 'Zasady Ośrodka – brzmienie',
	orderIntro:
		'Zarządzenie Nr 24/2025 Dyrektora Miejskiego Ośrodka Pomocy Społecznej w Kędzierzynie-Koźlu z dnia 20 listopada 2025 r., załącznik nr 4: „Zasady przyznawania świadczenia pieniężnego w postaci zasiłku celowego w ramach wieloletniego rządowego programu »Posiłek w szkole i w domu«”. Cytaty dosłowne.',
	point: (n: number) => `Punkt ${n}`,
	procedureHeading: 'Wywiad środowiskowy (procedura, pkt 2.3)',
	procedureIntro:
		'Wynik kalkulatora to szacunek. Zasiłek przyznaje Ośrodek po wywiadzie środowiskowym. Procedura postępowania w sprawach dotyczących korzystania z usług ośrodków wsparcia (zał. nr 1 do Zarządzenia Nr 24/2025), pkt 2.3:',
	procedureQuote:
		'Po otrzymaniu wniosku pracownik socjalny Ośrodka w trybie i na zasadach przewidzianych Ustawą, kompletuje niezbędne dokumenty i przeprowadza wywiad środowiskowy z osobą ubiegającą się o skierowanie do DDP.',
	actLink: 'tekst rozporządzenia w ISAP',
	rules: [
		{
			id: 'R1',
			title: 'Kto może dostać zasiłek',
			text: 'Dochód gospodarstwa może wynosić od 0 do 200 % kryterium dochodowego. Dla rodziny porównuje się dochód na osobę z kryterium na osobę w rodzinie. Powyżej 200 % zasiłek nie przysługuje.',
			ref: 'Zał. nr 4, pkt 1',
			anchor: 'pkt-1'
		},
		{
			id: 'R2',
			title: 'Próg dochodowy',
			text: 'Do 100 % kryterium włącznie – tabele nr 1 i 3. Powyżej 100 % do 200 % włącznie – tabele nr 2 i 4.',
			ref: 'Zał. nr 4, tabele nr 1–4 (nagłówki)',
			anchor: 'tabele'
		},
		{
			id: 'R3',
			title: 'Korzystanie z ośrodka wsparcia',
			text: 'Dla każdej osoby: nie korzysta z ośrodka, korzysta z Domu Dziennego Pobytu lub Klubu Senior+ (do 100 % – bezpłatnie, powyżej 100 % – 8,00 zł za obiad) albo dostaje już posiłek z programu.',
			ref: 'Zał. nr 4, tabele nr 1–4 (kolumny)',
			anchor: 'tabele'
		},
		{
			id: 'R4',
			title: 'Kwota maksymalna dla osoby',
			text: 'Kwota z tabeli dla progu, rodzaju gospodarstwa i korzystania z ośrodka. Różnica między kolumnami to „koszt” korzystania z ośrodka.',
			ref: 'Zał. nr 4, tabele nr 1–4',
			anchor: 'tabele'
		},
		{
			id: 'R5',
			title: 'Kwota maksymalna dla rodziny',
			text: 'Suma kwot wszystkich osób w rodzinie.',
			ref: 'Zał. nr 4, pod tabelami nr 3 i 4',
			anchor: 'tabela-3'
		},
		{
			id: 'R6',
			title: 'Część zasiłku okresowego lub stałego na jedzenie',
			text: 'Tylko w progu do 100 %: od kwoty maksymalnej odejmuje się część zasiłku okresowego lub stałego przeznaczoną na jedzenie i zaokrągla w górę do pełnych dziesiątek złotych – ale nie więcej niż kwota maksymalna. W progu powyżej 100 % nic się nie odejmuje.',
			ref: 'Zał. nr 4, tabele nr 1 i 3',
			anchor: 'tabela-1'
		},
		{
			id: 'R7',
			title: 'Jedna forma pomocy naraz',
			text: 'Posiłek albo zasiłek celowy na żywność albo produkty żywnościowe. Osoba, która dostaje posiłek, nie zwiększa zasiłku; gospodarstwo, które dostaje produkty, nie dostaje zasiłku.',
			ref: 'Zał. nr 4, pkt 4',
			anchor: 'pkt-4'
		},
		{
			id: 'R8',
			title: 'Obiady po 8,00 zł (informacja)',
			text: 'W progu powyżej 100 % osoba korzystająca z ośrodka płaci 8,00 zł za obiad. Kalkulator pokazuje, na ile obiadów wystarcza jej kwota – to nie zmienia zasiłku.',
			ref: 'Zał. nr 4, tabele nr 2 i 4',
			anchor: 'tabela-2'
		},
		{
			id: 'R9',
			title: 'Szczególnie uzasadnione przypadki',
			text: 'Kwoty mogą być wyższe po uzgodnieniu i akceptacji Dyrektora Ośrodka. Kalkulator tego nie stosuje, ale mówi o tym pod każdym wynikiem.',
			ref: 'Zał. nr 4, pkt 3',
			anchor: 'pkt-3'
		}
	]
} as const;
