// R1 (who can get it) and R2 (the tier). Zał. nr 4, pkt 1 and the headings of tables 1–4.
import type Decimal from 'decimal.js';
import { amountOf, ceilToHundredths, money, toMoneyString, ZERO } from './money';
import {
	MANUAL_CRITERIA_ACT,
	ORDER_ACT,
	QUOTES,
	tableNumber,
	type AllowanceParameters,
	type Household
} from './parameters';
import { count, percent, plural, PERSON_FORMS_ACCUSATIVE, zl } from './text';
import type { IncomeThresholds, ResultTier, Step } from './types';

const HUNDRED = money('100');

export interface Thresholds {
	/** The criterion for the household type: single, or per person in a family. */
	criterion: Decimal;
	/** Household income at 100 % of the criterion: criterion × members. */
	upTo100: Decimal;
	/** Household income at the programme's limit (200 %): criterion × members × 2. */
	upTo200: Decimal;
}

/**
 * R1/R2 thresholds as household totals, so the test is exact with no division:
 * family eligible iff income ≤ 2 × criterion per person × members (Zał. nr 4, pkt 1).
 */
export function thresholds(
	household: Household,
	membersCount: number,
	params: AllowanceParameters
): Thresholds {
	const criterion = amountOf(
		household === 'single' ? params.criteria.single : params.criteria.perPerson
	);
	const upTo100 = criterion.mul(household === 'single' ? 1 : membersCount);
	const upTo200 = upTo100.mul(amountOf(params.incomeLimitPercent)).div(HUNDRED);
	return { criterion, upTo100, upTo200 };
}

export function thresholdStrings(t: Thresholds): IncomeThresholds {
	return {
		criterion: toMoneyString(t.criterion),
		upTo100: toMoneyString(t.upTo100),
		upTo200: toMoneyString(t.upTo200)
	};
}

export interface Assessment {
	tier: ResultTier;
	eligible: boolean;
	/** Income in percent of the criterion, to 2 decimals rounded up ("100.01" for just above). */
	ratioPercent: string;
	/** By how much the 200 % limit was passed; 0 when eligible. */
	excess: Decimal;
}

/**
 * R1 — Zał. nr 4, pkt 1: income from 0 to 200 % of the criterion (inclusive).
 * R2 — tables 1/3 „do 100%” (inclusive) and tables 2/4 „powyżej 100% do 200%”.
 * Decided on exact values: exactly 100 % is the lower tier, exactly 200 % is still eligible.
 */
export function assessIncome(income: Decimal, t: Thresholds): Assessment {
	const ratioPercent = toMoneyString(ceilToHundredths(income.mul(HUNDRED).div(t.upTo100)));
	if (income.lte(t.upTo100)) {
		return { tier: 'upTo100', eligible: true, ratioPercent, excess: ZERO };
	}
	if (income.lte(t.upTo200)) {
		return { tier: 'upTo200', eligible: true, ratioPercent, excess: ZERO };
	}
	return { tier: 'over200', eligible: false, ratioPercent, excess: income.minus(t.upTo200) };
}

function criterionSource(household: Household, params: AllowanceParameters) {
	const p = household === 'single' ? params.criteria.single : params.criteria.perPerson;
	return p.source;
}

/** A family's income per person as shown: rounded up to the grosz, and whether that changed it. */
function incomePerPerson(income: Decimal, membersCount: number) {
	const exact = income.div(membersCount);
	const shown = ceilToHundredths(exact);
	return { shown, roundedUp: !shown.eq(exact) };
}

/** R1 step (Zał. nr 4, pkt 1): the income against the criterion and the 200 % limit. */
export function eligibilityStep(
	household: Household,
	membersCount: number,
	income: Decimal,
	t: Thresholds,
	a: Assessment,
	params: AllowanceParameters
): Step {
	const manual = params.criteria.manual;
	const crit = criterionSource(household, params);
	const criterion = zl(t.criterion);
	const critText = `${criterion} (${manual ? MANUAL_CRITERIA_ACT : (crit.citation ?? crit.act)})`;
	const perPerson = household === 'family' ? incomePerPerson(income, membersCount) : undefined;
	const n = count(membersCount);
	const people = `${n} ${plural(membersCount, PERSON_FORMS_ACCUSATIVE)}`;
	const incomeSentence = !perPerson
		? `Kryterium dochodowe dla osoby samotnie gospodarującej wynosi ${critText}. Dochód ${zl(income)} to ${percent(a.ratioPercent)} tego kryterium.`
		: `Kryterium dochodowe na osobę w rodzinie wynosi ${critText}. Dochód rodziny ${zl(income)} podzielony na ${people} to ${zl(perPerson.shown)} na osobę${perPerson.roundedUp ? ' (po zaokrągleniu w górę do grosza)' : ''}, czyli ${percent(a.ratioPercent)} kryterium.`;
	const limitSentence =
		household === 'single'
			? `Zasiłek można przyznać przy dochodzie do 200 % kryterium, czyli do 2 × ${criterion} = ${zl(t.upTo200)}.`
			: `Zasiłek można przyznać przy dochodzie do 200 % kryterium, czyli dla rodziny liczącej ${people} do 2 × ${n} × ${criterion} = ${zl(t.upTo200)}.`;
	const verdict = a.eligible
		? 'Dochód mieści się w tym limicie.'
		: `Dochód przekracza limit o ${zl(a.excess)}, więc zasiłku z tego programu nie można przyznać.`;
	const values = [
		{ label: 'dochód gospodarstwa', value: toMoneyString(income) },
		{ label: 'liczba osób', value: String(membersCount) },
		{ label: 'kryterium dochodowe', value: toMoneyString(t.criterion) },
		{ label: 'kryterium podane ręcznie', value: manual ? 'tak' : 'nie' },
		...(perPerson
			? [
					{
						label: 'dochód na osobę (po zaokrągleniu w górę do grosza)',
						value: toMoneyString(perPerson.shown)
					}
				]
			: []),
		{ label: 'dochód w % kryterium', value: a.ratioPercent },
		{ label: 'limit 200 % dla gospodarstwa', value: toMoneyString(t.upTo200) }
	];
	if (!a.eligible) values.push({ label: 'przekroczenie limitu', value: toMoneyString(a.excess) });
	return {
		rule: 'R1',
		title: a.eligible ? 'Dochód mieści się w limicie 200 %' : 'Dochód przekracza limit 200 %',
		text: `${incomeSentence} ${limitSentence} ${verdict}`,
		source: { ref: 'Zał. nr 4, pkt 1', quote: QUOTES.point1, act: ORDER_ACT },
		values,
		...(a.eligible ? {} : { result: '0.00' })
	};
}

/** R2 step: the tier and so the table (1/3 up to 100 %, 2/4 above 100 % up to 200 %). */
export function tierStep(
	household: Household,
	income: Decimal,
	t: Thresholds,
	a: Assessment
): Step {
	const tier = a.tier === 'upTo100' ? 'upTo100' : 'upTo200';
	const table = tableNumber(tier, household);
	const quote = QUOTES[`table${table}`];
	const text =
		tier === 'upTo100'
			? `${household === 'single' ? 'Dochód' : 'Dochód rodziny'} ${zl(income)} nie przekracza 100 % kryterium (${zl(t.upTo100)}), więc stosuje się kwoty dla dochodu do 100 % kryterium (tabela nr ${table}).`
			: `${household === 'single' ? 'Dochód' : 'Dochód rodziny'} ${zl(income)} jest wyższy niż 100 % kryterium (${zl(t.upTo100)}), ale nie wyższy niż 200 % (${zl(t.upTo200)}), więc stosuje się kwoty dla dochodu powyżej 100 % do 200 % kryterium (tabela nr ${table}).`;
	return {
		rule: 'R2',
		title:
			tier === 'upTo100' ? 'Dochód do 100 % kryterium' : 'Dochód powyżej 100 % do 200 % kryterium',
		text,
		source: { ref: `Zał. nr 4, tabela nr ${table}`, quote, act: ORDER_ACT },
		values: [
			{ label: 'dochód gospodarstwa', value: toMoneyString(income) },
			{ label: '100 % kryterium dla gospodarstwa', value: toMoneyString(t.upTo100) },
			{ label: '200 % kryterium dla gospodarstwa', value: toMoneyString(t.upTo200) },
			{ label: 'tabela', value: String(table) }
		]
	};
}
