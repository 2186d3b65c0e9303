// The fields of the carer statement (/oswiadczenia/opiekun-faktyczny/): only that page loads
// them. The applicant's fields, which both statements have, are in ./statements.ts.
import type { carerFields as pl } from '../pl/carer-fields';
import type { Widen } from '../types';

export const carerFields: Widen<typeof pl> = {
	/** The headings of its own sections. */
	sections: {
		carer: 'Фактичний опікун',
		scope: 'Доступ до інформації'
	},
	/** The page: its title, heading and lead. */
	page: {
		title: 'Заява про фактичного опікуна – MOPS Кендзежин-Козьле',
		heading: 'Заява про зазначення фактичного опікуна',
		lead: 'Додаток № 1 до Процедури. Заповніть поля, перевірте перегляд, завантажте PDF або надрукуйте й підпишіть.'
	},
	carerName: {
		label: 'Ім’я та прізвище фактичного опікуна',
		hint: 'Ім’я стоїть у польському реченні „wskazuję jako mojego opiekuna faktycznego Panią/Pana …” («вказую своїм фактичним опікуном пані/пана …»), тож введіть його в польській формі (кого?), наприклад: Annę Nowak (Anna Nowak), Jana Kowalskiego (Jan Kowalski).'
	},
	carerPhone: {
		label: 'Контактний телефон опікуна',
		hint: 'Дев’ять цифр, наприклад 600 123 456 або +48 77 123 45 67.'
	},
	carerTitle: {
		legend: 'Опікун – це',
		options: { Pani: 'Пані (Pani)', Pan: 'Пан (Pan)' }
	},
	scope: {
		legend: 'Фактичний опікун має право доступу до інформації про мене',
		options: {
			full: 'у повному обсязі',
			limited: 'в обмеженому обсязі, лише щодо…'
		}
	},
	scopeLimitedTo: {
		label: 'В обмеженому обсязі, лише щодо',
		hint: 'До якої інформації опікун може мати доступ, краще польською, наприклад: spraw związanych z dowozem i posiłkami (щодо підвезення і харчування).'
	}
};
