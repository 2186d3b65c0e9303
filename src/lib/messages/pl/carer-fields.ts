// The fields of the carer statement (/oswiadczenia/opiekun-faktyczny/): only that page loads
// them. The applicant's fields, which both statements have, are in ./statements.ts.
export const carerFields = {
	/** The headings of its own sections. */
	sections: {
		carer: 'Opiekun faktyczny',
		scope: 'Dostęp do informacji'
	},
	/** The page: its title, heading and lead. */
	page: {
		title: 'Oświadczenie o opiekunie faktycznym – MOPS Kędzierzyn-Koźle',
		heading: 'Oświadczenie o wskazaniu opiekuna faktycznego',
		lead: 'Załącznik nr 1 do Procedury. Wypełnij pola, sprawdź podgląd, pobierz PDF albo wydrukuj i podpisz.'
	},
	carerName: {
		label: 'Imię i nazwisko opiekuna faktycznego',
		hint: 'Tak, jak w zdaniu „wskazuję jako mojego opiekuna faktycznego Panią/Pana …” (kogo?), na przykład: Annę Nowak, Jana Kowalskiego. Podgląd poniżej pokazuje, co zostanie wydrukowane.'
	},
	carerPhone: {
		label: 'Telefon kontaktowy opiekuna',
		hint: 'Dziewięć cyfr, na przykład 600 123 456 albo +48 77 123 45 67.'
	},
	carerTitle: {
		legend: 'Opiekun to',
		options: { Pani: 'Pani', Pan: 'Pan' }
	},
	scope: {
		legend: 'Opiekun faktyczny ma prawo dostępu do informacji dotyczących mojej osoby',
		options: {
			full: 'w pełnym zakresie',
			limited: 'w zakresie ograniczonym do…'
		}
	},
	scopeLimitedTo: {
		label: 'W zakresie ograniczonym do',
		hint: 'Napisz, do jakich informacji opiekun może mieć dostęp, na przykład: spraw związanych z dowozem i posiłkami.'
	}
} as const;
