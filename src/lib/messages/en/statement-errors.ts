// What the statements' checks say (src/lib/statements/*-schema.ts): loaded with the checks at
// the first use of a form, never on a first visit. Import this file directly.
import type { statementErrors as pl } from '../pl/statement-errors';
import type { Widen } from '../types';

export const statementErrors: Widen<typeof pl> = {
	dateRequired: 'Type the date of the statement, for example 23.11.2026',
	dateInvalid: 'Type a date that exists, for example 23.11.2026',
	nameRequired: 'Type your first name and surname',
	streetRequired: 'Type the street and house number, for example Piastowska 12/3',
	postalCodeRequired: 'Type the postcode, for example 47-220',
	postalCodeFormat: 'Type a postcode of five digits, for example 47-220',
	carerTitleRequired: 'Choose whether the carer is Pani (Ms) or Pan (Mr)',
	carerNameRequired: 'Type the first name and surname of the de facto carer',
	carerPhoneRequired: 'Type the carer’s phone number, for example 600 123 456',
	carerPhoneFormat: 'Type a phone number of 9 digits, for example 600 123 456 or +48 600 123 456',
	scopeRequired: 'Choose how much access to information the carer has',
	scopeLimitedToRequired: 'Write which information you limit the carer’s access to',
	scopeLimitedToShorter:
		'Write more briefly which information the carer may have access to – in Polish if you can, for example: spraw związanych z dowozem i posiłkami (matters related to transport and meals)',
	effectiveDateRequired: 'Type the date from which you resign, for example 1.12.2026',
	centreRequired: 'Choose the centre whose services you are resigning from',
	centreOtherRequired: 'Type the name of the centre',
	decisionDateFuture: 'The date of the decision cannot be later than today',
	decisionNumberShorter: 'Type only the decision number, for example DPŚ.5121.15.2025',
	caseMarkShorter: 'Type only the case reference that comes after “DPŚ.5121.”, for example 15.2025',
	deliveryAddressRequired: 'Type the address to send the decision to'
};
