// The fields of the resignation statement (/oswiadczenia/rezygnacja/): only that page loads
// them. The applicant's fields, which both statements have, are in ./statements.ts.
export const resignationFields = {
	/** The headings of its own sections. */
	sections: {
		resignation: 'Rezygnacja',
		decision: 'Decyzja, którą Ośrodek ma uchylić',
		staff: 'Część dla pracownika socjalnego'
	},
	/** The page: its title, heading and lead. */
	page: {
		title: 'Oświadczenie o rezygnacji z usług ośrodka wsparcia – MOPS Kędzierzyn-Koźle',
		heading: 'Oświadczenie o rezygnacji z usług ośrodka wsparcia',
		lead: 'Załącznik nr 2 do Procedury. Wypełnij pola, sprawdź podgląd, pobierz PDF albo wydrukuj i podpisz.'
	},
	caseMark: {
		label: 'Znak sprawy (po „DPŚ.5121.”)',
		hint: 'Na przykład 15.2025. Puste pole zostawi w dokumencie miejsce do wpisania.'
	},
	centre: {
		/** A unit's name as the centre writes it, explained where a reader may not know it. */
		// Polish needs none: every name is already the reader's word.
		gloss: (() => '') as (name: string) => string,
		legend: 'Z usług którego ośrodka wsparcia rezygnujesz?',
		other: 'Inny ośrodek'
	},
	centreOther: { label: 'Nazwa ośrodka', hint: 'Wpisz pełną nazwę ośrodka.' },
	decisionDate: {
		label: 'Data decyzji',
		hint: 'Data wydania decyzji – znajdziesz ją na górze decyzji. Jeśli jej nie znasz, zostaw to pole puste – w dokumencie zostanie miejsce do wpisania.'
	},
	decisionNumber: {
		label: 'Numer decyzji',
		hint: 'Znajdziesz go na górze decyzji, na przykład DPŚ.5121.15.2025. Jeśli nie masz decyzji pod ręką, zostaw to pole puste – w dokumencie zostanie miejsce do wpisania numeru.'
	},
	deliveryAddress: {
		label: 'Adres, na który przesłać decyzję',
		hint: 'Wpisaliśmy Twój adres. Zmień go, jeśli decyzja ma przyjść gdzie indziej.'
	},
	effectiveDate: {
		label: 'Rezygnuję z dniem',
		hint: 'Od tego dnia nie będziesz korzystać z usług ośrodka.'
	},
	staffDate: {
		label: 'Data adnotacji pracownika socjalnego',
		hint: 'Dzień sporządzenia adnotacji przez pracownika – może być inny niż data oświadczenia. Puste pole zostawi w dokumencie miejsce do wpisania.'
	},
	staffPart: {
		label: 'Wypełnij część dla pracownika socjalnego',
		hint: 'Dla pracowników Ośrodka. Bez zaznaczenia ta część zostanie pusta, do wypełnienia ręcznie.'
	}
} as const;
