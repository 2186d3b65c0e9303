// Ukrainian: numbers as Ukrainian writes them ("1 010,00"), the currency as it is written in
// Poland ("zł"), month names in the genitive ("23 листопада 2026").
import type { LocaleFormat } from '../types';

export const code = 'uk';

export const format: LocaleFormat = {
	intl: 'uk-UA',
	// "1 010,00 zł": Intl writes PLN for the złoty in Ukrainian; residents see "zł" on every document.
	money: { options: { minimumFractionDigits: 2, maximumFractionDigits: 2 }, suffix: '\u00a0zł' },
	percentSuffix: '\u00a0%',
	monthsAfterDay: [
		'січня',
		'лютого',
		'березня',
		'квітня',
		'травня',
		'червня',
		'липня',
		'серпня',
		'вересня',
		'жовтня',
		'листопада',
		'грудня'
	],
	dateLong: (day, month, year) => `${day} ${month} ${year}`
};
