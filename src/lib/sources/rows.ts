// What /zrodla/ shows, from the engine's data: the parameters table (every value with its
// validity, act and place in the act) and the order's points and tables 1–4 as quoted. Pure,
// no Svelte. Imports src/lib/rules/parameters.ts directly, not the rules' index: the page needs
// the data, not the engine (decimal.js, zod).
import {
	CRITERIA_PERIODS,
	INCOME_LIMIT_PERCENT,
	LUNCH_PRICE,
	MAXIMA,
	ORDER_FROM,
	QUOTES,
	REVIEW_AFTER,
	criteriaFor,
	tableNumber,
	type Source
} from '$lib/rules/parameters';
import { maximaTables } from '$messages/maxima-tables';
import { calculatorSources as s } from '$messages/sources';
import { formatDateLong, formatMoney } from '$lib/format';

/** One row of the parameters table, worded and formatted. */
export interface SourceRow {
	/** The row's anchor, for links to it (#kryterium, #limit, #cena-obiadu). */
	id?: string;
	name: string;
	value: string;
	/** "od 1 stycznia 2022 do 31 grudnia 2024", "od 1 stycznia 2025". */
	valid: string;
	act: string;
	/** The place in the act: "§ 1 pkt 1", "Zał. nr 4, tabela nr 3". */
	ref: string;
	/** The act's text online (the criteria's regulations). */
	url?: string;
}

function row(name: string, value: string, source: Source, id?: string): SourceRow {
	const to = source.validTo === null ? null : formatDateLong(source.validTo);
	return {
		id,
		name,
		value,
		valid: s.validRange(formatDateLong(source.validFrom), to),
		act: source.act,
		ref: source.ref,
		url: source.url
	};
}

/** Each period's two criteria (the last period's first row is #kryterium). */
function criteriaRows(): SourceRow[] {
	return CRITERIA_PERIODS.flatMap((period, i) => {
		const { single, perPerson } = criteriaFor(period.validFrom);
		const current = i === CRITERIA_PERIODS.length - 1;
		return [
			row(
				s.critSingle,
				formatMoney(single.value),
				single.source,
				current ? 'kryterium' : undefined
			),
			row(s.critPerPerson, formatMoney(perPerson.value), perPerson.source)
		];
	});
}

const TIERS = ['upTo100', 'upTo200'] as const;
const HOUSEHOLDS = ['single', 'family'] as const;
const CENTRE_USES = ['none', 'centre'] as const;

/** The eight maxima: by tier, then household, then use of a support centre. */
function maximaRows(): SourceRow[] {
	const t = maximaTables.tables;
	return TIERS.flatMap((tier) =>
		HOUSEHOLDS.flatMap((household) =>
			CENTRE_USES.map((use) => {
				const cell = MAXIMA[tier][household][use];
				const who = `${household === 'single' ? t.single : t.family}, ${use === 'none' ? t.none : t.centre}`;
				const name = s.maximum(tableNumber(tier, household), who.toLowerCase());
				return row(name, formatMoney(cell.value), cell.source);
			})
		)
	);
}

/** The parameters table: the criteria by period, the 200 % limit, tables 1–4, the lunch price. */
export function parameterRows(): SourceRow[] {
	const limit = INCOME_LIMIT_PERCENT;
	return [
		...criteriaRows(),
		row(s.limit, s.limitValue(limit.value), limit.source, 'limit'),
		...maximaRows(),
		row(s.lunchPrice, formatMoney(LUNCH_PRICE.value), LUNCH_PRICE.source, 'cena-obiadu')
	];
}

/** Points 1–4 of zał. nr 4, quoted. */
export const ORDER_POINTS: readonly string[] = [
	QUOTES.point1,
	QUOTES.point2,
	QUOTES.point3,
	QUOTES.point4
];

/** The notes under the parameters table: from when the centre's amounts apply; the review. */
export function parameterNotes(kiosk: boolean): { earlier: string; review: string } {
	return {
		earlier: s.earlierNote(formatDateLong(ORDER_FROM)),
		// At the kiosk nobody types a criterion: ask a worker instead.
		review: (kiosk ? s.reviewNoteKiosk : s.reviewNote)(formatDateLong(REVIEW_AFTER))
	};
}

/** One of tables 1–4 as the order words it: its heading, each column's head and sentences, the note under it. */
export interface OrderTable {
	n: 1 | 2 | 3 | 4;
	heading: string;
	noneHead: string;
	none: string[];
	centreHead: string;
	centre: string[];
	after?: string;
}

export const ORDER_TABLES: readonly OrderTable[] = [
	{
		n: 1,
		heading: QUOTES.table1,
		noneHead: QUOTES.columnNone,
		none: [QUOTES.t1none, QUOTES.t1noneDeduction],
		centreHead: QUOTES.columnCentreFree,
		centre: [QUOTES.t1centre, QUOTES.t1centreDeduction]
	},
	{
		n: 2,
		heading: QUOTES.table2,
		noneHead: QUOTES.columnNone,
		none: [QUOTES.t2none],
		centreHead: QUOTES.columnCentrePaid2,
		centre: [QUOTES.t2centre]
	},
	{
		n: 3,
		heading: QUOTES.table3,
		noneHead: QUOTES.columnNone,
		none: [QUOTES.t3none, QUOTES.t3noneDeduction],
		centreHead: QUOTES.columnCentreFree,
		centre: [QUOTES.t3centre, QUOTES.t3centreDeduction],
		after: QUOTES.familySum
	},
	{
		n: 4,
		heading: QUOTES.table4,
		noneHead: QUOTES.columnNone,
		none: [QUOTES.t4none],
		centreHead: QUOTES.columnCentrePaid4,
		centre: [QUOTES.t4centre],
		after: QUOTES.familySum
	}
];
