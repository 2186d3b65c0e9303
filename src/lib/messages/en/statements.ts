// The statements (oświadczenia): the pages, the form fields, the validation messages and the
// wording of the printed documents. The document wording is copied from the originals
// (załączniki nr 2 i 3 do Zarządzenia Nr 24/2025 = załączniki nr 1 i 2 do Procedury) and must
// stay word for word.
import type { statements as pl } from '../pl/statements';
import type { Widen } from '../types';

export const statements: Widen<typeof pl> = {
	index: {
		title: 'Oświadczenia – MOPS Kędzierzyn-Koźle',
		heading: 'Oświadczenia',
		lead: 'Tutaj wypełnisz oświadczenia dotyczące ośrodków wsparcia i pobierzesz je jako PDF do podpisu. Możesz też pobrać pusty druk i wypełnić go ręcznie.',
		carer: {
			heading: 'Wskazanie opiekuna faktycznego',
			when: 'Gdy starasz się o usługi ośrodka wsparcia dziennego z usługami opiekuńczymi, możesz wskazać opiekuna faktycznego, który pomoże w wypełnieniu dokumentów i będzie w kontakcie z Ośrodkiem (pkt 2.2 Procedury, załącznik nr 1).',
			link: 'Wypełnij oświadczenie o opiekunie faktycznym'
		},
		resignation: {
			heading: 'Rezygnacja z usług ośrodka wsparcia',
			when: 'Gdy chcesz zrezygnować z dalszego korzystania z usług Domu Dziennego Pobytu lub Klubu Senior+, zgłoś to Ośrodkowi na piśmie – tym oświadczeniem – albo telefonicznie. Pracownik socjalny sporządza wtedy adnotację urzędową do Działu Świadczeń z prośbą o uchylenie decyzji (dolna część druku; pkt 5.1 lit. a Procedury, załącznik nr 2).',
			link: 'Wypełnij oświadczenie o rezygnacji'
		},
		blankHeading: 'Puste druki do wypełnienia ręcznie'
	},
	carer: {
		title: 'Oświadczenie o opiekunie faktycznym – MOPS Kędzierzyn-Koźle',
		heading: 'Oświadczenie o wskazaniu opiekuna faktycznego',
		lead: 'Załącznik nr 1 do Procedury. Wypełnij pola, sprawdź podgląd, pobierz PDF albo wydrukuj i podpisz.'
	},
	resignation: {
		title: 'Oświadczenie o rezygnacji z usług ośrodka wsparcia – MOPS Kędzierzyn-Koźle',
		heading: 'Oświadczenie o rezygnacji z usług ośrodka wsparcia',
		lead: 'Załącznik nr 2 do Procedury. Wypełnij pola, sprawdź podgląd, pobierz PDF albo wydrukuj i podpisz.'
	},
	/**
	 * In another language: the statement is a Polish document filed with the centre, so the PDF
	 * and the printout are in Polish whatever the page's language. Empty in Polish (not shown).
	 */
	polishDocument: '',
	privacy:
		'Nic, co tu wpiszesz, nie jest wysyłane ani zapisywane: dane są tylko w tej karcie przeglądarki i znikają, gdy ją odświeżysz albo zamkniesz. Pobrany plik PDF zostaje w pobranych plikach – na wspólnym komputerze usuń go po wydrukowaniu.',
	sections: {
		applicant: 'Twoje dane',
		carer: 'Opiekun faktyczny',
		scope: 'Dostęp do informacji',
		resignation: 'Rezygnacja',
		decision: 'Decyzja, którą Ośrodek ma uchylić',
		staff: 'Część dla pracownika socjalnego',
		preview: 'Podgląd dokumentu',
		actions: 'Pobierz lub wydrukuj'
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
		},
		carerTitle: {
			legend: 'Opiekun to',
			options: { Pani: 'Pani', Pan: 'Pan' }
		},
		carerName: {
			label: 'Imię i nazwisko opiekuna faktycznego',
			hint: 'Tak, jak w zdaniu „wskazuję jako mojego opiekuna faktycznego Panią/Pana …” (kogo?), na przykład: Annę Nowak, Jana Kowalskiego. Podgląd poniżej pokazuje, co zostanie wydrukowane.'
		},
		carerPhone: {
			label: 'Telefon kontaktowy opiekuna',
			hint: 'Dziewięć cyfr, na przykład 600 123 456 albo +48 77 123 45 67.'
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
		},
		effectiveDate: {
			label: 'Rezygnuję z dniem',
			hint: 'Od tego dnia nie będziesz korzystać z usług ośrodka.'
		},
		centre: {
			legend: 'Z usług którego ośrodka wsparcia rezygnujesz?',
			other: 'Inny ośrodek'
		},
		centreOther: { label: 'Nazwa ośrodka', hint: 'Wpisz pełną nazwę ośrodka.' },
		decisionNumber: {
			label: 'Numer decyzji',
			hint: 'Znajdziesz go na górze decyzji, na przykład DPŚ.5121.15.2025. Jeśli nie masz decyzji pod ręką, zostaw to pole puste – w dokumencie zostanie miejsce do wpisania numeru.'
		},
		decisionDate: {
			label: 'Data decyzji',
			hint: 'Data wydania decyzji – znajdziesz ją na górze decyzji. Jeśli jej nie znasz, zostaw to pole puste – w dokumencie zostanie miejsce do wpisania.'
		},
		deliveryAddress: {
			label: 'Adres, na który przesłać decyzję',
			hint: 'Wpisaliśmy Twój adres. Zmień go, jeśli decyzja ma przyjść gdzie indziej.'
		},
		staffPart: {
			label: 'Wypełnij część dla pracownika socjalnego',
			hint: 'Dla pracowników Ośrodka. Bez zaznaczenia ta część zostanie pusta, do wypełnienia ręcznie.'
		},
		staffDate: {
			label: 'Data adnotacji pracownika socjalnego',
			hint: 'Dzień sporządzenia adnotacji przez pracownika – może być inny niż data oświadczenia. Puste pole zostawi w dokumencie miejsce do wpisania.'
		},
		caseMark: {
			label: 'Znak sprawy (po „DPŚ.5121.”)',
			hint: 'Na przykład 15.2025. Puste pole zostawi w dokumencie miejsce do wpisania.'
		}
	},
	errors: {
		dateRequired: 'Wpisz datę oświadczenia, na przykład 23.11.2026',
		dateInvalid: 'Wpisz prawdziwą datę, na przykład 23.11.2026',
		nameRequired: 'Wpisz swoje imię i nazwisko',
		streetRequired: 'Wpisz ulicę i numer domu, na przykład Piastowska 12/3',
		postalCodeRequired: 'Wpisz kod pocztowy, na przykład 47-220',
		postalCodeFormat: 'Wpisz kod pocztowy z pięciu cyfr, na przykład 47-220',
		carerTitleRequired: 'Zaznacz, czy opiekunem jest Pani, czy Pan',
		carerNameRequired: 'Wpisz imię i nazwisko opiekuna faktycznego',
		carerPhoneRequired: 'Wpisz numer telefonu opiekuna, na przykład 600 123 456',
		carerPhoneFormat: 'Wpisz numer telefonu z 9 cyfr, na przykład 600 123 456 albo +48 600 123 456',
		scopeRequired: 'Zaznacz, w jakim zakresie opiekun ma dostęp do informacji',
		scopeLimitedToRequired: 'Napisz, do jakich informacji ograniczasz dostęp opiekuna',
		scopeLimitedToShorter:
			'Napisz krócej, do jakich informacji opiekun może mieć dostęp, na przykład: spraw związanych z dowozem i posiłkami',
		effectiveDateRequired: 'Wpisz datę, od której rezygnujesz, na przykład 1.12.2026',
		centreRequired: 'Zaznacz ośrodek, z którego usług rezygnujesz',
		centreOtherRequired: 'Wpisz nazwę ośrodka',
		decisionDateFuture: 'Data decyzji nie może być późniejsza niż dzisiaj',
		decisionNumberShorter: 'Wpisz sam numer decyzji, na przykład DPŚ.5121.15.2025',
		caseMarkShorter: 'Wpisz sam znak sprawy, który następuje po „DPŚ.5121.”, na przykład 15.2025',
		deliveryAddressRequired: 'Wpisz adres, na który przesłać decyzję'
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
		clear: 'Wyczyść formularz',
		blankCarer: 'Pusty druk: wskazanie opiekuna faktycznego (PDF)',
		blankResignation: 'Pusty druk: rezygnacja z usług ośrodka wsparcia (PDF)'
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
	/** At the kiosk nothing downloads (a visitor has no files there): every PDF is printed. */
	kiosk: {
		indexLead:
			'Tutaj wypełnisz oświadczenia dotyczące ośrodków wsparcia i wydrukujesz je do podpisu. Możesz też wydrukować pusty formularz i wypełnić go ręcznie.',
		carerLead: 'Załącznik nr 1 do Procedury. Wypełnij pola, sprawdź podgląd, wydrukuj i podpisz.',
		resignationLead:
			'Załącznik nr 2 do Procedury. Wypełnij pola, sprawdź podgląd, wydrukuj i podpisz.',
		blankCarer: 'Wydrukuj pusty formularz: wskazanie opiekuna faktycznego',
		blankResignation: 'Wydrukuj pusty formularz: rezygnacja z usług ośrodka wsparcia',
		postalCodeOutside:
			'Kody pocztowe w Kędzierzynie-Koźlu zaczynają się od 47-2. Sprawdź, czy kod jest poprawny. Jeśli tak, możesz wydrukować oświadczenie.',
		printed:
			'Drukowanie zlecone – odbierz wydruk z drukarki. Jeśli nic się nie wydrukuje, poproś o pomoc pracownika Ośrodka.',
		working: 'Trwa przygotowywanie wydruku…',
		privacy:
			'Nic, co tu wpiszesz, nie jest wysyłane przez internet ani zapisywane – trafia tylko na wydruk. Wpisane dane znikają z ekranu po wydrukowaniu oświadczenia, po naciśnięciu „Zacznij od nowa” oraz wtedy, gdy przez dłuższą chwilę nikt nie dotyka ekranu (wcześniej pojawi się ostrzeżenie).',
		failed:
			'Nie udało się przygotować wydruku. Spróbuj ponownie albo poproś o pomoc pracownika Ośrodka.'
	},
	preview: {
		label: 'Podgląd wypełnionego oświadczenia',
		hint: 'Tak będzie wyglądał dokument. Tam, gdzie pole jest jeszcze puste albo ma błąd, podgląd pokazuje wykropkowane miejsce. Dokument będzie gotowy do wydruku, gdy wypełnisz wymagane pola – podpowiedź przy polu mówi, jeśli można je zostawić puste. Podpis złożysz ręcznie na wydruku.'
	}
};
