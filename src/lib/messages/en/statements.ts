// The statements (oświadczenia): the pages, the form fields, the validation messages and the
// wording of the printed documents. The document wording is copied from the originals
// (załączniki nr 2 i 3 do Zarządzenia Nr 24/2025 = załączniki nr 1 i 2 do Procedury) and must
// stay word for word.
import type { statements as pl } from '../pl/statements';
import type { Widen } from '../types';

export const statements: Widen<typeof pl> = {
	/**
	 * In another language: the statement is a Polish document filed with the centre, so the PDF
	 * and the printout are in Polish whatever the page's language. Empty in Polish (not shown).
	 */
	polishDocument:
		'This statement is a Polish document for the Centre (MOPS), so the PDF and the printout are in Polish. Only this form on screen is in English, to help you fill it in. What you type goes into the document as you type it; write names and addresses in Latin letters, as in your residence card (karta pobytu) or passport.',
	privacy:
		'Nothing you type here is sent or saved: the information is only in this browser tab, and it disappears when you refresh or close the tab. A downloaded PDF file stays in your downloaded files – on a shared computer, delete it after printing.',
	sections: {
		applicant: 'Your details',
		preview: 'Preview of the document'
	},
	fields: {
		datePicker: 'Choose a date from the calendar',
		date: {
			label: 'Date of the statement',
			hint: (today: string) =>
				`Usually today. Type it as day.month.year, for example 1.12.2026. In the Polish document it will look like this: “Kędzierzyn–Koźle, ${today} roku”.`
		},
		name: { label: 'First name and surname', hint: 'For example: Jan Kowalski' },
		street: {
			label: 'Street and house or flat number',
			hint: 'For example: Piastowska 12/3 (house 12, flat 3). We add “ul.” (street) ourselves.'
		},
		postalCode: {
			label: 'Postcode',
			hint: 'Five digits, for example 47-220 or 47220. Town: Kędzierzyn-Koźle.'
		}
	},
	warnings: {
		postalCodeOutside:
			'Postcodes in Kędzierzyn-Koźle start with 47-2. Check that the postcode is correct. If it is, you can download the statement.'
	},
	buttons: {
		download: 'Download PDF',
		print: 'Print',
		blank: 'Download a blank form (PDF)',
		kioskBlank: 'Print a blank form',
		clear: 'Clear the form'
	},
	/** Asked (the browser's OK / Anuluj) before leaving a form with what was typed not yet saved. */
	leave:
		'Leave this page? The statement has not been downloaded or printed, so the information you typed will be lost. To keep it, choose “Cancel”, and then download or print the statement.',
	clear: {
		question: 'Clear the whole form? The information you typed cannot be brought back.',
		yes: 'Yes, clear it',
		no: 'No, keep it'
	},
	status: {
		working: 'Preparing the PDF file…',
		downloaded: 'The PDF is ready – check your downloaded files.',
		printing:
			'Choose a printer in the print window and press “Print”. If the window did not appear, the statement may have opened in a new browser tab or gone to your downloaded files – print it from there.',
		cleared: 'The form has been cleared.',
		printedAndCleared:
			'Printing has started – collect the printout from the printer. The form has been cleared so that the next person does not see your information. If nothing is printed, ask a member of the Centre’s staff for help.',
		failed:
			'The PDF file could not be prepared. Try again or print this page (Ctrl+P) – the preview of the statement will be printed.'
	},
	preview: {
		label: 'Preview of the completed statement',
		hint: 'This is how the document will look. Where a field is still empty or has an error, the preview shows a dotted space. The document will be ready to print when you fill in the required fields – the hint next to a field says if you can leave it empty. You sign the printout by hand.'
	}
};
