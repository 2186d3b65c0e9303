// The statements' index page (/oswiadczenia/): only that page loads it. Import this file directly.
export const statementsIndex = {
	/** The blank forms' buttons. */
	blank: {
		carer: 'Pusty druk: wskazanie opiekuna faktycznego (PDF)',
		resignation: 'Pusty druk: rezygnacja z usług ośrodka wsparcia (PDF)'
	},
	/** When a blank form could not be made: this page has no form or preview to print from. */
	failed: 'Nie udało się przygotować pliku PDF. Spróbuj ponownie.',
	/** A new deployment replaced the PDF code (at the kiosk: printed, not downloaded). */
	outdated:
		'Od chwili otwarcia tej strony opublikowano jej nową wersję. Wczytaj ją, aby pobrać pusty druk.',
	outdatedKiosk:
		'Strona została w międzyczasie zaktualizowana. Naciśnij „Wczytaj nową wersję”, a potem jeszcze raz wybierz pusty formularz do wydruku.',
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
} as const;
