// The statements (oświadczenia): the pages, the form fields, the validation messages and the
// wording of the printed documents. The document wording is copied from the originals
// (załączniki nr 2 i 3 do Zarządzenia Nr 24/2025 = załączniki nr 1 i 2 do Procedury) and must
// stay word for word.

export const statements = {
	/**
	 * In another language: the statement is a Polish document filed with the centre, so the PDF
	 * and the printout are in Polish whatever the page's language. Empty in Polish (not shown).
	 */
	polishDocument: '',
	privacy:
		'Nic, co tu wpiszesz, nie jest wysyłane ani zapisywane: dane są tylko w tej karcie przeglądarki i znikają, gdy ją odświeżysz albo zamkniesz. Pobrany plik PDF zostaje w pobranych plikach – na wspólnym komputerze usuń go po wydrukowaniu.',
	sections: {
		applicant: 'Twoje dane',
		preview: 'Podgląd dokumentu'
	},
	fields: {
		datePicker: 'Wybierz datę z kalendarza',
		date: {
			label: 'Data oświadczenia',
			hint: (today: string) =>
				`Zwykle dzisiejsza. Wpisz ją tak, jak na papierze, na przykład 1.12.2026 albo 1 grudnia 2026. W dokumencie będzie to wyglądać tak: „Kędzierzyn–Koźle, ${today} roku”.`
		},
		name: { label: 'Imię i nazwisko', hint: 'Na przykład: Jan Kowalski' },
		street: {
			label: 'Ulica i numer domu lub mieszkania',
			hint: 'Na przykład: Piastowska 12/3. „ul.” dopiszemy sami.'
		},
		postalCode: {
			label: 'Kod pocztowy',
			hint: 'Pięć cyfr, na przykład 47-220 albo 47220. Miejscowość: Kędzierzyn-Koźle.'
		}
	},
	warnings: {
		postalCodeOutside:
			'Kody pocztowe w Kędzierzynie-Koźlu zaczynają się od 47-2. Sprawdź, czy kod jest poprawny. Jeśli tak, możesz pobrać oświadczenie.'
	},
	buttons: {
		download: 'Pobierz PDF',
		print: 'Drukuj',
		blank: 'Pobierz pusty formularz (PDF)',
		kioskBlank: 'Wydrukuj pusty formularz',
		clear: 'Wyczyść formularz'
	},
	/** Asked (the browser's OK / Anuluj) before leaving a form with what was typed not yet saved. */
	leave:
		'Wyjść z tej strony? Oświadczenie nie zostało pobrane ani wydrukowane, więc wpisane dane znikną. Żeby je zachować, wybierz „Anuluj”, a potem pobierz albo wydrukuj oświadczenie.',
	clear: {
		question: 'Wyczyścić cały formularz? Wpisanych danych nie będzie można przywrócić.',
		yes: 'Tak, wyczyść',
		no: 'Nie, zostaw'
	},
	status: {
		working: 'Trwa przygotowywanie pliku PDF…',
		downloaded: 'PDF gotowy – sprawdź pobrane pliki.',
		printing:
			'Wybierz drukarkę w oknie drukowania i naciśnij „Drukuj”. Jeśli okno się nie pojawiło, oświadczenie mogło otworzyć się w nowej karcie przeglądarki albo trafić do pobranych plików – wydrukuj je stamtąd.',
		cleared: 'Formularz wyczyszczony.',
		printedAndCleared:
			'Drukowanie zlecone – odbierz wydruk z drukarki. Formularz został wyczyszczony, żeby następna osoba nie zobaczyła Twoich danych. Jeśli nic się nie wydrukuje, poproś o pomoc pracownika Ośrodka.',
		failed:
			'Nie udało się przygotować pliku PDF. Spróbuj ponownie albo wydrukuj tę stronę (Ctrl+P) – wydrukuje się podgląd oświadczenia.'
	},
	preview: {
		label: 'Podgląd wypełnionego oświadczenia',
		hint: 'Tak będzie wyglądał dokument. Tam, gdzie pole jest jeszcze puste albo ma błąd, podgląd pokazuje wykropkowane miejsce. Dokument będzie gotowy do wydruku, gdy wypełnisz wymagane pola – podpowiedź przy polu mówi, jeśli można je zostawić puste. Podpis złożysz ręcznie na wydruku.'
	}
} as const;
