// The fields of the carer statement (/oswiadczenia/opiekun-faktyczny/): only that page loads
// them. The applicant's fields, which both statements have, are in ./statements.ts.
import type { carerFields as pl } from '../pl/carer-fields';
import type { Widen } from '../types';

export const carerFields: Widen<typeof pl> = {
	/** The headings of its own sections. */
	sections: {
		carer: 'De facto carer',
		scope: 'Access to information'
	},
	/** The page: its title, heading and lead. */
	page: {
		title: 'Statement naming a de facto carer – MOPS Kędzierzyn-Koźle',
		heading: 'Statement naming a de facto carer',
		lead: 'Attachment No. 1 to the Procedure. Fill in the fields, check the preview, download the PDF or print it, and sign it.'
	},
	carerName: {
		label: 'First name and surname of the de facto carer',
		hint: 'In the Polish document, the name comes after the words “wskazuję jako mojego opiekuna faktycznego Panią/Pana …” (“I name as my de facto carer Ms/Mr …”). Type it in the form that fits this Polish sentence – Polish names change their ending here, for example: Annę Nowak (Anna Nowak), Jana Kowalskiego (Jan Kowalski). The preview below shows what will be printed.'
	},
	carerPhone: {
		label: 'Contact phone number of the carer',
		hint: 'Nine digits, for example 600 123 456 or +48 77 123 45 67.'
	},
	carerTitle: {
		legend: 'The carer is',
		options: { Pani: 'Pani (Ms – a woman)', Pan: 'Pan (Mr – a man)' }
	},
	scope: {
		legend: 'The de facto carer has the right of access to information about me',
		options: {
			full: 'in full',
			limited: 'limited to…'
		}
	},
	scopeLimitedTo: {
		label: 'Limited to',
		hint: 'Write which information the carer may have access to. It is printed in the Polish document exactly as you type it, so write it in Polish if you can, for example: spraw związanych z dowozem i posiłkami (matters related to transport and meals).'
	}
};
