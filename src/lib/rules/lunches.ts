// R8 — lunches at a support centre at 8,00 zł (Zał. nr 4, tabele nr 2 i 4). Information only.
import type Decimal from 'decimal.js';
import { amountOf, money, toMoneyString } from './money';
import {
	ORDER_ACT,
	QUOTES,
	REFS,
	tableNumber,
	type AllowanceParameters,
	type Household
} from './parameters';
import type { StepOf } from './types';

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
): StepOf<'R8.lunches'> {
	const price = amountOf(params.lunchPrice);
	const lunches = personMaximum.div(price).floor();
	const table = tableNumber('upTo200', household);
	return {
		rule: 'R8',
		kind: 'R8.lunches',
		facts: {
			household,
			person,
			table,
			price: toMoneyString(price),
			personMaximum: toMoneyString(personMaximum),
			lunches: lunches.toNumber(), // a whole count of lunches: 0–31 or so
			lunchesCost: toMoneyString(lunches.mul(price)),
			entered: lunchesPerMonth ?? null,
			enteredCost:
				lunchesPerMonth === undefined
					? null
					: toMoneyString(money(String(lunchesPerMonth)).mul(price))
		},
		source: {
			ref: REFS.table(table),
			quote: table === 2 ? QUOTES.columnCentrePaid2 : QUOTES.columnCentrePaid4,
			act: ORDER_ACT
		},
		person,
		note: true
	};
}
