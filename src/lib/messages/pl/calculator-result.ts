// The calculator's result, its explanation and the summary PDF: only shown once the engine has
// loaded, so they travel with it. Import this file directly (not through ./index), so that the
// first visit of / does not carry it.
import { PERSON_FORMS, plural } from './words';

export const calculatorResult = {
	fixErrors: 'Popraw dane zaznaczone na czerwono, a wynik pojawi się tutaj.',
	/** The fields that keep the result from showing: "„Dochód”, „Produkty żywnościowe”". */
	/** A field's label or what a person typed, quoted the language's way. */
	quoted: (text: string) => `„${text}”`,
	blockedBy: (fields: string) =>
		`Wynik pojawi się tutaj, gdy uzupełnisz lub poprawisz te pola: ${fields}.`,
	amountLabel: 'Kwota maksymalna zasiłku według zasad Ośrodka:',
	/** Before and after the amount: "do 675,00 zł miesięcznie". */
	upTo: 'do',
	perMonth: 'miesięcznie',
	eligible: 'Dochód mieści się w limicie programu – zasiłek można przyznać.',
	notEligible: 'Zasiłku z tego programu nie można przyznać.',
	zeroBecauseProducts:
		'Gospodarstwo otrzymuje już produkty żywnościowe z programu, a w tym samym czasie można otrzymać tylko jedną formę wsparcia – dlatego kwota wynosi 0 zł.',
	zeroBecauseMeals:
		'Wszystkie osoby otrzymują już posiłek z programu, a w tym samym czasie można otrzymać tylko jedną formę wsparcia – dlatego kwota wynosi 0 zł.',
	zeroBecauseFood:
		'Część zasiłku okresowego lub stałego przeznaczona na zakup żywności jest równa kwocie maksymalnej albo od niej wyższa – dlatego kwota wynosi 0 zł.',
	whyLow: (limit: string) =>
		`Dochód nie przekracza kryterium dochodowego (${limit}), więc stosuje się wyższe kwoty maksymalne.`,
	whyHigh: (limit: string, limit200: string) =>
		`Dochód jest wyższy niż kryterium dochodowe (${limit}), ale nie wyższy niż dwukrotność kryterium (${limit200}), więc stosuje się niższe kwoty maksymalne.`,
	whyOver: (limit200: string) =>
		`Dochód jest wyższy niż dwukrotność kryterium dochodowego (${limit200}) – to granica programu.`,
	familyLimit: (amount: string) => `${amount} dla całej rodziny`,
	facts: {
		ratio: 'Dochód w % kryterium',
		maximum: 'Kwota maksymalna z tabel zarządzenia',
		deduction: 'Odliczono część zasiłku okresowego lub stałego na zakup żywności',
		deductionOf: (shown: string, maximum: string) => `${shown} z ${maximum}`
	},
	stepsHeading: 'Jak to policzyliśmy',
	stepsIntro:
		'Kroki wyliczenia po kolei. Pod każdym krokiem można rozwinąć podstawę: punkt zarządzenia, jego dosłowne brzmienie i liczby.',
	basis: 'Podstawa',
	ruleId: (rule: string) => `zasada ${rule} kalkulatora`,
	basisOpenAll: 'Rozwiń podstawę prawną',
	ruleLink: (rule: string) => `Zasada ${rule} – zobacz na stronie „Podstawa prawna”`,
	note: 'informacja',
	valuesLabel: 'Liczby',
	peopleHeading: 'Kwota dla każdej osoby',
	peopleCaption:
		'Kwoty maksymalne z tabel zarządzenia dla każdej osoby w rodzinie: dla osoby niekorzystającej i dla osoby korzystającej z ośrodka wsparcia (zł miesięcznie).',
	peopleCaptionSingle:
		'Kwoty maksymalne z tabeli zarządzenia: dla osoby niekorzystającej i dla osoby korzystającej z ośrodka wsparcia (zł miesięcznie).',
	colPerson: 'Osoba',
	colUse: 'Ośrodek wsparcia',
	colMax: 'Kwota maksymalna',
	colWithout: 'Nie korzysta z ośrodka',
	colWith: 'Korzysta z ośrodka',
	total: 'Suma (dla porównania)',
	totalChosen: 'Kwota dla rodziny (suma ✓)',
	you: 'Ty',
	useNone: 'nie korzysta',
	useCentre: 'korzysta z ośrodka wsparcia',
	useMeals: 'otrzymuje posiłek z programu',
	mealsRow: '0 zł – otrzymuje już posiłek (jedna forma wsparcia naraz)',
	chosenMark: '✓ – kwota, która dotyczy tej osoby.',
	chosenHidden: '(dotyczy tej osoby)',
	comparisonNote:
		'Zarządzenie podaje dla osoby korzystającej z ośrodka wsparcia inną kwotę maksymalną niż dla osoby niekorzystającej. Kwoty są przed odliczeniem części zasiłku okresowego lub stałego.',
	estimateTitle: 'Kwota maksymalna, nie decyzja',
	estimate:
		'Kalkulator pokazuje najwyższą kwotę, jaką Ośrodek może przyznać według swoich zasad. O przyznaniu zasiłku i jego wysokości Ośrodek rozstrzyga w decyzji administracyjnej, wydanej po rodzinnym wywiadzie środowiskowym, który przeprowadza pracownik socjalny (art. 106 ust. 4 i art. 107 ustawy z dnia 12 marca 2004 r. o pomocy społecznej). Dochód ustala pracownik socjalny – może się różnić od wpisanego.',
	special:
		'W szczególnie uzasadnionych przypadkach kwoty mogą być wyższe – po uzgodnieniu z Dyrektorem Ośrodka (zał. nr 4, pkt 3). Kalkulator tego nie uwzględnia.',
	parametersHeading: 'Użyte wartości',
	calcDate: 'Data wyliczenia',
	printedOn: 'Wydrukowano',
	criterionSingle: 'Kryterium dochodowe, osoba samotnie gospodarująca',
	criterionPerPerson: 'Kryterium dochodowe, osoba w rodzinie',
	manualCriterion: 'podane ręcznie',
	since: (date: string) => `od ${date}`,
	orderShort: 'Zarządzenie Nr 24/2025, zał. nr 4',
	maximaLabel: 'Kwoty maksymalne i cena obiadu',
	inputsHeading: 'Dane do wyliczenia',
	inputHousehold: 'Gospodarstwo',
	inputSingle: 'osoba samotnie gospodarująca',
	inputFamily: (n: number) => `rodzina, ${n} ${plural(n, PERSON_FORMS)}`,
	inputIncome: 'Dochód netto gospodarstwa',
	inputIncomeRange: 'Dochód (przedział)',
	inputFood: 'Część zasiłku okresowego lub stałego na zakup żywności',
	foodNotApplicable: 'nie dotyczy (dochód powyżej 100 % kryterium)',
	inputProducts: 'Produkty żywnościowe z programu',
	inputLunches: 'Obiady jednej osoby w ośrodku w miesiącu',
	inputMembers: 'Korzystanie z ośrodka wsparcia',
	none: 'brak',
	yes: 'tak',
	no: 'nie',
	pdf: {
		fileName: (date: string) => `wyliczenie-zasilku-${date}.pdf`,
		title: 'Wyliczenie zasiłku celowego na zakup żywności',
		subtitle:
			'Program „Posiłek w szkole i w domu” – kwota maksymalna według zasad MOPS Kędzierzyn-Koźle, wyliczona przez kalkulator',
		stepsHeading: 'Kroki wyliczenia',
		basis: 'Podstawa:',
		footer:
			'Kalkulator zasiłku na posiłek – MOPS Kędzierzyn-Koźle. Dokument informacyjny, nie jest decyzją.'
	},
	/** Next to the QR code on the printout and in the PDF: it opens the same calculation. */
	qr: {
		title: 'Otwórz to wyliczenie w telefonie',
		text: 'Skieruj aparat telefonu na kod – otworzy się kalkulator z tymi samymi danymi. Kwota zostanie wyliczona według zasad obowiązujących w dniu otwarcia. Kod zawiera tylko liczby i zaznaczone odpowiedzi – bez nazwisk.',
		label: 'Kod QR z linkiem do tego wyliczenia',
		printCaption: 'Skieruj aparat telefonu na kod, aby otworzyć kalkulator z tymi danymi.'
	},
	actions: {
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
		linkNote: 'Link zawiera tylko liczby i zaznaczone odpowiedzi – bez nazwisk.',
		/** On the printout, in place of the QR code when its encoder has not loaded yet. */
		printLink: 'To wyliczenie otworzysz w przeglądarce pod adresem:',
		/** Shown only where the browser can hand the link to another app (the Web Share API). */
		share: 'Wyślij link',
		shareTitle: 'Wyliczenie zasiłku na zakup żywności – MOPS Kędzierzyn-Koźle',
		shareFailed: 'Nie udało się wysłać linku. Użyj „Kopiuj link”.'
	},
	/** The printout while there is no result (Ctrl+P on an unfinished calculation). */
	printPending: {
		heading: 'Wydruk bez wyniku',
		fix: 'Kalkulator nie wyliczył jeszcze kwoty. Na stronie kalkulatora popraw lub uzupełnij:',
		nothing:
			'Kalkulator nie wyliczył jeszcze kwoty. Wpisz dochód na stronie kalkulatora, a wydruk pokaże wyliczenie.',
		typed: 'Wpisane dane',
		tooLong: 'za długi tekst (do poprawienia)'
	}
} as const;
