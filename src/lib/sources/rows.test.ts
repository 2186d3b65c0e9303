import { describe, expect, it } from 'vitest';
import { MAXIMA, ORDER_ACT, tableNumber } from '$lib/rules/parameters';
import { ORDER_POINTS, ORDER_TABLES, parameterNotes, parameterRows, type SourceRow } from './rows';

/** Intl writes a no-break space before "zł"; the cases are easier to read with plain ones. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const rows = parameterRows().map((row) => ({
	...row,
	value: plain(row.value),
	name: plain(row.name)
}));
const rowNamed = (name: string): SourceRow | undefined => rows.find((row) => row.name === name);

const OLD_ACT = 'Dz.U. 2021 poz. 1296';
const NEW_ACT = 'Dz.U. 2024 poz. 1044';
const SINGLE = 'Kryterium dochodowe – osoba samotnie gospodarująca';
const PER_PERSON = 'Kryterium dochodowe – osoba w rodzinie';

describe('the criteria, by period', () => {
	it.each([
		[
			'2022–2024, single',
			0,
			SINGLE,
			'776,00 zł',
			'od 1 stycznia 2022 do 31 grudnia 2024',
			OLD_ACT,
			'§ 1 pkt 1'
		],
		[
			'2022–2024, per person',
			1,
			PER_PERSON,
			'600,00 zł',
			'od 1 stycznia 2022 do 31 grudnia 2024',
			OLD_ACT,
			'§ 1 pkt 2'
		],
		['from 2025, single', 2, SINGLE, '1010,00 zł', 'od 1 stycznia 2025', NEW_ACT, '§ 1 pkt 1'],
		[
			'from 2025, per person',
			3,
			PER_PERSON,
			'823,00 zł',
			'od 1 stycznia 2025',
			NEW_ACT,
			'§ 1 pkt 2'
		]
	] as const)(
		'%s: row %i names its amount, dates, regulation and paragraph',
		(_, index, name, value, valid, act, ref) => {
			const row = rows[index];
			expect(row).toMatchObject({ name, value, valid, ref });
			expect(row?.act).toContain(`(${act})`);
			expect(row?.url).toMatch(/^https:\/\/isap\.sejm\.gov\.pl\//);
		}
	);

	it('anchors #kryterium on the single criterion in force now, and on no other row', () => {
		expect(rows.filter((row) => row.id === 'kryterium')).toEqual([rows[2]]);
	});
});

describe('the centre’s amounts', () => {
	const order = { act: ORDER_ACT, valid: 'od 20 listopada 2025' };

	it.each([
		[
			'the income limit: 200 % of the criterion, point 1',
			'limit',
			'Limit dochodu w programie',
			'200 % kryterium',
			'Zał. nr 4, pkt 1'
		],
		[
			'the lunch price: 8,00 zł, tables 2 and 4',
			'cena-obiadu',
			'Cena obiadu w ośrodku wsparcia (próg powyżej 100 %)',
			'8,00 zł',
			'Zał. nr 4, tabele nr 2 i 4'
		]
	] as const)('%s, anchored #%s', (_, id, name, value, ref) => {
		expect(rowNamed(name)).toMatchObject({ ...order, id, value, ref });
	});

	it.each([
		[1, 'osoba samotnie gospodarująca, nie korzysta z ośrodka wsparcia', '500,00 zł'],
		[
			1,
			'osoba samotnie gospodarująca, korzysta z ośrodka wsparcia (dom dziennego pobytu, klub senior+)',
			'275,00 zł'
		],
		[3, 'każda osoba w rodzinie, nie korzysta z ośrodka wsparcia', '400,00 zł'],
		[
			3,
			'każda osoba w rodzinie, korzysta z ośrodka wsparcia (dom dziennego pobytu, klub senior+)',
			'225,00 zł'
		],
		[2, 'osoba samotnie gospodarująca, nie korzysta z ośrodka wsparcia', '300,00 zł'],
		[
			2,
			'osoba samotnie gospodarująca, korzysta z ośrodka wsparcia (dom dziennego pobytu, klub senior+)',
			'195,00 zł'
		],
		[4, 'każda osoba w rodzinie, nie korzysta z ośrodka wsparcia', '250,00 zł'],
		[
			4,
			'każda osoba w rodzinie, korzysta z ośrodka wsparcia (dom dziennego pobytu, klub senior+)',
			'175,00 zł'
		]
	] as const)('table %i, %s: %s, cited to its table', (table, who, value) => {
		expect(rowNamed(`Kwota maksymalna – tabela nr ${table}, ${who}`)).toMatchObject({
			...order,
			value,
			ref: `Zał. nr 4, tabela nr ${table}`
		});
	});

	it('every cell of the engine’s tables has exactly one row, numbered as the engine numbers it', () => {
		const maxima = rows.filter((row) => row.name.startsWith('Kwota maksymalna'));
		const cells = (['upTo100', 'upTo200'] as const).flatMap((tier) =>
			(['single', 'family'] as const).flatMap((household) =>
				(['none', 'centre'] as const).map((use) => ({
					table: tableNumber(tier, household),
					cell: MAXIMA[tier][household][use]
				}))
			)
		);
		expect(maxima.map((row) => [row.value, row.ref])).toEqual(
			cells.map(({ table, cell }) => [
				plain(`${cell.value.replace('.', ',')} zł`),
				`Zał. nr 4, tabela nr ${table}`
			])
		);
	});
});

describe('the table as a whole', () => {
	it('has the criteria, the limit, the eight maxima and the lunch price, in that order', () => {
		expect(rows.map((row) => row.ref)).toEqual([
			'§ 1 pkt 1',
			'§ 1 pkt 2',
			'§ 1 pkt 1',
			'§ 1 pkt 2',
			'Zał. nr 4, pkt 1',
			...[1, 1, 3, 3, 2, 2, 4, 4].map((n) => `Zał. nr 4, tabela nr ${n}`),
			'Zał. nr 4, tabele nr 2 i 4'
		]);
	});

	it('leaves no cell empty and uses each anchor once', () => {
		for (const row of rows) {
			for (const cell of [row.name, row.value, row.valid, row.act, row.ref]) {
				expect(cell.trim()).not.toBe('');
			}
		}
		const ids = rows.flatMap((row) => (row.id ? [row.id] : []));
		expect(ids).toEqual(['kryterium', 'limit', 'cena-obiadu']);
	});
});

describe('the notes under the table', () => {
	it('say from when the centre’s amounts apply', () => {
		expect(parameterNotes(false).earlier).toContain('od 20 listopada 2025');
	});

	it('send staff to the manual criterion, and a kiosk visitor to a worker, from the review date', () => {
		const web = parameterNotes(false).review;
		const kiosk = parameterNotes(true).review;
		expect(web).toContain('Od 1 stycznia 2028');
		expect(web).toContain('„Opcje dla pracownika”');
		expect(kiosk).toContain('Od 1 stycznia 2028');
		expect(kiosk).toContain('zapytaj wtedy pracownika');
		expect(kiosk).not.toContain('Opcje dla pracownika');
	});
});

describe('the order as quoted', () => {
	it('points 1–4 in order', () => {
		expect(ORDER_POINTS).toHaveLength(4);
		expect(ORDER_POINTS[0]).toMatch(/^Świadczenie pieniężne .* od 0 do 200% ustawowego/);
		expect(ORDER_POINTS[3]).toMatch(/tylko jedną ze wskazanych form wsparcia/);
	});

	it('tables 1–4 in order, each quoting the maxima the engine takes from it', () => {
		expect(ORDER_TABLES.map((table) => table.n)).toEqual([1, 2, 3, 4]);
		for (const table of ORDER_TABLES) {
			expect(table.heading).toMatch(new RegExp(`^Tabela nr ${table.n}\\. Maksymalne kwoty`));
		}
		for (const tier of ['upTo100', 'upTo200'] as const) {
			for (const household of ['single', 'family'] as const) {
				const table = ORDER_TABLES.find((t) => t.n === tableNumber(tier, household));
				expect(table?.none).toContain(MAXIMA[tier][household].none.source.quote);
				expect(table?.centre).toContain(MAXIMA[tier][household].centre.source.quote);
			}
		}
	});

	it('the family tables end with the sum rule; the single tables do not', () => {
		expect(
			ORDER_TABLES.map((table) => table.after?.startsWith('Kwota świadczenia jest sumą'))
		).toEqual([undefined, undefined, true, true]);
	});
});
