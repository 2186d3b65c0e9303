// R6 — the food part of a periodic or permanent allowance (Zał. nr 4, tabele nr 1 i 3).
import type Decimal from 'decimal.js';
import { ceilToTens, toMoneyString, ZERO } from './money';
import { ORDER_ACT, QUOTES, tableNumber, type Household, type Tier } from './parameters';
import { zl } from './text';
import type { MemberKind, Step } from './types';

export interface Deduction {
	amount: Decimal;
	/** The food part subtracted; 0 in the upper tier or when there is none. */
	deduction: Decimal;
	steps: Step[];
}

function deductionQuote(household: Household, members: readonly MemberKind[]): string {
	if (household === 'single') {
		return members[0] === 'centre' ? QUOTES.t1centreDeduction : QUOTES.t1noneDeduction;
	}
	return members.every((k) => k === 'centre') ? QUOTES.t3centreDeduction : QUOTES.t3noneDeduction;
}

function noDeductionQuote(household: Household, members: readonly MemberKind[]): string {
	if (household === 'single') return members[0] === 'centre' ? QUOTES.t1centre : QUOTES.t1none;
	return members.every((k) => k === 'centre') ? QUOTES.t3centre : QUOTES.t3none;
}

/**
 * R6 — Zał. nr 4, tabele nr 1 i 3 (lower tier only). With no food part the maximum is granted as
 * it is (no rounding). Otherwise maximum − part, rounded UP to full tens (ceilToTens), once for
 * the household; a part ≥ the maximum gives 0; rounding never lifts the amount above the
 * maximum (the tables give „Maksymalne kwoty świadczeń”). Tables 2 and 4 have no deduction:
 * a food part there is shown as not applicable and changes nothing.
 */
export function applyFoodPart(
	household: Household,
	members: readonly MemberKind[],
	tier: Tier,
	maximum: Decimal,
	foodPart: Decimal
): Deduction {
	if (tier === 'upTo200' && foodPart.isZero()) {
		return { amount: maximum, deduction: ZERO, steps: [] };
	}
	const table = tableNumber(tier, household);
	const ref = `Zał. nr 4, tabela nr ${table}`;
	const maxMoney = toMoneyString(maximum);
	const base = [
		{ label: 'kwota maksymalna', value: maxMoney },
		{
			label: 'część zasiłku okresowego lub stałego na zakup żywności',
			value: toMoneyString(foodPart)
		}
	];

	if (tier === 'upTo200') {
		return {
			amount: maximum,
			deduction: ZERO,
			steps: [
				{
					rule: 'R6',
					title: 'Część zasiłku okresowego lub stałego – nie dotyczy',
					text: `Przy dochodzie powyżej 100 % do 200 % kryterium (tabela nr ${table}) zarządzenie nie odlicza części zasiłku okresowego lub stałego przeznaczonej na zakup żywności. Podana kwota ${zl(foodPart)} nie zmienia kwoty maksymalnej: do ${zl(maximum)} miesięcznie.`,
					source: {
						ref,
						quote: QUOTES[`table${table}`],
						act: ORDER_ACT
					},
					values: [...base, { label: 'kwota zasiłku', value: maxMoney }],
					result: maxMoney
				}
			]
		};
	}

	const quote = deductionQuote(household, members);
	if (foodPart.isZero()) {
		return {
			amount: maximum,
			deduction: ZERO,
			steps: [
				{
					rule: 'R6',
					title: 'Bez odliczenia',
					text: `Nie podano części zasiłku okresowego ani stałego przeznaczonej na zakup żywności, więc od kwoty maksymalnej nic się nie odejmuje i nie zaokrągla się jej: pozostaje ${zl(maximum)}.`,
					source: { ref, quote: noDeductionQuote(household, members), act: ORDER_ACT },
					values: [...base, { label: 'kwota zasiłku', value: maxMoney }],
					result: maxMoney
				}
			]
		};
	}

	if (foodPart.gte(maximum)) {
		return {
			amount: ZERO,
			deduction: foodPart,
			steps: [
				{
					rule: 'R6',
					title: 'Odliczenie części zasiłku okresowego lub stałego',
					text: `Część zasiłku okresowego lub stałego przeznaczona na zakup żywności (${zl(foodPart)}) jest ${foodPart.eq(maximum) ? 'równa kwocie maksymalnej' : 'wyższa niż kwota maksymalna'} (${zl(maximum)}). Odlicza się najwyżej całą kwotę maksymalną: odliczono ${zl(maximum)} z ${zl(maximum)}, więc kwota wynosi ${zl('0')}.`,
					source: { ref, quote, act: ORDER_ACT },
					values: [
						...base,
						{ label: 'odliczono (najwyżej kwota maksymalna)', value: maxMoney },
						{ label: 'kwota zasiłku', value: '0.00' }
					],
					result: '0.00'
				}
			]
		};
	}

	const difference = maximum.minus(foodPart);
	const rounded = ceilToTens(difference);
	const capped = rounded.gt(maximum);
	const amount = capped ? maximum : rounded;
	const maxText = zl(maximum);
	const differenceText = zl(difference);
	const differenceMoney = toMoneyString(difference);
	const amountMoney = toMoneyString(amount);
	const subtraction: Step = {
		rule: 'R6',
		title: 'Odliczenie części zasiłku okresowego lub stałego',
		text: `Od kwoty maksymalnej odejmuje się część zasiłku okresowego lub stałego przeznaczoną na zakup żywności: ${maxText} − ${zl(foodPart)} = ${differenceText}.`,
		source: { ref, quote, act: ORDER_ACT },
		values: [...base, { label: 'różnica', value: differenceMoney }],
		result: differenceMoney
	};
	let text = rounded.eq(difference)
		? `Wyliczoną kwotę zaokrągla się w górę do pełnych dziesiątek złotych. ${differenceText} to już pełne dziesiątki, więc zaokrąglenie niczego nie zmienia.`
		: `Wyliczoną kwotę zaokrągla się w górę do pełnych dziesiątek złotych: ${differenceText} po zaokrągleniu to ${zl(rounded)}.`;
	if (capped) {
		text += ` To więcej niż kwota maksymalna ${maxText}. Tabele podają kwoty maksymalne, więc zaokrąglenie nie może jej przekroczyć – kalkulator przyjmuje ${maxText}.`;
	}
	const rounding: Step = {
		rule: 'R6',
		title: 'Zaokrąglenie w górę do pełnych dziesiątek',
		text,
		source: { ref, quote: QUOTES.rounding, act: ORDER_ACT },
		values: [
			{ label: 'różnica', value: differenceMoney },
			{ label: 'po zaokrągleniu', value: toMoneyString(rounded) },
			{ label: 'kwota maksymalna', value: maxMoney },
			{ label: 'ograniczono do kwoty maksymalnej', value: capped ? 'tak' : 'nie' },
			{ label: 'kwota zasiłku', value: amountMoney }
		],
		result: amountMoney
	};
	return { amount, deduction: foodPart, steps: [subtraction, rounding] };
}
