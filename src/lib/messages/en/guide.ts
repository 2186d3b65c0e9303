// The guide to the support-centre procedure (/jak-skorzystac/): plain English for residents, one
// sentence or two per point of the procedure (the points' own words are in
// src/lib/procedure/points.ts). Import this file directly, not through ./index: only this page
// needs it.
import type { guide as pl } from '../pl/guide';
import type { Widen } from '../types';
import type { CLUB, DDP, FEES, ProcedurePoint, REVOCATION } from '$lib/procedure/points';

type Steps<P extends readonly ProcedurePoint[]> = Record<P[number]['id'], string>;

export const guide: Widen<typeof pl> = {
	pageTitle: 'How to use a day-care centre or a Senior+ Club – MOPS Kędzierzyn-Koźle',
	heading: 'How to use a day-care centre or a Senior+ Club',
	lead: 'How to start using a day-care centre (Dom Dziennego Pobytu) or a Senior+ Club (Klub Senior+), what it costs and how to resign – step by step, according to the procedure of the Centre (MOPS – Miejski Ośrodek Pomocy Społecznej, the Municipal Social Welfare Centre).',
	chooser: {
		heading: 'What are you looking for?',
		ddp: 'I want to go to a day-care centre',
		club: 'I want to go to a Senior+ Club',
		fees: 'What it costs',
		leave: 'I want to stop using the services (resign), or to check when the services end'
	},
	/** The summary of a step's legal layer. */
	basis: (id: string) => `point ${id} of the Procedure`,
	quoteIntro: 'Wording of the Procedure:',
	ddp: {
		heading: 'Day-care centre: how to start',
		steps: {
			'2.1':
				'Submit an application to the Centre for the services of a day-care centre. The application is submitted by the person who wants to use the services or by their legal representative (e.g. a legal guardian appointed by a court).',
			'2.2':
				'You can name a de facto carer (opiekun faktyczny): a person who will help you fill in the documents and contact the Centre. For this, there is the statement (oświadczenie) naming a de facto carer. In it, you choose whether the carer has access to all information about you or only to part of it.',
			'2.3':
				'After receiving the application, a social worker of the Centre will collect the necessary documents and carry out a family interview (rodzinny wywiad środowiskowy) with you: a conversation about your personal, family, income and property situation.',
			'2.4': 'If you do not agree to the interview, the Centre may refuse to grant the services.',
			'2.5':
				'Whether the services are granted is decided in an administrative decision (decyzja administracyjna). It is prepared by an employee of the Benefits Department (Dział Świadczeń) of the Centre.'
		} satisfies Steps<typeof DDP>,
		carerLink: 'Fill in the statement naming a de facto carer'
	},
	/** Printed at the top of every route's page, so that each sheet says where it is from. */
	printHeading:
		'MOPS Kędzierzyn-Koźle – Day-care centre (Dom Dziennego Pobytu) and Senior+ Club (Klub Senior+)',
	club: {
		heading: 'Senior+ Club: how to start',
		steps: {
			'3.1':
				'To start using a Senior+ Club, submit a declaration (deklaracja) at the Centre (not an application, as for a day-care centre). The declaration is submitted by the person who wants to use the Club or by their legal representative (e.g. a legal guardian appointed by a court).',
			'3.2':
				'After receiving the declaration, a social worker of the Centre will collect the necessary documents and carry out a family interview with you: a conversation about your personal, family, income and property situation.',
			'3.3':
				'If you do not agree to the interview, the declaration will be left without consideration: the Centre will not deal with it any further. (For a day-care centre it is different: there, refusing the interview may lead to a refusal to grant the services.)',
			'3.4':
				'Whether the services are granted is decided in an administrative decision. It is prepared by an employee of the Benefits Department of the Centre.'
		} satisfies Steps<typeof CLUB>
	},
	fees: {
		heading: 'What the stay and meals cost',
		steps: {
			'4.1':
				'The fee for meals and the stay at a day-care centre and at a Senior+ Club is set by resolutions of the City Council of Kędzierzyn-Koźle and an order of the Director of the Centre.',
			'4.2': 'The amount of the fee depends on your income situation.',
			'4.3':
				'It is not possible to be exempted from the fees – neither fully nor partly. Neither the Social Assistance Act (ustawa o pomocy społecznej) nor the resolutions of the City Council of Kędzierzyn-Koźle provide for this. However, the amount of the fee depends on your income.',
			'4.4':
				'The amount of your fee is set in a decision. It is prepared by an employee of the Benefits Department of the Centre.',
			'4.5':
				'While you use the services, you must tell the Centre about every change in your financial and living situation.'
		} satisfies Steps<typeof FEES>,
		amounts:
			'This page does not give the amounts of the fees for the stay and meals: they depend on income, and your fee is set in a decision. Ask at the Centre about the current rates.'
	},
	leave: {
		heading: 'Resignation and the end of the services',
		first:
			'Do you want to stop using the services? Fill in the resignation statement, or phone the Centre and tell them.',
		lead: 'The decision granting the services of a day-care centre or a Senior+ Club is revoked (uchylenie decyzji) – that is, the services end – when:',
		steps: {
			'5.1 a':
				'you say in writing (you can use the resignation statement) or by phone that you resign – a social worker then writes an official note;',
			'5.1 b': 'your state of health requires you to be placed in a 24-hour care facility;',
			'5.1 c':
				'you do not follow the rules of the day-care centre or the Senior+ Club – the manager of the day-care centre or the Senior+ Club then writes a request to the head of the Community Assistance Department (Dział Pomocy Środowiskowej);',
			'5.1 d':
				'you do not use the services for more than 3 months – the manager of the day-care centre or the Senior+ Club then writes a request to the head of the Community Assistance Department.'
		} satisfies Steps<typeof REVOCATION>,
		resignationLink: 'Fill in the resignation statement'
	},
	units: {
		/** A unit's name as the centre writes it, explained where a reader may not know it. */
		gloss: (name: string): string =>
			name === 'Ośrodek Wsparcia Dziennego dla Osób z Zespołem Otępiennym'
				? 'day support centre for people with dementia'
				: '',
		heading: 'Facilities of the Centre – where to ask for details',
		lead: 'The facilities of the Centre include:',
		scope:
			'The procedure described on this page applies to the day-care centres (Domy Dziennego Pobytu) and the Senior+ Club.',
		ask: 'Ask at the Centre about the addresses of the facilities, their opening hours and how to submit an application or a declaration.'
	},
	source:
		'Based on: “Procedure for matters concerning the use of the services of support centres” (“Procedura postępowania w sprawach dotyczących korzystania z usług ośrodków wsparcia”) – attachment No. 1 to Order No. 24/2025 of the Director of the Municipal Social Welfare Centre in Kędzierzyn-Koźle of 20 November 2025.'
};
