// The calculator's result, its explanation and the summary PDF: only shown once the engine has
// loaded, so they travel with it. Import this file directly (not through ./index), so that the
// first visit of / does not carry it.
export const calculatorResult = {
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
	no: 'nie',
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
