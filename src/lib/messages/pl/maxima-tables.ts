// The maxima tables of tables 1–4 (components/calculator/MaximaTables.svelte), on the start
// page and on /zrodla/, which so does not load the calculator's other words.
export const maximaTables = {
	tablesHeading: 'Maksymalne kwoty zasiłku (zł miesięcznie)',
	tablesIntro:
		'Kwoty maksymalne z zarządzenia Dyrektora MOPS (Nr 24/2025, zał. nr 4). Kwota dla rodziny to suma kwot wszystkich osób. O przyznaniu i wysokości zasiłku Ośrodek rozstrzyga w decyzji.',
	tables: {
		caption: (n: number) => `Tabela nr ${n}`,
		who: 'Kto',
		none: 'Nie korzysta z ośrodka wsparcia',
		centre: 'Korzysta z ośrodka wsparcia (Dom Dziennego Pobytu, Klub Senior+)',
		single: 'Osoba samotnie gospodarująca',
		family: 'Każda osoba w rodzinie',
		lower: 'dochód do 100 % kryterium',
		upper: 'dochód powyżej 100 % do 200 % kryterium',
		columnsNote: (free: string, paid2: string, paid4: string) =>
			`Kolumny tabel nazywają osobę korzystającą z ośrodka wsparcia tak: „${free}” (tabele nr 1 i 3), „${paid2}” (tabela nr 2) i „${paid4}” (tabela nr 4). Opisy kolumn wskazują, kogo kolumna dotyczy – nie ustalają opłat. Odpłatność za pobyt i posiłki w ośrodku wsparcia zależy od dochodu; ustala ją decyzja, według uchwał Rady Miasta Kędzierzyn-Koźle i zarządzenia Dyrektora Ośrodka.`,
		deductionNote:
			'Przy dochodzie do 100 % kryterium od kwoty odejmuje się część zasiłku okresowego lub stałego przeznaczoną na zakup żywności, a wynik zaokrągla w górę do pełnych dziesiątek złotych.'
	}
} as const;
