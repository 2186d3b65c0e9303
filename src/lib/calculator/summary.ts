// The calculation as plain lines for the page, the print summary and the PDF: the inputs as
// given, the per-person comparison, the parameters used with their dates. Pure.
import {
	deductionShown,
	type AllowanceInput,
	type AllowanceResult,
	type MemberKind
} from '$lib/rules';
import { calculator as m } from '$messages';
import { calculatorResult as res } from '$messages/calculator-result';
import { formatDateLong, formatMoney } from '$lib/format';
import { KIND_USE } from '$messages/steps';
import type { FormValues } from './form';

export interface Line {
	label: string;
	value: string;
}

export interface PersonRow {
	label: string;
	kind: MemberKind;
	/** The maximum without / with a support centre in the result's tier ("400.00"). */
	without: string;
	with: string;
	/** What this person adds (0 for `meals`). */
	applied: string;
}

/** The inputs as the user gave them (amounts as the engine read them), for print and PDF. */
export function inputLines(
	values: FormValues,
	input: AllowanceInput,
	result: AllowanceResult,
	assumedIncome: string | null,
	foodPart: string | null
): Line[] {
	const n = input.members.length;
	const lines: Line[] = [
		{
			label: res.inputHousehold,
			value: input.household === 'family' ? res.inputFamily(n) : res.inputSingle
		},
		{
			label: res.inputMembers,
			value:
				n === 1
					? KIND_USE[input.members[0] ?? 'none']
					: input.members.map((k, i) => `${i + 1}: ${KIND_USE[k]}`).join('; ')
		},
		assumedIncome !== null
			? { label: res.inputIncomeRange, value: rangeText(values, result) }
			: { label: res.inputIncome, value: formatMoney(input.income) },
		{
			label: res.inputFood,
			// Tables 2 and 4 deduct no food part: above 100 % it is not asked and not applicable.
			value:
				result.tier !== 'upTo100'
					? res.foodNotApplicable
					: foodPart
						? formatMoney(foodPart)
						: res.none
		},
		{
			label: res.inputProducts,
			value: input.receivesFoodProducts ? res.yes : res.no
		}
	];
	if (input.lunchesPerMonth !== undefined) {
		lines.push({ label: res.inputLunches, value: String(input.lunchesPerMonth) });
	}
	return lines;
}

function rangeText(values: FormValues, result: AllowanceResult): string {
	const t = result.thresholds;
	if (values.range === 'low') return m.income.rangeLow(formatMoney(t.upTo100), '');
	if (values.range === 'mid')
		return m.income.rangeMid(formatMoney(t.upTo100), formatMoney(t.upTo200));
	return m.income.rangeHigh(formatMoney(t.upTo200));
}

/** "Rozporządzenie … (Dz.U. 2024 poz. 1044)" → "Dz.U. 2024 poz. 1044"; the full title is on /zrodla/. */
export function shortAct(act: string): string {
	return /\((Dz\.\s?U\.[^)]*)\)\s*$/.exec(act)?.[1] ?? act;
}

/**
 * The parameters used, with their dates and acts. A criterion typed by staff is shown only for
 * the household it applies to: the other one was not typed and played no part.
 */
export function parameterLines(result: AllowanceResult, household: 'single' | 'family'): Line[] {
	const p = result.parameters;
	const manual = p.criteria.manual;
	const crit = (which: 'single' | 'perPerson', label: string): Line => {
		const c = p.criteria[which];
		return {
			label,
			value: manual
				? `${formatMoney(c.value)} (${res.manualCriterion})`
				: `${formatMoney(c.value)}, ${res.since(formatDateLong(c.source.validFrom))} (${shortAct(c.source.act)})`
		};
	};
	return [
		{ label: res.calcDate, value: formatDateLong(p.date) },
		...(manual && household === 'family' ? [] : [crit('single', res.criterionSingle)]),
		...(manual && household === 'single' ? [] : [crit('perPerson', res.criterionPerPerson)]),
		{
			label: res.maximaLabel,
			value: `${res.since(formatDateLong(p.lunchPrice.source.validFrom))} (${res.orderShort})`
		}
	];
}

/** The one-line verdict under the amount. */
export function verdict(values: FormValues, result: AllowanceResult): string {
	if (!result.eligible) return res.notEligible;
	if (result.amount === '0.00') {
		if (values.receivesFoodProducts === 'yes') return res.zeroBecauseProducts;
		if (result.maximum === '0.00') return res.zeroBecauseMeals;
		return res.zeroBecauseFood;
	}
	return res.eligible;
}

/** The income against the criterion in plain words, with the household's amounts. */
export function why(result: AllowanceResult, family: boolean): string {
	const t = result.thresholds;
	const limit = family ? res.familyLimit(formatMoney(t.upTo100)) : formatMoney(t.upTo100);
	const limit200 = family ? res.familyLimit(formatMoney(t.upTo200)) : formatMoney(t.upTo200);
	if (result.tier === 'upTo100') return res.whyLow(limit);
	if (result.tier === 'upTo200') return res.whyHigh(limit, limit200);
	return res.whyOver(limit200);
}

/** "123,45 zł z 500,00 zł": what was taken off, never more than the maximum it came from. */
export function deductionLine(result: AllowanceResult): string {
	return res.facts.deductionOf(formatMoney(deductionShown(result)), formatMoney(result.maximum));
}

/** Whether the result shows the tables' maximum beside the amount: only when something was taken from it. */
export function hasFacts(result: AllowanceResult): boolean {
	return result.eligible && (result.maximum !== result.amount || result.deduction !== '0.00');
}
