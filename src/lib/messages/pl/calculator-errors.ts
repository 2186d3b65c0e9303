// What the calculator's form checks say (src/lib/calculator/validate.ts): loaded with the
// checks at the first use of the form, never on a first visit. Import this file directly.
export const calculatorErrors = {
	household: {
		error: 'Wybierz, czy gospodarujesz sam / sama, czy w rodzinie.'
	},
	income: {
		empty:
			'Wpisz miesięczny dochód netto w złotych, np. 2469,50. Jeśli nie znasz kwoty, wybierz „Nie znam dokładnej kwoty – wybiorę przedział”.',
		rangeError: 'Wybierz, ile mniej więcej wynosi dochód.'
	},
	lunches: {
		invalid: 'Wpisz liczbę obiadów w miesiącu: liczbę całkowitą od 0 do 31, np. 20.',
		tooMany: 'W miesiącu jest najwyżej 31 dni; wpisz liczbę od 0 do 31, np. 20.'
	},
	members: {
		personError: (n: number) => `Zaznacz, jak osoba ${n} korzysta z ośrodka wsparcia.`,
		singlePersonError: 'Zaznacz, czy korzystasz z ośrodka wsparcia.',
		tooFew:
			'Rodzina to co najmniej 2 osoby. Dodaj osobę albo wybierz „Mieszkam i gospodaruję sam / sama”.',
		tooMany: (n: number) =>
			`Rodzina może liczyć najwyżej 20 osób (jest ${n}). Usuń osoby ponad 20 albo zapytaj w Ośrodku.`
	},
	products: {
		error: 'Zaznacz, czy gospodarstwo otrzymuje produkty żywnościowe z programu.'
	},
	staff: {
		critMissingSingle:
			'Dla osoby samotnie gospodarującej wpisz kryterium w tym polu, np. 1010,00. Jeśli ma obowiązywać kryterium ustawowe, wyczyść pole „Na osobę w rodzinie”.',
		critMissingPerPerson:
			'Dla rodziny wpisz kryterium na osobę w rodzinie w tym polu, np. 823,00. Jeśli ma obowiązywać kryterium ustawowe, wyczyść pole „Dla osoby samotnie gospodarującej”.',
		critZero: (example: string) => `Kryterium musi być większe od zera, np. ${example}.`,
		dateInvalid:
			'Wpisz datę jako rrrr-mm-dd, dd.mm.rrrr albo słownie, np. 2026-11-23 lub 23 listopada 2026.',
		/** "31 lutego 2026 r.", "28", "2026-02-28" */
		dateNoSuchDay: (date: string, days: string, example: string) =>
			`Dzień ${date} r. nie istnieje – ten miesiąc ma ${days} dni. Popraw datę, np. na ${example}.`,
		dateNoSuchMonth: (month: string) =>
			`Nie ma miesiąca ${month} – miesiąc to liczba od 1 do 12. Wpisz datę jako rrrr-mm-dd, dd.mm.rrrr albo słownie, np. 2026-11-23 lub 23 listopada 2026.`
	},
	/** Field names before the messages in the error summary. */
	summaryLabels: {
		household: 'Gospodarstwo',
		members: 'Osoby w rodzinie',
		centre: 'Ośrodek wsparcia',
		income: 'Dochód',
		range: 'Dochód',
		foodPart: 'Część zasiłku na zakup żywności',
		receivesFoodProducts: 'Produkty żywnościowe',
		lunchesPerMonth: 'Obiady w ośrodku',
		date: 'Data wyliczenia',
		critSingle: 'Kryterium dla osoby samotnie gospodarującej',
		critPerPerson: 'Kryterium na osobę w rodzinie'
	}
} as const;
