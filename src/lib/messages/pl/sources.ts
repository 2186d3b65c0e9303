// The sources page (/zrodla/). Import this file directly (not through ./index), so that the
// calculator's first visit does not carry it.
export const calculatorSources = {
	pageTitle: 'Podstawa prawna – MOPS Kędzierzyn-Koźle',
	heading: 'Podstawa prawna',
	lead: 'Skąd pochodzą liczby w kalkulatorze: każda wartość z datą, od kiedy obowiązuje, i aktem, który ją ustala, oraz dosłowne brzmienie zasad Ośrodka.',
	back: 'Wróć do kalkulatora',
	toc: 'Na tej stronie',
	parametersHeading: 'Wartości używane w kalkulatorze',
	parametersIntro: (date: string) => `Stan na ${date}.`,
	colParameter: 'Wartość',
	colValue: 'Kwota',
	colValid: 'Obowiązuje',
	colSource: 'Źródło',
	validRange: (from: string, to: string | null) => (to ? `od ${from} do ${to}` : `od ${from}`),
	critSingle: 'Kryterium dochodowe – osoba samotnie gospodarująca',
	critPerPerson: 'Kryterium dochodowe – osoba w rodzinie',
	limit: 'Limit dochodu w programie',
	limitValue: (p: string) => `${p} % kryterium`,
	lunchPrice: 'Cena obiadu w ośrodku wsparcia (próg powyżej 100 %)',
	maximum: (table: number, who: string) => `Kwota maksymalna – tabela nr ${table}, ${who}`,
	reviewNote: (date: string) =>
		`Kryteria dochodowe są weryfikowane co trzy lata. Od ${date} kalkulator ostrzega, że mogły się zmienić; pracownik może wtedy wpisać kryterium ręcznie („Opcje dla pracownika”).`,
	earlierNote: (date: string) =>
		`Kwoty Ośrodka obowiązują od ${date}. Dla wcześniejszej daty kalkulator nie liczy zasiłku.`,
	rulesHeading: 'Zasady kalkulatora (R1–R9)',
	rulesIntro:
		'Każdy krok wyliczenia ma numer zasady. Poniżej: co zasada robi i na którym punkcie zarządzenia się opiera.',
	orderHeading: 'Zasady Ośrodka – brzmienie',
	orderIntro:
		'Zarządzenie Nr 24/2025 Dyrektora Miejskiego Ośrodka Pomocy Społecznej w Kędzierzynie-Koźlu z dnia 20 listopada 2025 r., załącznik nr 4: „Zasady przyznawania świadczenia pieniężnego w postaci zasiłku celowego w ramach wieloletniego rządowego programu »Posiłek w szkole i w domu«”. Cytaty dosłowne.',
	point: (n: number) => `Punkt ${n}`,
	procedureHeading: 'Wywiad środowiskowy (procedura, pkt 2.3)',
	procedureIntro:
		'Wynik kalkulatora to szacunek. Zasiłek przyznaje Ośrodek po wywiadzie środowiskowym. Procedura postępowania w sprawach dotyczących korzystania z usług ośrodków wsparcia (zał. nr 1 do Zarządzenia Nr 24/2025), pkt 2.3:',
	procedureQuote:
		'Po otrzymaniu wniosku pracownik socjalny Ośrodka w trybie i na zasadach przewidzianych Ustawą, kompletuje niezbędne dokumenty i przeprowadza wywiad środowiskowy z osobą ubiegającą się o skierowanie do DDP.',
	actLink: 'tekst rozporządzenia w ISAP',
	actAtKiosk: 'Tekst rozporządzenia: Internetowy System Aktów Prawnych, isap.sejm.gov.pl',
	rules: [
		{
			id: 'R1',
			title: 'Kto może dostać zasiłek',
			text: 'Dochód gospodarstwa może wynosić od 0 do 200 % kryterium dochodowego. Dla rodziny porównuje się dochód na osobę z kryterium na osobę w rodzinie. Powyżej 200 % zasiłek nie przysługuje.',
			ref: 'Zał. nr 4, pkt 1',
			anchor: 'pkt-1'
		},
		{
			id: 'R2',
			title: 'Próg dochodowy',
			text: 'Do 100 % kryterium włącznie – tabele nr 1 i 3. Powyżej 100 % do 200 % włącznie – tabele nr 2 i 4.',
			ref: 'Zał. nr 4, tabele nr 1–4 (nagłówki)',
			anchor: 'tabele'
		},
		{
			id: 'R3',
			title: 'Korzystanie z ośrodka wsparcia',
			text: 'Dla każdej osoby: nie korzysta z ośrodka, korzysta z Domu Dziennego Pobytu lub Klubu Senior+ (do 100 % – bezpłatnie, powyżej 100 % – 8,00 zł za obiad) albo dostaje już posiłek z programu.',
			ref: 'Zał. nr 4, tabele nr 1–4 (kolumny)',
			anchor: 'tabele'
		},
		{
			id: 'R4',
			title: 'Kwota maksymalna dla osoby',
			text: 'Kwota z tabeli dla progu, rodzaju gospodarstwa i korzystania z ośrodka. Różnica między kolumnami to „koszt” korzystania z ośrodka.',
			ref: 'Zał. nr 4, tabele nr 1–4',
			anchor: 'tabele'
		},
		{
			id: 'R5',
			title: 'Kwota maksymalna dla rodziny',
			text: 'Suma kwot wszystkich osób w rodzinie.',
			ref: 'Zał. nr 4, pod tabelami nr 3 i 4',
			anchor: 'tabela-3'
		},
		{
			id: 'R6',
			title: 'Część zasiłku okresowego lub stałego na jedzenie',
			text: 'Tylko w progu do 100 %: od kwoty maksymalnej odejmuje się część zasiłku okresowego lub stałego przeznaczoną na jedzenie i zaokrągla w górę do pełnych dziesiątek złotych – ale nie więcej niż kwota maksymalna. W progu powyżej 100 % nic się nie odejmuje.',
			ref: 'Zał. nr 4, tabele nr 1 i 3',
			anchor: 'tabela-1'
		},
		{
			id: 'R7',
			title: 'Jedna forma pomocy naraz',
			text: 'Posiłek albo zasiłek celowy na żywność albo produkty żywnościowe. Osoba, która dostaje posiłek, nie zwiększa zasiłku; gospodarstwo, które dostaje produkty, nie dostaje zasiłku.',
			ref: 'Zał. nr 4, pkt 4',
			anchor: 'pkt-4'
		},
		{
			id: 'R8',
			title: 'Obiady po 8,00 zł (informacja)',
			text: 'W progu powyżej 100 % osoba korzystająca z ośrodka płaci 8,00 zł za obiad. Kalkulator pokazuje, na ile obiadów wystarcza jej kwota – to nie zmienia zasiłku.',
			ref: 'Zał. nr 4, tabele nr 2 i 4',
			anchor: 'tabela-2'
		},
		{
			id: 'R9',
			title: 'Szczególnie uzasadnione przypadki',
			text: 'Kwoty mogą być wyższe po uzgodnieniu i akceptacji Dyrektora Ośrodka. Kalkulator tego nie stosuje, ale mówi o tym pod każdym wynikiem.',
			ref: 'Zał. nr 4, pkt 3',
			anchor: 'pkt-3'
		}
	]
} as const;
