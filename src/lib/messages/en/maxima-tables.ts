// The maxima tables of tables 1–4 (components/calculator/MaximaTables.svelte), on the start
// page and on /zrodla/, which so does not load the calculator's other words.
import type { maximaTables as pl } from '../pl/maxima-tables';
import type { Widen } from '../types';

export const maximaTables: Widen<typeof pl> = {
	tablesHeading: 'Maximum amounts of the allowance (PLN a month)',
	tablesIntro:
		'Maximum amounts from the order of the Director of MOPS (Order No. 24/2025, attachment No. 4). The amount for a family is the sum of the amounts of all people in it. The Centre decides in an administrative decision whether to grant the allowance and how much it will be.',
	tables: {
		caption: (n: number) => `Table No. ${n}`,
		who: 'Who',
		none: 'Does not use a support centre',
		centre:
			'Uses a support centre (day-care centre – Dom Dziennego Pobytu, Senior+ Club – Klub Senior+)',
		single: 'Person running a one-person household',
		family: 'Each person in a family',
		lower: 'income up to 100% of the criterion',
		upper: 'income over 100% up to 200% of the criterion',
		columnsNote: (free: string, paid2: string, paid4: string) =>
			`The columns of the tables name a person who uses a support centre like this: “${free}” (a person using the free services of a support centre; tables No. 1 and 3), “${paid2}” (table No. 2) and “${paid4}” (table No. 4) – both mean a person using the services of a support centre at PLN 8.00 per lunch. The column headings say whom the column is for – they do not set fees. The fee for the stay and meals at a support centre depends on income; it is set in a decision, according to the resolutions of the City Council of Kędzierzyn-Koźle and an order of the Director of the Centre.`,
		deductionNote:
			'With an income up to 100% of the criterion, the part of a periodic or permanent allowance meant for buying food is taken away from the amount, and the result is rounded up to full tens of złoty.'
	}
};
