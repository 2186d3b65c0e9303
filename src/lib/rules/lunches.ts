// R8 — lunches at a support centre at 8,00 zł (Zał. nr 4, tabele nr 2 i 4). Information only.
import type Decimal from 'decimal.js';
import { amountOf, money, toMoneyString } from './money';
import {
	ORDER_ACT,
	QUOTES,
	tableNumber,
	type AllowanceParameters,
	type Household
} from './parameters';
import { COSTS_FORMS, count, LUNCH_FORMS, plural, zl } from './text';
import type { Step } from './types';

/**
 * R8 — Zał. nr 4, tabele nr 2 i 4 („w kwocie 8,00 zł za 1 obiad”): for a centre user in the upper
 * tier, how many lunches the person's maximum pays for (195 ÷ 8 → 24 obiady, 192,00 zł) and what
 * the entered number of lunches costs. A note: it never changes the amount.
 */
export function lunchNote(
	household: Household,
	person: number,
	personMaximum: Decimal,
	params: AllowanceParameters,
	lunchesPerMonth?: number
): Step {
	const price = amountOf(params.lunchPrice);
	const lunches = personMaximum.div(price).floor();
	const lunchesCost = lunches.mul(price);
	const n = lunches.toNumber(); // a whole count of lunches, for the Polish plural only
	const name = household === 'single' ? 'Osoba samotnie gospodarująca' : `Osoba ${person}`;
	const priceText = zl(price);
	const maxText = zl(personMaximum);
	const lunchesText = `${count(lunches)} ${plural(n, LUNCH_FORMS)}`;
	const table = tableNumber('upTo200', household);
	const column = table === 2 ? QUOTES.columnCentrePaid2 : QUOTES.columnCentrePaid4;
	let text = `Tylko informacja – nie zmienia kwoty. Zasiłek celowy jest przeznaczony na zakup żywności, a nie na opłacenie obiadów w ośrodku wsparcia. Dla porównania: ${lunchesText} po ${priceText} ${plural(n, COSTS_FORMS)} ${zl(lunchesCost)} – to najwięcej pełnych obiadów, których cena nie przekracza kwoty maksymalnej tej osoby (${maxText}).`;
	const values = [
		{ label: 'cena obiadu w kolumnie tabeli', value: toMoneyString(price) },
		{ label: 'kwota maksymalna osoby', value: toMoneyString(personMaximum) },
		{ label: 'liczba obiadów równa kwocie maksymalnej', value: lunches.toString() },
		{ label: 'koszt tych obiadów', value: toMoneyString(lunchesCost) }
	];
	if (lunchesPerMonth !== undefined) {
		const entered = money(String(lunchesPerMonth));
		const cost = entered.mul(price);
		const enteredText = `${count(lunchesPerMonth)} ${plural(lunchesPerMonth, LUNCH_FORMS)}`;
		text += ` Podano, że ta osoba je w ośrodku ${enteredText} w miesiącu: ${count(lunchesPerMonth)} × ${priceText} = ${zl(cost)}.`;
		values.push(
			{ label: 'liczba obiadów tej osoby w miesiącu (podana)', value: entered.toString() },
			{ label: 'koszt podanej liczby obiadów', value: toMoneyString(cost) }
		);
	}
	return {
		rule: 'R8',
		title: `${name}: obiady w ośrodku wsparcia (informacja)`,
		text,
		source: {
			ref: `Zał. nr 4, tabela nr ${table}`,
			quote: column,
			act: ORDER_ACT
		},
		values,
		person,
		note: true
	};
}
