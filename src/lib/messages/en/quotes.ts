// Translations of the Polish legal texts the site quotes: the order's zał. nr 4 (QUOTES in
// src/lib/rules/parameters.ts) and the procedure's points (src/lib/procedure/points.ts). The
// quotes themselves stay Polish in every language (lang="pl"); another language shows its
// translation beside them, labelled as a translation. Polish needs none.
import type { QuoteTranslations } from '../quote-translation';

export const translationLabel = 'Translation:';

export const quoteTranslations: QuoteTranslations = {
	order: {
		point1:
			'A cash benefit in the form of a special-purpose allowance under the multi-annual government programme “Meals at school and at home” may be granted to a person/family whose income is from 0 to 200% of the statutory income criterion.',
		point2:
			'The maximum amounts of benefits for a person living alone or a person in a family are set out in the tables below.',
		point3:
			'In particularly justified cases, the amounts may be increased after agreement with and approval by the Director of the Centre.',
		point4:
			'Under the “Meals at school and at home” programme, a person/family may receive at the same time only one of the listed forms of support: a meal, or a special-purpose allowance for buying food, or in-kind help in the form of food products, in accordance with the rules contained in the programme.',
		table1:
			'Table No. 1. Maximum amounts of benefits for a person living alone who meets the condition of income up to 100% of the statutory criterion',
		table2:
			'Table No. 2. Maximum amounts of benefits for a person living alone who meets the condition of income above 100% up to 200% of the statutory criterion',
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
			'in the maximum amount of PLN 500.00, on condition that the person does not use a periodic or permanent allowance to buy food',
		t1centre:
			'in the maximum amount of PLN 275.00, on condition that this person does not use a periodic or permanent allowance to buy food',
		t2none: 'in the maximum amount of PLN 300.00',
		t2centre: 'in the maximum amount of PLN 195.00',
		t3none:
			'in the maximum amount of PLN 400.00 for each person, on condition that the family does not use a periodic or permanent allowance to buy food',
		t3centre:
			'in the maximum amount of PLN 225.00 for each person, on condition that the family does not use a periodic or permanent allowance to buy food',
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
	},
	procedure: {
		'2.1':
			'The basis for initiating proceedings concerning help in the form of the services of a support centre – a day-care centre (Dom Dziennego Pobytu) – is an application of the person concerned or of their legal representative addressed to this Centre.',
		'2.2':
			'A person applying for the services of a day support centre with care services may name a de facto carer to help with filling in the necessary documents and for contact (statement form – attachment No. 1 to the Procedure).',
		'2.3':
			'After receiving the application, a social worker of the Centre, in the manner and on the terms laid down by the Act, collects the necessary documents and carries out an interview (wywiad środowiskowy) with the person applying for referral to the DDP (day-care centre).',
		'2.4':
			'Refusal to have the interview carried out may result in a refusal to grant the benefit.',
		'2.5':
			'The administrative decision is prepared by an employee of the Benefits Department of the Centre.',
		'3.1':
			'The basis for initiating proceedings concerning help in the form of the services of a support centre – a Senior+ Club (Klub Senior+) – is a declaration of the person concerned or of their legal representative submitted at this Centre.',
		'3.2':
			'After receiving the declaration, a social worker of the Centre, in the manner and on the terms laid down by the Act, collects the necessary documents and carries out an interview (wywiad środowiskowy) with the person applying for referral to the KS+ (Senior+ Club).',
		'3.3':
			'Refusal to have the interview carried out results in the declaration being left without consideration.',
		'3.4':
			'The administrative decision is prepared by an employee of the Benefits Department of the Centre.',
		'4.1':
			'The amount of the fee for meals and the stay at a DDP/KS+ (day-care centre/Senior+ Club) is set by resolutions of the City Council of Kędzierzyn-Koźle and the Order of the Director of the Municipal Social Welfare Centre in Kędzierzyn-Koźle.',
		'4.2': 'The amount of the fee depends on the income situation of the person.',
		'4.3':
			'Neither the Social Assistance Act nor the resolutions of the City Council of Kędzierzyn-Koźle provide for a full or partial exemption from paying fees for the services of a DDP/KS+ support centre.',
		'4.4':
			'The decision setting the fee for the services of a DDP/KS+ support centre is prepared by an employee of the Benefits Department of the Centre.',
		'4.5':
			'A person using the services of a DDP/KS+ support centre is obliged to report every change in their financial and living situation.',
		'5.1': 'The decision granting the services of a support centre is revoked when:',
		'5.1 a':
			'the person using the services of a DDP/KS+ support centre reports, in writing or by phone, the wish to resign from further use of the services of the support centre (the social worker then prepares an official note – attachment No. 2 to the Procedure),',
		'5.1 b': 'the state of health of the person requires placement in a 24-hour care facility,',
		'5.1 c':
			'the person using the services of a support centre does not follow the Rules of the DDP/KS+ (the manager of the DDP/KS+ then prepares a written request to the head of the DPŚ – the Community Assistance Department),',
		'5.1 d':
			'the person does not use the services of the support centre for more than 3 months (the manager of the DDP/KS+ then prepares a written request to the head of the DPŚ).'
	}
};
