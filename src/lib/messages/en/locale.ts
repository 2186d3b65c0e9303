// English (British usage, as the EU institutions write it): "PLN 1,010.00", "23 November 2026".
// Money is written with the ISO code before the amount, as Intl's en-GB does and as English
// pages of Polish banks and public bodies do; the number itself with a decimal point.
import type { LocaleFormat } from '../types';

export const code = 'en';

export const format: LocaleFormat = {
	intl: 'en-GB',
	money: { options: { style: 'currency', currency: 'PLN' }, suffix: '' },
	percentSuffix: '%',
	monthsAfterDay: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	],
	dateLong: (day, month, year) => `${day} ${month} ${year}`
};
