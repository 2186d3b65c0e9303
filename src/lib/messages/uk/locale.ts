// Polish: the site's language, and the language of every legal text it quotes.
import type { LocaleFormat } from '../types';

export const code = 'uk';

export const format: LocaleFormat = {
	intl: 'pl-PL',
	// "1 010,00 zł"
	money: { options: { style: 'currency', currency: 'PLN' }, suffix: '' },
	percentSuffix: '\u00a0%',
	monthsAfterDay: [
		'stycznia',
		'lutego',
		'marca',
		'kwietnia',
		'maja',
		'czerwca',
		'lipca',
		'sierpnia',
		'września',
		'października',
		'listopada',
		'grudnia'
	],
	dateLong: (day, month, year) => `${day} ${month} ${year}`
};
