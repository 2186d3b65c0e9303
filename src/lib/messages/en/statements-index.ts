// The statements' index page (/oswiadczenia/): only that page loads it. Import this file directly.
import type { statementsIndex as pl } from '../pl/statements-index';
import type { Widen } from '../types';

export const statementsIndex: Widen<typeof pl> = {
	/** The blank forms' buttons. */
	blank: {
		carer: 'Blank form: naming a de facto carer (PDF)',
		resignation: 'Blank form: resignation from the services of a support centre (PDF)'
	},
	/** When a blank form could not be made: this page has no form or preview to print from. */
	failed: 'The PDF file could not be prepared. Try again.',
	/** A new deployment replaced the PDF code (at the kiosk: printed, not downloaded). */
	outdated:
		'A new version of this page has been published since you opened it. Load it to get the blank form.',
	outdatedKiosk:
		'This page has been updated in the meantime. Press “Load the new version”, then choose the blank form again to print it.',
	title: 'Statements – MOPS Kędzierzyn-Koźle',
	heading: 'Statements',
	lead: 'Here you can fill in the statements (oświadczenia) about support centres (ośrodki wsparcia) and download them as a PDF to sign. You can also download a blank form and fill it in by hand.',
	carer: {
		heading: 'Naming a de facto carer',
		when: 'When you apply for the services of a day support centre with care services, you can name a de facto carer (opiekun faktyczny): a person who will help you fill in the documents and will be in contact with the Centre (point 2.2 of the Procedure, attachment No. 1).',
		link: 'Fill in the statement naming a de facto carer'
	},
	resignation: {
		heading: 'Resignation from the services of a support centre',
		when: 'When you want to stop using the services of a day-care centre (Dom Dziennego Pobytu) or a Senior+ Club (Klub Senior+), tell the Centre in writing – with this statement – or by phone. The social worker then writes an official note to the Benefits Department (Dział Świadczeń) asking for the revocation of the decision (uchylenie decyzji). This is the lower part of the form (point 5.1 a of the Procedure, attachment No. 2).',
		link: 'Fill in the resignation statement'
	},
	blankHeading: 'Blank forms to fill in by hand'
};
