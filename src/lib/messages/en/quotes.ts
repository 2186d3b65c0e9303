// Translations of the Polish legal texts the site quotes: the order's zał. nr 4 (QUOTES in
// src/lib/rules/parameters.ts) and the procedure's points (src/lib/procedure/points.ts). The
// quotes themselves stay Polish in every language (lang="pl"); another language shows its
// translation beside them, labelled as a translation. Polish needs none.
import type { OrderQuoteTranslations } from '../quote-translation';

export const translationLabel = 'Translation:';

export const orderQuotes: OrderQuoteTranslations = {
	point1:
		'A cash benefit in the form of a special-purpose allowance under the multi-annual government programme “Meals at school and at home” may be granted to a person/family whose income is from 0 to 200% of the statutory income criterion.',
	point2:
		'The maximum amounts of benefits for a person running a one-person household or a person in a family are set out in the tables below.',
	point3:
		'In particularly justified cases, the amounts may be increased after agreement with and approval by the Director of the Centre.',
	point4:
		'Under the “Meals at school and at home” programme, a person/family may receive at the same time only one of the listed forms of support: a meal, or a special-purpose allowance for buying food, or in-kind help in the form of food products, in accordance with the rules contained in the programme.',
	table1:
		'Table No. 1. Maximum amounts of benefits for a person running a one-person household who meets the condition of income up to 100% of the statutory criterion',
	table2:
		'Table No. 2. Maximum amounts of benefits for a person running a one-person household who meets the condition of income above 100% up to 200% of the statutory criterion',
	table3:
		'Table No. 3. Maximum amounts of benefits for a person in a family who meets the condition of income per person up to 100% of the statutory criterion',
	table4:
		'Table No. 4. Maximum amounts of benefits for a person in a family who meets the condition of income per person above 100% up to 200% of the statutory criterion',
	columnNone:
		'A person not using meals at the canteen attached to a day-care centre or at a canteen selected by public procurement',
	columnCentreFree: 'A person using the free services of a support centre',
	columnCentrePaid2: 'A person using the services of a support centre at PLN 8.00 per 1 lunch',
	columnCentrePaid4: 'A person using the services of a support centre at PLN 8.00 per lunch',
	t1none:
		'in the maximum amount of PLN 500.00, on condition that the person does not allocate a periodic or permanent allowance to buying food',
	t1centre:
		'in the maximum amount of PLN 275.00, on condition that this person does not allocate a periodic or permanent allowance to buying food',
	t2none: 'in the maximum amount of PLN 300.00',
	t2centre: 'in the maximum amount of PLN 195.00',
	t3none:
		'in the maximum amount of PLN 400.00 for each person, on condition that the family does not allocate a periodic or permanent allowance to buying food',
	t3centre:
		'in the maximum amount of PLN 225.00 for each person, on condition that the family does not allocate a periodic or permanent allowance to buying food',
	t4none: 'in the maximum amount of PLN 250.00 for each person',
	t4centre: 'in the maximum amount of PLN 175.00 for each person',
	t1noneDeduction:
		'in the amount of the difference between the maximum amount of PLN 500.00 and the amount of the periodic or permanent allowance that is to be used to buy food; the calculated amount of the benefit is rounded up to full tens of złoty.',
	t1centreDeduction:
		'in the amount of the difference between the maximum amount of PLN 275.00 and the amount of the periodic or permanent allowance that is to be used to buy food; the calculated amount of the benefit is rounded up to full tens of złoty.',
	t3noneDeduction:
		'in the amount of the difference between the maximum amount of PLN 400.00 for each person and the amount of the periodic or permanent allowance that is to be used to buy food; the calculated amount of the benefit is rounded up to full tens of złoty.',
	t3centreDeduction:
		'in the amount of the difference between the maximum amount of PLN 225.00 for each person and the amount of the periodic or permanent allowance that is to be used to buy food; the calculated amount of the benefit is rounded up to full tens of złoty.',
	familySum:
		'The amount of the benefit is the sum of the amounts due to each member of the family in accordance with the above conditions',
	rounding: 'the calculated amount of the benefit is rounded up to full tens of złoty.'
};
