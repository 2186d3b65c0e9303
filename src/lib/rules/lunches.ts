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
import { count, LUNCH_FORMS, plural, zl } from './text';
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
	let text = `${name} płaci w ośrodku wsparcia ${priceText} za obiad. Kwota maksymalna tej osoby, ${maxText}, wystarcza na ${lunchesText} (${maxText} ÷ ${priceText} → ${lunchesText} za ${zl(lunchesCost)}).`;
	const values = [
		{ label: 'cena obiadu', value: toMoneyString(price) },
		{ label: 'kwota maksymalna osoby', value: toMoneyString(personMaximum) },
		{ label: 'liczba obiadów za kwotę maksymalną', value: lunches.toString() },
		{ label: 'koszt tych obiadów', value: toMoneyString(lunchesCost) }
	];
	if (lunchesPerMonth !== undefined) {
		const entered = money(String(lunchesPerMonth));
		const cost = entered.mul(price);
		text += ` ${count(lunchesPerMonth)} ${plural(lunchesPerMonth, LUNCH_FORMS)} w miesiącu kosztuje ${count(lunchesPerMonth)} × ${priceText} = ${zl(cost)}.`;
		values.push(
			{ label: 'liczba obiadów w miesiącu (podana)', value: entered.toString() },
			{ label: 'koszt podanej liczby obiadów', value: toMoneyString(cost) }
		);
	}
	text += ' To informacja – nie zmienia kwoty zasiłku.';
	const table = tableNumber('upTo200', household);
	return {
		rule: 'R8',
		title: `${name}: obiady po ${priceText}`,
		text,
		source: {
			ref: `Zał. nr 4, tabela nr ${table}`,
			quote: table === 2 ? QUOTES.columnCentrePaid2 : QUOTES.columnCentrePaid4,
			act: ORDER_ACT
		},
		values,
		person,
		note: true
	};
}
