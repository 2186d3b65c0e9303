// Dated parameters as data: every value with the act that set it and the dates it is valid.
// One function, parametersFor(date), picks the values in force on a calculation date.
import { assertIsoDate } from './dates';
import { AllowanceInputError } from './errors';

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

/** The exact sentences of zał. nr 4, quoted in the explanation. */
export const QUOTES = {
	point1:
		'Świadczenie pieniężne w postaci zasiłku celowego w ramach wieloletniego rządowego programu „Posiłek w szkole i w domu” można przyznać osobie/rodzinie, której dochód wynosi od 0 do 200% ustawowego kryterium dochodowego.',
	point2:
		'Maksymalne kwoty świadczeń dla osoby samotnie gospodarującej lub osoby w rodzinie określono w tabelach poniżej.',
	point3:
		'W szczególnie uzasadnionych przypadkach można zwiększyć kwoty po uzgodnieniu i akceptacji Dyrektora Ośrodka.',
	point4:
		'W ramach programu „Posiłek w szkole i w domu” osoba/rodzina może otrzymać w tym samym czasie tylko jedną ze wskazanych form wsparcia: posiłek lub zasiłek celowy na zakup żywności albo pomoc rzeczową w postaci produktów żywnościowych, zgodnie z regulacjami zawartymi w programie.',
	table1:
		'Tabela nr 1. Maksymalne kwoty świadczeń dla osoby samotnie gospodarującej spełniającej warunek dochodu do 100% ustawowego kryterium',
	table2:
		'Tabela nr 2. Maksymalne kwoty świadczeń dla osoby samotnie gospodarującej spełniającej warunek dochodu powyżej 100% do 200% ustawowego kryterium',
	table3:
		'Tabela nr 3. Maksymalne kwoty świadczeń dla osoby w rodzinie spełniającej warunek dochodu na osobę do 100% ustawowego kryterium',
	table4:
		'Tabela nr 4. Maksymalne kwoty świadczeń dla osoby w rodzinie spełniającej warunek dochodu na osobę powyżej 100% do 200% ustawowego kryterium',
	columnNone:
		'Osoba nie korzystająca z posiłków w jadłodajni przy domu dziennego pobytu ani w jadłodajni wyłonionej w trybie zamówień publicznych',
	columnCentreFree: 'Osoba korzystająca z bezpłatnych usług ośrodka wsparcia',
	columnCentrePaid2: 'Osoba korzystająca z usług ośrodka wsparcia w kwocie 8,00 zł za 1 obiad',
	columnCentrePaid4: 'Osoba korzystająca z usług ośrodka wsparcia w kwocie 8,00 zł za obiad',
	t1none:
		'w maksymalnej wysokości 500,00 zł pod warunkiem, że osoba nie przeznacza na zakup żywności zasiłku okresowego lub stałego',
	t1centre:
		'w maksymalnej wysokości 275,00 zł pod warunkiem, że osoba ta nie przeznacza na zakup żywności zasiłku okresowego lub stałego',
	t2none: 'w maksymalnej wysokości 300,00 zł',
	t2centre: 'w maksymalnej wysokości 195,00 zł',
	t3none:
		'w maksymalnej wysokości 400,00 zł dla każdej osoby pod warunkiem, że rodzina nie przeznacza na zakup żywności zasiłku okresowego lub stałego',
	t3centre:
		'w maksymalnej wysokości 225,00 zł dla każdej osoby pod warunkiem, że rodzina nie przeznacza na zakup żywności zasiłku okresowego lub stałego',
	t4none: 'w maksymalnej wysokości 250,00 zł dla każdej osoby',
	t4centre: 'w maksymalnej wysokości 175,00 zł dla każdej osoby',
	t1noneDeduction:
		'w wysokości różnicy pomiędzy maksymalną wysokością 500,00 zł a kwotą, jaka ma zostać przeznaczona na zakup żywności z zasiłku okresowego lub stałego; wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.',
	t1centreDeduction:
		'w wysokości różnicy pomiędzy maksymalną wysokością 275,00 zł a kwotą, jaka ma zostać przeznaczona na zakup żywności z zasiłku okresowego lub stałego; wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.',
	t3noneDeduction:
		'w wysokości różnicy pomiędzy maksymalną wysokością 400,00 zł dla każdej osoby a kwotą, jaka ma zostać przeznaczona na zakup żywności z zasiłku okresowego lub stałego; wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.',
	t3centreDeduction:
		'w wysokości różnicy pomiędzy maksymalną wysokością 225,00 zł dla każdej osoby a kwotą, jaka ma zostać przeznaczona na zakup żywności z zasiłku okresowego lub stałego; wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.',
	familySum:
		'Kwota świadczenia jest sumą kwot, jakie przysługują każdemu członkowi rodziny zgodnie z powyższymi warunkami',
	rounding: 'wyliczoną kwotę świadczenia zaokrągla się w górę do pełnych dziesiątek w złotych.'
} as const;

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
			none: { value: '500.00', source: order(REFS.table(1), QUOTES.t1none) },
			centre: { value: '275.00', source: order(REFS.table(1), QUOTES.t1centre) }
		},
		family: {
			none: { value: '400.00', source: order(REFS.table(3), QUOTES.t3none) },
			centre: { value: '225.00', source: order(REFS.table(3), QUOTES.t3centre) }
		}
	},
	upTo200: {
		single: {
			none: { value: '300.00', source: order(REFS.table(2), QUOTES.t2none) },
			centre: { value: '195.00', source: order(REFS.table(2), QUOTES.t2centre) }
		},
		family: {
			none: { value: '250.00', source: order(REFS.table(4), QUOTES.t4none) },
			centre: { value: '175.00', source: order(REFS.table(4), QUOTES.t4centre) }
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
