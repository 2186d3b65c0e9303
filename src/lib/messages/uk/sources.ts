// The sources page (/zrodla/). Import this file directly (not through ./index), so that the
// calculator's first visit does not carry it.
import type { calculatorSources as pl } from '../pl/sources';
import type { Widen } from '../types';
export const calculatorSources: Widen<typeof pl> = {
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
	reviewNoteKiosk: (date: string) =>
		`Kryteria dochodowe są weryfikowane co trzy lata. Od ${date} kalkulator ostrzega, że mogły się zmienić – zapytaj wtedy pracownika Ośrodka o aktualne kwoty.`,
	earlierNote: (date: string) =>
		`Kwoty Ośrodka obowiązują od ${date}. Dla wcześniejszej daty kalkulator nie liczy zasiłku.`,
	rulesHeading: 'Zasady kalkulatora (R1–R9)',
	rulesIntro:
		'Każdy krok wyliczenia ma numer zasady. Poniżej: co zasada robi i na którym punkcie zarządzenia się opiera.',
	orderHeading: 'Zasady Ośrodka – brzmienie',
	orderIntro:
		'Zarządzenie Nr 24/2025 Dyrektora Miejskiego Ośrodka Pomocy Społecznej w Kędzierzynie-Koźlu z dnia 20 listopada 2025 r., załącznik nr 4: „Zasady przyznawania świadczenia pieniężnego w postaci zasiłku celowego w ramach wieloletniego rządowego programu »Posiłek w szkole i w domu« w Miejskim Ośrodku Pomocy Społecznej w Kędzierzynie-Koźlu”. Cytaty dosłowne, w kolejności zarządzenia: najpierw punkty 1–4, potem tabele nr 1–4.',
	point: (n: number) => `Punkt ${n}`,
	columnNone: 'Kolumna pierwsza',
	columnCentre: 'Kolumna druga',
	procedureHeading: 'Kto rozstrzyga: decyzja po wywiadzie środowiskowym',
	procedureIntro:
		'Zarządzenie podaje kwoty maksymalne („Maksymalne kwoty świadczeń”). Wynik kalkulatora to najwyższa kwota, jaką Ośrodek może przyznać według swoich zasad – nie decyzja.',
	procedureBasis:
		'O przyznaniu zasiłku celowego i jego wysokości Ośrodek rozstrzyga w decyzji administracyjnej. Decyzję w sprawie świadczeń z pomocy społecznej wydaje się po przeprowadzeniu rodzinnego wywiadu środowiskowego (art. 106 ust. 4 ustawy z dnia 12 marca 2004 r. o pomocy społecznej); wywiad przeprowadza pracownik socjalny (art. 107 tej ustawy). W wywiadzie pracownik socjalny ustala też dochód.',
	readingsHeading: 'Jak kalkulator czyta zarządzenie',
	readingsIntro:
		'Tych rzeczy zarządzenie nie mówi wprost. Poniżej – jak przyjmuje je kalkulator. Pracownik Ośrodka może je potwierdzić albo rozstrzygnąć inaczej.',
	readings: [
		'Miesięcznie: zarządzenie nie podaje, za jaki okres są kwoty. Kalkulator pokazuje je jako kwoty miesięczne, bo program „Posiłek w szkole i w domu” wypłaca zasiłek co miesiąc.',
		'Jedna forma wsparcia (pkt 4): posiłek liczy się dla każdej osoby osobno – osoba, która otrzymuje posiłek, nie zwiększa kwoty, a pozostałe osoby liczy się jak zwykle. Produkty żywnościowe liczą się dla całego gospodarstwa – gdy gospodarstwo je otrzymuje, kwota zasiłku wynosi 0 zł.',
		'Zaokrąglenie (tabele nr 1 i 3): wyliczoną kwotę zaokrągla się w górę do pełnych dziesiątek złotych, ale nie ponad kwotę maksymalną, bo tabele podają kwoty maksymalne. Jeśli część zasiłku okresowego lub stałego jest równa kwocie maksymalnej albo od niej wyższa, odlicza się najwyżej całą kwotę maksymalną.',
		'Kolumny tabel („Osoba korzystająca z bezpłatnych usług ośrodka wsparcia”, „[…] w kwocie 8,00 zł za obiad”) wskazują, kogo dotyczy kwota maksymalna – nie ustalają opłat. Odpłatność za pobyt i posiłki w Domu Dziennego Pobytu i Klubie Senior+ zależy od dochodu; określają ją uchwały Rady Miasta Kędzierzyn-Koźle i zarządzenie Dyrektora Ośrodka, a w sprawie danej osoby ustala ją decyzja (procedura, pkt 4.1, 4.2 i 4.4).'
	],
	actLink: 'tekst rozporządzenia w ISAP',
	actAtKiosk: 'Tekst rozporządzenia: Internetowy System Aktów Prawnych, isap.sejm.gov.pl',
	rules: [
		{
			id: 'R1',
			title: 'Kto może dostać zasiłek',
			text: 'Dochód gospodarstwa może wynosić od 0 do 200 % kryterium dochodowego. Dla rodziny porównuje się dochód na osobę z kryterium na osobę w rodzinie. Przy dochodzie powyżej 200 % zasiłku z tego programu nie można przyznać.',
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
			text: 'Dla każdej osoby: nie korzysta z ośrodka wsparcia, korzysta z Domu Dziennego Pobytu lub Klubu Senior+ albo otrzymuje już posiłek z programu. Osobie korzystającej z ośrodka odpowiada druga kolumna tabeli: „Osoba korzystająca z bezpłatnych usług ośrodka wsparcia” (tabele nr 1 i 3) albo „Osoba korzystająca z usług ośrodka wsparcia w kwocie 8,00 zł za obiad” (tabela nr 4; w tabeli nr 2 „za 1 obiad”).',
			ref: 'Zał. nr 4, tabele nr 1–4 (kolumny)',
			anchor: 'tabele'
		},
		{
			id: 'R4',
			title: 'Kwota maksymalna dla osoby',
			text: 'Kwota z tabeli dla dochodu, rodzaju gospodarstwa i korzystania z ośrodka wsparcia. Dla osoby korzystającej z ośrodka zarządzenie podaje inną kwotę maksymalną niż dla osoby niekorzystającej; wynik pokazuje obie.',
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
			title: 'Część zasiłku okresowego lub stałego na zakup żywności',
			text: 'Tylko przy dochodzie do 100 % kryterium: od kwoty maksymalnej odejmuje się część zasiłku okresowego lub stałego przeznaczoną na zakup żywności, a wynik zaokrągla w górę do pełnych dziesiątek złotych – ale nie ponad kwotę maksymalną. Przy dochodzie powyżej 100 % nic się nie odejmuje.',
			ref: 'Zał. nr 4, tabele nr 1 i 3',
			anchor: 'tabela-1'
		},
		{
			id: 'R7',
			title: 'Jedna forma wsparcia naraz',
			text: 'Posiłek albo zasiłek celowy na zakup żywności albo produkty żywnościowe. Kalkulator czyta ten punkt tak: osoba, która otrzymuje posiłek, nie zwiększa kwoty (dla każdej osoby osobno); gospodarstwo, które otrzymuje produkty, ma kwotę 0 zł (dla całego gospodarstwa).',
			ref: 'Zał. nr 4, pkt 4',
			anchor: 'pkt-4'
		},
		{
			id: 'R8',
			title: 'Obiady w ośrodku wsparcia (informacja)',
			text: 'Przy dochodzie powyżej 100 % kolumna tabeli mówi o osobie korzystającej z usług ośrodka wsparcia „w kwocie 8,00 zł za obiad”. Kalkulator pokazuje dla porównania cenę obiadów jednej osoby. To tylko informacja: zasiłek jest na zakup żywności, nie na opłacenie obiadów, i nie zmienia się od liczby obiadów.',
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
};
