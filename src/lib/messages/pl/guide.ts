// The guide to the support-centre procedure (/jak-skorzystac/): plain Polish for residents, one
// sentence or two per point of the procedure (the points' own words are in
// src/lib/procedure/points.ts). Import this file directly, not through ./index: only this page
// needs it.
import type { CLUB, DDP, FEES, ProcedurePoint, REVOCATION } from '$lib/procedure/points';

type Steps<P extends readonly ProcedurePoint[]> = Record<P[number]['id'], string>;

export const guide = {
	pageTitle: 'Jak skorzystać z Domu Dziennego Pobytu lub Klubu Senior+ – MOPS Kędzierzyn-Koźle',
	heading: 'Jak skorzystać z Domu Dziennego Pobytu lub Klubu Senior+',
	lead: 'Jak zacząć korzystać z Domu Dziennego Pobytu albo z Klubu Senior+, ile to kosztuje i jak zrezygnować – krok po kroku, według procedury Ośrodka.',
	chooser: {
		heading: 'Czego szukasz?',
		ddp: 'Chcę chodzić do Domu Dziennego Pobytu',
		club: 'Chcę chodzić do Klubu Senior+',
		fees: 'Ile to kosztuje',
		leave: 'Chcę zrezygnować albo sprawdzić, kiedy usługi się kończą'
	},
	/** The summary of a step's legal layer. */
	basis: (id: string) => `pkt ${id} procedury`,
	quoteIntro: 'Brzmienie procedury:',
	ddp: {
		heading: 'Dom Dziennego Pobytu: jak zacząć',
		steps: {
			'2.1':
				'Złóż w Ośrodku wniosek o usługi Domu Dziennego Pobytu. Wniosek składa sama osoba zainteresowana albo jej przedstawiciel ustawowy.',
			'2.2':
				'Możesz wskazać opiekuna faktycznego: osobę, która pomoże Ci wypełnić dokumenty i będzie w kontakcie z Ośrodkiem. Służy do tego oświadczenie o wskazaniu opiekuna faktycznego.',
			'2.3':
				'Pracownik socjalny Ośrodka skompletuje potrzebne dokumenty i przeprowadzi z Tobą rodzinny wywiad środowiskowy, czyli rozmowę o Twojej sytuacji.',
			'2.4': 'Jeśli odmówisz wywiadu, Ośrodek może odmówić przyznania usług.',
			'2.5':
				'O przyznaniu usług rozstrzyga decyzja administracyjna. Przygotowuje ją pracownik Działu Świadczeń Ośrodka.'
		} satisfies Steps<typeof DDP>,
		carerLink: 'Wypełnij oświadczenie o wskazaniu opiekuna faktycznego'
	},
	club: {
		heading: 'Klub Senior+: jak zacząć',
		steps: {
			'3.1':
				'Złóż w Ośrodku deklarację. W Klubie Senior+ sprawę zaczyna deklaracja, a nie wniosek. Składa ją sama osoba zainteresowana albo jej przedstawiciel ustawowy.',
			'3.2':
				'Pracownik socjalny Ośrodka skompletuje potrzebne dokumenty i przeprowadzi z Tobą rodzinny wywiad środowiskowy, czyli rozmowę o Twojej sytuacji.',
			'3.3':
				'Jeśli odmówisz wywiadu, deklaracja zostanie bez rozpoznania: Ośrodek nie zajmie się nią dalej. (W Domu Dziennego Pobytu odmowa wywiadu może skutkować odmową przyznania usług.)',
			'3.4':
				'O przyznaniu usług rozstrzyga decyzja administracyjna. Przygotowuje ją pracownik Działu Świadczeń Ośrodka.'
		} satisfies Steps<typeof CLUB>
	},
	fees: {
		heading: 'Ile kosztuje pobyt i posiłki',
		steps: {
			'4.1':
				'Wysokość opłaty za posiłki i pobyt w Domu Dziennego Pobytu i w Klubie Senior+ określają uchwały Rady Miasta Kędzierzyn-Koźle i zarządzenie Dyrektora Ośrodka.',
			'4.2': 'Wysokość opłaty zależy od Twojej sytuacji dochodowej.',
			'4.3':
				'Ani ustawa o pomocy społecznej, ani uchwały Rady Miasta nie przewidują zwolnienia z opłat, całkowitego ani częściowego.',
			'4.4':
				'Wysokość Twojej opłaty ustala decyzja. Przygotowuje ją pracownik Działu Świadczeń Ośrodka.',
			'4.5':
				'Gdy korzystasz z usług, masz obowiązek informować o każdej zmianie swojej sytuacji materialnej i bytowej.'
		} satisfies Steps<typeof FEES>,
		amounts:
			'Ta strona nie podaje kwot: zależą od dochodu, a ustala je decyzja. O obowiązujące stawki zapytaj w Ośrodku.'
	},
	leave: {
		heading: 'Rezygnacja i koniec korzystania z usług',
		lead: 'Decyzja przyznająca usługi Domu Dziennego Pobytu lub Klubu Senior+ zostaje uchylona, gdy:',
		steps: {
			'5.1 a':
				'sam zgłosisz, że rezygnujesz, na piśmie albo telefonicznie. Na piśmie możesz to zrobić oświadczeniem o rezygnacji. Rezygnację zgłoszoną telefonicznie pracownik socjalny zapisze w adnotacji urzędowej;',
			'5.1 b': 'stan zdrowia wymaga umieszczenia w placówce całodobowej;',
			'5.1 c':
				'osoba korzystająca z usług nie przestrzega regulaminu Domu Dziennego Pobytu lub Klubu Senior+. Kierownik placówki składa wtedy pisemny wniosek do kierownika Działu Pomocy Środowiskowej;',
			'5.1 d':
				'osoba nie korzysta z usług dłużej niż 3 miesiące. Kierownik placówki składa wtedy pisemny wniosek do kierownika Działu Pomocy Środowiskowej.'
		} satisfies Steps<typeof REVOCATION>,
		resignationLink: 'Wypełnij oświadczenie o rezygnacji'
	},
	units: {
		heading: 'Placówki Ośrodka i gdzie zapytać',
		lead: 'Wśród placówek Ośrodka są:',
		club: 'Klub Senior+',
		scope: 'Procedura opisana na tej stronie dotyczy Domów Dziennego Pobytu i Klubu Senior+.',
		ask: 'Adresy placówek i godziny ich pracy, a także to, jak złożyć wniosek lub deklarację, poznasz w Ośrodku: na stanowisku ds. pierwszego kontaktu w Dziale Pomocy Środowiskowej.'
	},
	source:
		'Na podstawie: Procedura postępowania w sprawach dotyczących korzystania z usług ośrodków wsparcia, Zarządzenie Nr 24/2025 Dyrektora Miejskiego Ośrodka Pomocy Społecznej w Kędzierzynie-Koźlu z dnia 20 listopada 2025 r.'
} as const;
