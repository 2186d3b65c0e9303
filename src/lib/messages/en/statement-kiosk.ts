// The statements' words at the kiosk (?kiosk), which prints and never downloads: loaded only
// there (src/lib/statements/kiosk-words.svelte.ts). Import this file directly.
import type { statementKiosk as pl } from '../pl/statement-kiosk';
import type { Widen } from '../types';

export const statementKiosk: Widen<typeof pl> = {
	indexLead:
		'Here you can fill in the statements (oświadczenia) about support centres (ośrodki wsparcia) and print them to sign. You can also print a blank form and fill it in by hand.',
	carerLead:
		'Attachment No. 1 to the Procedure. Fill in the fields, check the preview, print and sign.',
	resignationLead:
		'Attachment No. 2 to the Procedure. Fill in the fields, check the preview, print and sign.',
	blankCarer: 'Print a blank form: naming a de facto carer',
	blankResignation: 'Print a blank form: resignation from the services of a support centre',
	postalCodeOutside:
		'Postcodes in Kędzierzyn-Koźle start with 47-2. Check that the postcode is correct. If it is, you can print the statement.',
	printed:
		'Printing has started – collect the printout from the printer. If nothing is printed, ask a member of the Centre’s staff for help.',
	working: 'Preparing the printout…',
	privacy:
		'Nothing you type here is sent over the internet or saved – it only goes onto the printout. The information you typed disappears from the screen after the statement is printed, after you press “Start again”, and when nobody touches the screen for a while (a warning appears first).',
	failed:
		'The printout could not be prepared. Try again or ask a member of the Centre’s staff for help.'
};
