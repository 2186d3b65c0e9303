export const common = {
	siteName: 'Kalkulator zasiłku na posiłek',
	siteOwner: 'Miejski Ośrodek Pomocy Społecznej w Kędzierzynie-Koźlu',
	siteDescription:
		'Sprawdź, ile może wynosić zasiłek celowy na zakup żywności z programu „Posiłek w szkole i w domu” w MOPS Kędzierzyn-Koźle, i wypełnij oświadczenia dotyczące ośrodków wsparcia.',
	skipToContent: 'Przejdź do treści',
	/** The language switch: its label; each language's own name is in ../locales.ts. */
	language: 'Język strony',
	nav: {
		label: 'Menu główne',
		calculator: 'Kalkulator',
		statements: 'Oświadczenia',
		guide: 'Dom Dziennego Pobytu i Klub Senior+',
		sources: 'Podstawa prawna'
	},
	footer: {
		basis:
			'Wyliczenia według Zarządzenia Nr 24/2025 Dyrektora MOPS w Kędzierzynie-Koźlu z dnia 20 listopada 2025 r. (załącznik nr 4).',
		privacy:
			'Strona nie wysyła ani nie zapisuje niczego, co wpiszesz: wszystko zostaje w tej przeglądarce.',
		kioskPrivacy:
			'Strona nie wysyła przez internet ani nie zapisuje niczego, co wpiszesz. Dane znikają z ekranu, gdy naciśniesz „Zacznij od nowa” albo gdy przez dłuższą chwilę nikt nie dotyka ekranu.',
		estimate: 'To narzędzie pomocnicze. O przyznaniu świadczenia decyduje Ośrodek.'
	},
	noScript:
		'Kalkulator i wypełnianie oświadczeń działają po włączeniu JavaScriptu w przeglądarce. Tabele kwot poniżej można przeczytać bez niego.',
	errorSummaryTitle: 'Popraw dane w formularzu',
	/** Read before a field's error by screen readers (hidden on screen). */
	errorPrefix: 'Błąd:',
	/**
	 * Before what to type in a field whose text is longer than it takes (see $lib/text-limit).
	 * The count tells a person who sees "1" that a paste brought more, out of view.
	 */
	tooLong: (max: number, typed: string) =>
		`Tekst w tym polu jest za długi: zmieści się najwyżej ${max} znaków, a wpisano ich ${typed}.`,
	notFoundTitle: 'Nie ma takiej strony',
	notFoundBody: 'Sprawdź adres albo wróć do kalkulatora.',
	backHome: 'Wróć do kalkulatora',
	guideLink:
		'Jak zacząć korzystać z Domu Dziennego Pobytu lub Klubu Senior+, ile to kosztuje i jak zrezygnować',
	update: {
		calculator:
			'Od chwili otwarcia tej strony opublikowano jej nową wersję. Wczytaj ją – wpisane dane pozostaną w formularzu, a wynik zostanie wyliczony od nowa.',
		reload: 'Wczytaj nową wersję',
		statement:
			'Od chwili otwarcia tej strony opublikowano jej nową wersję, dlatego nie można już tu przygotować pliku PDF. Wpisane dane są nadal w formularzu – możesz wydrukować oświadczenie z podglądu.',
		kioskStatement:
			'Strona została w międzyczasie zaktualizowana i tego wydruku nie da się teraz przygotować. Wpisane dane są nadal w formularzu: naciśnij „Drukuj z podglądu”, a po odebraniu wydruku – „Zacznij od nowa”, żeby usunąć swoje dane.',
		printPreview: 'Drukuj z podglądu'
	}
} as const;
