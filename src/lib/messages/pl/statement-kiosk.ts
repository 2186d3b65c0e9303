// The statements' words at the kiosk (?kiosk), which prints and never downloads: loaded only
// there (src/lib/statements/kiosk-words.svelte.ts). Import this file directly.
export const statementKiosk = {
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
} as const;
