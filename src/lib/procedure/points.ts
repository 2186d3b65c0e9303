// The centre's procedure for support centres ("Procedura postępowania w sprawach dotyczących
// korzystania z usług ośrodków wsparcia", Zarządzenie Nr 24/2025, Rozdział 7), quoted word for
// word, point by point (src/lib/procedure/points.test.ts compares every quote with the order;
// the order's own slips, such as "ośrodka wparcia", are kept). The plain-language guide in
// src/lib/messages/pl/guide.ts explains each point; /jak-skorzystac/ shows both.

export interface ProcedurePoint {
	/** The point's number in the procedure, as the order writes it ("2.1", "5.1 a"). */
	id: string;
	/** One passage of the order, verbatim. */
	quote: string;
}

/** A point, its number kept as a literal type so that every translation can be checked. */
const point = <I extends string>(id: I, quote: string): ProcedurePoint & { id: I } => ({
	id,
	quote
});

export const PROCEDURE_ACT =
	'Procedura postępowania w sprawach dotyczących korzystania z usług ośrodków wsparcia (Zarządzenie Nr 24/2025 Dyrektora MOPS w Kędzierzynie-Koźlu z dnia 20 listopada 2025 r.)';

/** II. Dom Dziennego Pobytu: how a person is referred. */
export const DDP = [
	point(
		'2.1',
		'Podstawą wszczęcia postępowania w sprawie udzielenia pomocy w formie usług ośrodka wsparcia – Domu Dziennego Pobytu jest wniosek osoby zainteresowanej lub jej przedstawiciela ustawowego skierowany do tut. Ośrodka.'
	),
	point(
		'2.2',
		'Osoba ubiegająca się o usługi ośrodka wsparcia dziennego z usługami opiekuńczymi może wskazać opiekuna faktycznego, do pomocy w wypełnianiu niezbędnej dokumentacji i kontaktu (druk oświadczenia – załącznik nr 1 Procedury).'
	),
	point(
		'2.3',
		'Po otrzymaniu wniosku pracownik socjalny Ośrodka w trybie i na zasadach przewidzianych Ustawą, kompletuje niezbędne dokumenty i przeprowadza wywiad środowiskowy z osobą ubiegającą się o skierowanie do DDP.'
	),
	point(
		'2.4',
		'Odmowa przeprowadzenia wywiadu środowiskowego może skutkować odmową przyznania świadczenia.'
	),
	point('2.5', 'Decyzję administracyjną sporządza pracownik Działu Świadczeń Ośrodka.')
] as const;

/** III. Klub Senior+: how a person is referred. */
export const CLUB = [
	point(
		'3.1',
		'Podstawą wszczęcia postępowania w sprawie udzielenia pomocy w formie usług ośrodka wsparcia – Klubu Senior+ jest deklaracja osoby zainteresowanej lub jej przedstawiciela ustawowego złożona w tut. Ośrodku.'
	),
	point(
		'3.2',
		'Po otrzymaniu deklaracji pracownik socjalny Ośrodka w trybie i na zasadach przewidzianych Ustawą, kompletuje niezbędne dokumenty i przeprowadza wywiad środowiskowy z osobą ubiegającą się o skierowanie do KS+.'
	),
	point(
		'3.3',
		'Odmowa przeprowadzenia wywiadu środowiskowego skutkuje pozostawieniem deklaracji bez rozpoznania.'
	),
	point('3.4', 'Decyzję administracyjną sporządza pracownik Działu Świadczeń Ośrodka.')
] as const;

/** IV. Payment for meals and stay. */
export const FEES = [
	point(
		'4.1',
		'Wysokość odpłatności za posiłek i pobyt w DDP/KS+ określają uchwały Rady Miasta Kędzierzyn-Koźle i Zarządzenie Dyrektora Miejskiego Ośrodka Pomocy Społecznej w Kędzierzynie-Koźlu.'
	),
	point('4.2', 'Wysokość opłaty uzależniona jest od sytuacji dochodowej osoby.'),
	point(
		'4.3',
		'Zarówno ustawa o pomocy społecznej, jak i uchwały Rady Miasta Kędzierzyn-Koźle nie przewidują całkowitego bądź częściowego zwolnienia z ponoszenia opłat za usługi ośrodka wsparcia DDP/KS+.'
	),
	point(
		'4.4',
		'Decyzję ustalającą odpłatność za usługi ośrodka wsparcia DDP/KS+ sporządza pracownik Działu Świadczeń Ośrodka.'
	),
	point(
		'4.5',
		'Osoba korzystająca z usług ośrodka wsparcia DDP/KS+ ma obowiązek informowania o każdorazowej zmianie sytuacji materialno - bytowej.'
	)
] as const;

/** V. 5.1: when the decision granting the services is revoked. */
export const REVOCATION_LEAD = point(
	'5.1',
	'Uchylenie decyzji przyznającej usługi ośrodka wparcia następuje w przypadku, gdy:'
);
export const REVOCATION = [
	point(
		'5.1 a',
		'osoba korzystająca z usług ośrodka wsparcia DDP/KS+ zgłosi w formie pisemnej lub telefonicznej chęć rezygnacji z dalszego korzystania z usług ośrodka wsparcia (wówczas pracownik socjalny sporządza adnotację urzędową - załącznik Nr 2 Procedury),'
	),
	point('5.1 b', 'stan zdrowia osoby wymaga umieszczenia w placówce całodobowej,'),
	point(
		'5.1 c',
		'osoba korzystająca z usług ośrodka wsparcia nie przestrzega Regulaminu DDP/KS+ (wówczas kierownik DDP/KS+ sporządza pisemny wniosek do kierownika DPŚ),'
	),
	point(
		'5.1 d',
		'osoba nie korzysta z usług ośrodka wparcia dłużej niż 3 miesiące (wówczas kierownik DDP/KS+ sporządza pisemny wniosek do kierownika DPŚ).'
	)
] as const;

/** The centre's own day-care units, as its description lists them (the centre's structure). */
export const UNITS = [
	'Dom Dziennego Pobytu Nr 1',
	'Dom Dziennego Pobytu Nr 2',
	'Dom Dziennego Pobytu Nr 3',
	'Dom Dziennego Pobytu Nr 4',
	'Dom Dziennego Pobytu Nr 5',
	'Ośrodek Wsparcia Dziennego dla Osób z Zespołem Otępiennym'
] as const;

export const ALL_POINTS = [...DDP, ...CLUB, ...FEES, REVOCATION_LEAD, ...REVOCATION];
