// The fields of the resignation statement (/oswiadczenia/rezygnacja/): only that page loads
// them. The applicant's fields, which both statements have, are in ./statements.ts.
import type { resignationFields as pl } from '../pl/resignation-fields';
import type { Widen } from '../types';

export const resignationFields: Widen<typeof pl> = {
	/** The headings of its own sections. */
	sections: {
		resignation: 'Resignation',
		decision: 'The decision that the Centre is to revoke',
		staff: 'Part for the social worker'
	},
	/** The page: its title, heading and lead. */
	page: {
		title: 'Statement of resignation from the services of a support centre – MOPS Kędzierzyn-Koźle',
		heading: 'Statement of resignation from the services of a support centre',
		lead: 'Attachment No. 2 to the Procedure. Fill in the fields, check the preview, download the PDF or print it, and sign it.'
	},
	caseMark: {
		label: 'Case reference (after “DPŚ.5121.”)',
		hint: 'For example 15.2025. If this field is empty, the document will have a space to write it in.'
	},
	centre: {
		/** A unit's name as the centre writes it, explained where a reader may not know it. */
		gloss: (name: string): string =>
			name === 'Ośrodek Wsparcia Dziennego dla Osób z Zespołem Otępiennym'
				? 'day support centre for people with dementia'
				: '',
		legend: 'Which support centre’s services are you resigning from?',
		other: 'Another centre'
	},
	centreOther: { label: 'Name of the centre', hint: 'Type the full name of the centre.' },
	decisionDate: {
		label: 'Date of the decision',
		hint: 'The date the decision was issued – you will find it at the top of the decision. If you do not know it, leave this field empty – the document will have a space to write it in.'
	},
	decisionNumber: {
		label: 'Decision number',
		hint: 'You will find it at the top of the decision, for example DPŚ.5121.15.2025. If you do not have the decision with you, leave this field empty – the document will have a space to write the number in.'
	},
	deliveryAddress: {
		label: 'Address to send the decision to',
		hint: 'We have filled in your address. Change it if the decision should go to a different address.'
	},
	effectiveDate: {
		label: 'I resign with effect from',
		hint: 'From this day, you will no longer use the services of the centre.'
	},
	staffDate: {
		label: 'Date of the social worker’s note',
		hint: 'The day the social worker writes the note – it may be different from the date of the statement. If this field is empty, the document will have a space to write the date in.'
	},
	staffPart: {
		label: 'Fill in the part for the social worker',
		hint: 'For the Centre’s staff. If this is not ticked, this part stays empty, to be filled in by hand.'
	}
};
