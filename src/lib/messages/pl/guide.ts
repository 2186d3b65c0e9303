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
		leave: 'Chcę zrezygnować albo sprawdzić, w jakich sytuacjach usługi się kończą'
	},
	/** The summary of a step's legal layer. */
	basis: (id: string) => `pkt ${id.replace(' ', ' lit. ')} procedury`,
	quoteIntro: 'Brzmienie procedury:',
	ddp: {
		heading: 'Dom Dziennego Pobytu: jak zacząć',
		steps: {
			'2.1':
				'Złóż do Ośrodka wniosek o przyznanie usług Domu Dziennego Pobytu. Wniosek składa osoba, która chce korzystać z usług, albo jej przedstawiciel ustawowy (np. opiekun prawny ustanowiony przez sąd).',
			'2.2':
				'Możesz wskazać opiekuna faktycznego, czyli osobę, która pomoże Ci wypełnić dokumenty i kontaktować się z Ośrodkiem. Służy do tego oświadczenie o wskazaniu opiekuna faktycznego. Zaznaczasz w nim, czy opiekun ma dostęp do wszystkich informacji o Tobie, czy tylko do części z nich.',
			'2.3':
				'Po otrzymaniu wniosku pracownik socjalny Ośrodka zbierze potrzebne dokumenty i przeprowadzi z Tobą rodzinny wywiad środowiskowy, czyli rozmowę o Twojej sytuacji osobistej, rodzinnej, dochodowej i majątkowej.',
			'2.4':
				'Jeśli nie zgodzisz się na przeprowadzenie wywiadu, Ośrodek może odmówić przyznania usług.',
			'2.5':
				'O przyznaniu usług rozstrzyga decyzja administracyjna. Przygotowuje ją pracownik Działu Świadczeń Ośrodka.'
		} satisfies Steps<typeof DDP>,
		carerLink: 'Wypełnij oświadczenie o wskazaniu opiekuna faktycznego'
	},
	/** Printed at the top of every route's page, so that each sheet says where it is from. */
	printHeading: 'MOPS Kędzierzyn-Koźle – Dom Dziennego Pobytu i Klub Senior+',
	club: {
		heading: 'Klub Senior+: jak zacząć',
		steps: {
			'3.1':
				'Aby zacząć korzystać z Klubu Senior+, złóż w Ośrodku deklarację (nie wniosek, jak w przypadku Domu Dziennego Pobytu). Deklarację składa osoba, która chce korzystać z Klubu, albo jej przedstawiciel ustawowy (np. opiekun prawny ustanowiony przez sąd).',
			'3.2':
				'Po otrzymaniu deklaracji pracownik socjalny Ośrodka zbierze potrzebne dokumenty i przeprowadzi z Tobą rodzinny wywiad środowiskowy, czyli rozmowę o Twojej sytuacji osobistej, rodzinnej, dochodowej i majątkowej.',
			'3.3':
				'Jeśli nie zgodzisz się na przeprowadzenie wywiadu, deklaracja zostanie pozostawiona bez rozpoznania, czyli Ośrodek nie będzie jej dalej rozpatrywał. (W sprawie Domu Dziennego Pobytu jest inaczej: tam odmowa wywiadu może skutkować odmową przyznania usług.)',
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
				'Nie ma możliwości zwolnienia z opłat – ani całkowitego, ani częściowego. Nie przewidują tego ani ustawa o pomocy społecznej, ani uchwały Rady Miasta Kędzierzyn-Koźle. Wysokość opłaty zależy jednak od Twoich dochodów.',
			'4.4':
				'Wysokość Twojej opłaty ustala decyzja. Przygotowuje ją pracownik Działu Świadczeń Ośrodka.',
			'4.5':
				'Gdy korzystasz z usług, masz obowiązek informować Ośrodek o każdej zmianie swojej sytuacji materialnej i bytowej.'
		} satisfies Steps<typeof FEES>,
		amounts:
			'Ta strona nie podaje kwot opłat za pobyt i posiłki: zależą one od dochodu, a Twoją opłatę ustala decyzja. O obowiązujące stawki zapytaj w Ośrodku.'
	},
	leave: {
		heading: 'Rezygnacja i koniec korzystania z usług',
		first:
			'Chcesz zrezygnować? Wypełnij oświadczenie o rezygnacji albo zgłoś rezygnację w Ośrodku telefonicznie.',
		lead: 'Decyzja przyznająca usługi Domu Dziennego Pobytu lub Klubu Senior+ zostaje uchylona – czyli usługi się kończą – gdy:',
		steps: {
			'5.1 a':
				'zgłosisz rezygnację na piśmie (możesz użyć oświadczenia o rezygnacji) albo telefonicznie – pracownik socjalny sporządza wtedy adnotację urzędową;',
			'5.1 b': 'Twój stan zdrowia wymaga umieszczenia Cię w placówce całodobowej;',
			'5.1 c':
				'nie przestrzegasz regulaminu Domu Dziennego Pobytu lub Klubu Senior+ – kierownik Domu Dziennego Pobytu lub Klubu Senior+ sporządza wtedy pisemny wniosek do kierownika Działu Pomocy Środowiskowej;',
			'5.1 d':
				'nie korzystasz z usług dłużej niż 3 miesiące – kierownik Domu Dziennego Pobytu lub Klubu Senior+ sporządza wtedy pisemny wniosek do kierownika Działu Pomocy Środowiskowej.'
		} satisfies Steps<typeof REVOCATION>,
		resignationLink: 'Wypełnij oświadczenie o rezygnacji'
	},
	units: {
		/** A unit's name as the centre writes it, explained where a reader may not know it. */
		// Polish needs none: every name is already the reader's word.
		gloss: (() => '') as (name: string) => string,
		heading: 'Placówki Ośrodka – gdzie zapytać o szczegóły',
		lead: 'Wśród placówek Ośrodka są:',
		scope: 'Procedura opisana na tej stronie dotyczy Domów Dziennego Pobytu i Klubu Senior+.',
		ask: 'O adresy placówek, godziny ich pracy i o to, jak złożyć wniosek lub deklarację, zapytaj w Ośrodku.'
	},
	source:
		'Na podstawie: „Procedura postępowania w sprawach dotyczących korzystania z usług ośrodków wsparcia” – załącznik nr 1 do Zarządzenia Nr 24/2025 Dyrektora Miejskiego Ośrodka Pomocy Społecznej w Kędzierzynie-Koźlu z dnia 20 listopada 2025 r.'
} as const;
