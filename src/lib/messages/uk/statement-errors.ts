// What the statements' checks say (src/lib/statements/*-schema.ts): loaded with the checks at
// the first use of a form, never on a first visit. Import this file directly.
import type { statementErrors as pl } from '../pl/statement-errors';
import type { Widen } from '../types';

export const statementErrors: Widen<typeof pl> = {
	dateRequired: 'Введіть дату заяви, наприклад 23.11.2026',
	dateInvalid: 'Введіть дату, яка існує, наприклад 23.11.2026',
	nameRequired: 'Введіть своє ім’я та прізвище',
	streetRequired: 'Введіть вулицю і номер будинку, наприклад Piastowska 12/3',
	postalCodeRequired: 'Введіть поштовий індекс, наприклад 47-220',
	postalCodeFormat: 'Введіть поштовий індекс із п’яти цифр, наприклад 47-220',
	carerTitleRequired: 'Позначте, чи опікун – пані, чи пан',
	carerNameRequired: 'Введіть ім’я та прізвище фактичного опікуна',
	carerPhoneRequired: 'Введіть номер телефону опікуна, наприклад 600 123 456',
	carerPhoneFormat: 'Введіть номер телефону з 9 цифр, наприклад 600 123 456 або +48 600 123 456',
	scopeRequired: 'Позначте, в якому обсязі опікун має доступ до інформації',
	scopeLimitedToRequired: 'Напишіть, до якої інформації опікун матиме доступ',
	scopeLimitedToShorter:
		'Напишіть коротше, до якої інформації опікун може мати доступ; краще польською, бо текст піде в польський документ, наприклад: spraw związanych z dowozem i posiłkami (справ, пов’язаних із підвезенням і харчуванням)',
	effectiveDateRequired: 'Введіть дату, з якої ви відмовляєтеся, наприклад 1.12.2026',
	centreRequired: 'Позначте центр, від послуг якого ви відмовляєтеся',
	centreOtherRequired: 'Введіть назву центру',
	decisionDateFuture: 'Дата рішення не може бути пізнішою за сьогоднішню',
	decisionNumberShorter: 'Введіть лише номер рішення, наприклад DPŚ.5121.15.2025',
	caseMarkShorter: 'Введіть лише номер справи, що стоїть після „DPŚ.5121.”, наприклад 15.2025',
	deliveryAddressRequired: 'Введіть адресу, на яку надіслати рішення'
};
