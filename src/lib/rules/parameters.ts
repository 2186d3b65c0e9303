// Dated parameters as data: every value with the act that set it and the dates it is valid.
// One function, parametersFor(date), picks the values in force on a calculation date.
import { AllowanceInputError, assertIsoDate } from './errors';
import { MAXIMUM_AMOUNTS as A } from './maxima-table';
import { QUOTES } from './quotes';

export type Household = 'single' | 'family';
export type CentreUse = 'none' | 'centre';
export type Tier = 'upTo100' | 'upTo200';

/** Where a value comes from. `validTo` is the last day it applies (inclusive); null = open. */
export interface Source {
	act: string;
	ref: string;
	quote: string;
	validFrom: string;
	validTo: string | null;
	url?: string;
	/** Short citation for sentences: "Dz.U. 2024 poz. 1044". */
	citation?: string;
}

export interface Parameter {
	/** Exact decimal string with a dot: "823.00", "200". */
	value: string;
	source: Source;
}

export interface AllowanceParameters {
	date: string;
	criteria: { single: Parameter; perPerson: Parameter; manual: boolean };
	/** "200": the programme's income limit in percent of the criterion (R1). */
	incomeLimitPercent: Parameter;
	/** R4: the maximum for one person by tier, household type and use of a support centre. */
	maxima: Record<Tier, Record<Household, Record<CentreUse, Parameter>>>;
	/** R8: the price of one lunch at a support centre in the upper tier. */
	lunchPrice: Parameter;
	/** From this date on the criteria should be checked again (statutory review every 3 years). */
	reviewAfter: string;
	reviewDue: boolean;
}

// ---------------------------------------------------------------------------------------------
// The order of the centre: Zarządzenie Nr 24/2025, zał. nr 4 (in force from the day it was made).

export const ORDER_ACT =
	'Zarządzenie Nr 24/2025 Dyrektora Miejskiego Ośrodka Pomocy Społecznej w Kędzierzynie-Koźlu z dnia 20 listopada 2025 r., zał. nr 4';
/** The first date for which the centre's amounts are known. */
export const ORDER_FROM = '2025-11-20';

export { QUOTES } from './quotes';

const order = (ref: string, quote: string): Source => ({
	act: ORDER_ACT,
	ref,
	quote,
	validFrom: ORDER_FROM,
	validTo: null
});

/**
 * The places in zał. nr 4 a step rests on, cited the way the order numbers them. Citations stay
 * in Polish in every language, like the quotes they go with.
 */
export const REFS = {
	point: (n: 1 | 2 | 3 | 4) => `Zał. nr 4, pkt ${n}`,
	table: (t: 1 | 2 | 3 | 4) => `Zał. nr 4, tabela nr ${t}`,
	tableColumn: (t: 1 | 2 | 3 | 4, column: 1 | 2) =>
		`Zał. nr 4, tabela nr ${t}, kolumna ${column === 1 ? 'pierwsza' : 'druga'}`,
	pointAndTable: (n: 2, t: 1 | 2) => `Zał. nr 4, pkt ${n} i tabela nr ${t}`,
	underTable: (t: 3 | 4) => `Zał. nr 4, pod tabelą nr ${t}`,
	lunchTables: 'Zał. nr 4, tabele nr 2 i 4',
	manualCriterion: 'podane przez pracownika ośrodka'
} as const;

/** Table number (1–4) for a tier and household type. */
export function tableNumber(tier: Tier, household: Household): 1 | 2 | 3 | 4 {
	if (household === 'single') return tier === 'upTo100' ? 1 : 2;
	return tier === 'upTo100' ? 3 : 4;
}

/** R4: the maxima of tables 1–4 (zł a month, per person). */
export const MAXIMA: AllowanceParameters['maxima'] = {
	upTo100: {
		single: {
			none: { value: A.upTo100.single.none, source: order(REFS.table(1), QUOTES.t1none) },
			centre: { value: A.upTo100.single.centre, source: order(REFS.table(1), QUOTES.t1centre) }
		},
		family: {
			none: { value: A.upTo100.family.none, source: order(REFS.table(3), QUOTES.t3none) },
			centre: { value: A.upTo100.family.centre, source: order(REFS.table(3), QUOTES.t3centre) }
		}
	},
	upTo200: {
		single: {
			none: { value: A.upTo200.single.none, source: order(REFS.table(2), QUOTES.t2none) },
			centre: { value: A.upTo200.single.centre, source: order(REFS.table(2), QUOTES.t2centre) }
		},
		family: {
			none: { value: A.upTo200.family.none, source: order(REFS.table(4), QUOTES.t4none) },
			centre: { value: A.upTo200.family.centre, source: order(REFS.table(4), QUOTES.t4centre) }
		}
	}
};

export const INCOME_LIMIT_PERCENT: Parameter = {
	value: '200',
	source: order(REFS.point(1), QUOTES.point1)
};

export const LUNCH_PRICE: Parameter = {
	value: '8.00',
	source: order(REFS.lunchTables, QUOTES.columnCentrePaid2)
};

// ---------------------------------------------------------------------------------------------
// The statutory income criteria (art. 8 ust. 1 ustawy o pomocy społecznej), by period.

export interface CriteriaPeriod {
	validFrom: string;
	validTo: string | null;
	single: string;
	perPerson: string;
	act: string;
	citation: string;
	url: string;
}

export const CRITERIA_PERIODS: readonly CriteriaPeriod[] = [
	{
		validFrom: '2022-01-01',
		validTo: '2024-12-31',
		single: '776.00',
		perPerson: '600.00',
		citation: 'Dz.U. 2021 poz. 1296',
		act: 'Rozporządzenie Rady Ministrów z dnia 14 lipca 2021 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2021 poz. 1296)',
		url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20210001296'
	},
	{
		validFrom: '2025-01-01',
		validTo: null,
		single: '1010.00',
		perPerson: '823.00',
		citation: 'Dz.U. 2024 poz. 1044',
		act: 'Rozporządzenie Rady Ministrów z dnia 12 lipca 2024 r. w sprawie zweryfikowanych kryteriów dochodowych oraz kwot świadczeń pieniężnych z pomocy społecznej (Dz.U. 2024 poz. 1044)',
		url: 'https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20240001044'
	}
];

/**
 * The criteria are reviewed every three years (art. 9 ustawy o pomocy społecznej; last in 2024):
 * new values may apply from 1 January 2028. From this date the result carries a warning.
 */
export const REVIEW_AFTER = '2028-01-01';

export const MANUAL_CRITERIA_ACT = 'kryterium podane ręcznie';

function criteriaSource(period: CriteriaPeriod, which: 'single' | 'perPerson'): Source {
	return {
		act: period.act,
		ref: which === 'single' ? '§ 1 pkt 1' : '§ 1 pkt 2',
		// Not checked word for word against the Dziennik Ustaw text (not in the project's sources).
		quote:
			which === 'single'
				? `dla osoby samotnie gospodarującej – w wysokości ${period.single.replace('.00', '')} zł`
				: `dla osoby w rodzinie – w wysokości ${period.perPerson.replace('.00', '')} zł`,
		validFrom: period.validFrom,
		validTo: period.validTo,
		url: period.url,
		citation: period.citation
	};
}

/** Each period's two criteria as parameters with their sources, built once like MAXIMA. */
const PERIOD_CRITERIA = CRITERIA_PERIODS.map((period) => ({
	period,
	single: { value: period.single, source: criteriaSource(period, 'single') },
	perPerson: { value: period.perPerson, source: criteriaSource(period, 'perPerson') }
}));

/** The statutory income criteria in force on `date` (known from 2022-01-01). */
export function criteriaFor(date: string): AllowanceParameters['criteria'] {
	return criteriaOn(assertIsoDate(date));
}

/** criteriaFor for a date already checked. */
function criteriaOn(date: string): AllowanceParameters['criteria'] {
	const known = PERIOD_CRITERIA.find(
		({ period: p }) => p.validFrom <= date && (p.validTo === null || date <= p.validTo)
	);
	if (!known) {
		throw new AllowanceInputError('date', {
			code: 'date.noCriteria',
			date,
			knownFrom: CRITERIA_PERIODS[0]?.validFrom ?? ''
		});
	}
	return { single: known.single, perPerson: known.perPerson, manual: false };
}

/**
 * All parameters in force on `date`: the criteria, the 200 % limit, the maxima of tables 1–4
 * and the 8,00 zł lunch price. Before 2025-11-20 the centre's amounts are not known: an error.
 */
export function parametersFor(date: string): AllowanceParameters {
	assertIsoDate(date);
	if (date < ORDER_FROM) {
		throw new AllowanceInputError('date', {
			code: 'date.beforeOrder',
			date,
			orderFrom: ORDER_FROM
		});
	}
	return {
		date,
		criteria: criteriaOn(date),
		incomeLimitPercent: INCOME_LIMIT_PERCENT,
		maxima: MAXIMA,
		lunchPrice: LUNCH_PRICE,
		reviewAfter: REVIEW_AFTER,
		reviewDue: date >= REVIEW_AFTER
	};
}
