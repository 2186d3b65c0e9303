// Translations of the procedure's points (src/lib/procedure/points.ts), shown beside the Polish
// text on /jak-skorzystac/ only. See ./quotes.ts.
import type { ProcedureQuoteTranslations } from '../procedure-translation';

export const procedureQuotes: ProcedureQuoteTranslations = {
	'2.1':
		'The basis for initiating proceedings concerning help in the form of the services of a support centre – a day-care centre (Dom Dziennego Pobytu) – is an application of the person concerned or of their legal representative addressed to this Centre.',
	'2.2':
		'A person applying for the services of a day support centre with care services may name a de facto carer to help with filling in the necessary documents and for contact (statement form – attachment No. 1 to the Procedure).',
	'2.3':
		'After receiving the application, a social worker of the Centre, in the manner and on the terms laid down by the Act, collects the necessary documents and carries out an interview (wywiad środowiskowy) with the person applying for referral to the DDP (day-care centre).',
	'2.4': 'Refusal to have the interview carried out may result in a refusal to grant the benefit.',
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
		'The amount of the fee for meals and the stay at a DDP/KS+ (day-care centre/Senior+ Club) is set by resolutions of the City Council of Kędzierzyn-Koźle and an Order of the Director of the Municipal Social Welfare Centre in Kędzierzyn-Koźle.',
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
};
