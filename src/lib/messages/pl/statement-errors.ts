// What the statements' checks say (src/lib/statements/*-schema.ts): loaded with the checks at
// the first use of a form, never on a first visit. Import this file directly.
export const statementErrors = {
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
} as const;
