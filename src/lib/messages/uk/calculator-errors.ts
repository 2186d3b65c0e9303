// What the calculator's form checks say (src/lib/calculator/validate.ts): loaded with the
// checks at the first use of the form, never on a first visit. Import this file directly.
import type { calculatorErrors as pl } from '../pl/calculator-errors';
import type { Widen } from '../types';
import { DAY_FORMS, plural } from './words';

export const calculatorErrors: Widen<typeof pl> = {
	household: {
		error: 'Виберіть, чи ви ведете господарство один / одна, чи в сім’ї.'
	},
	income: {
		empty:
			'Введіть місячний чистий дохід у злотих, через кому, наприклад 2469,50. Якщо ви не знаєте суми, виберіть «Я не знаю точної суми – виберу діапазон».',
		rangeError: 'Виберіть, який приблизно дохід.'
	},
	lunches: {
		invalid: 'Введіть кількість обідів на місяць: ціле число від 0 до 31, наприклад 20.',
		tooMany: 'У місяці щонайбільше 31 день; введіть число від 0 до 31, наприклад 20.'
	},
	members: {
		personError: (n: number) => `Позначте, чи відвідує особа ${n} центр підтримки.`,
		singlePersonError: 'Позначте, чи ви відвідуєте центр підтримки.',
		tooFew:
			'Сім’я – це щонайменше 2 особи. Додайте особу або виберіть «Я живу і веду господарство один / одна».',
		tooMany: (n: number) =>
			`У сім’ї може бути щонайбільше 20 осіб (зараз ${n}). Видаліть осіб понад 20 або запитайте в Центрі.`
	},
	products: {
		error: 'Позначте, чи отримує господарство продукти харчування за програмою.'
	},
	staff: {
		critMissingSingle:
			'Для особи, яка веде господарство одна, введіть критерій у цьому полі, наприклад 1010,00. Якщо має діяти критерій, встановлений законом, очистіть поле «На одну особу в сім’ї».',
		critMissingPerPerson:
			'Для сім’ї введіть критерій на одну особу в сім’ї в цьому полі, наприклад 823,00. Якщо має діяти критерій, встановлений законом, очистіть поле «Для особи, яка веде господарство одна».',
		critZero: (example: string) => `Критерій має бути більшим за нуль, наприклад ${example}.`,
		dateInvalid:
			'Введіть дату у форматі рррр-мм-дд або дд.мм.рррр, наприклад 2026-11-23 або 23.11.2026.',
		/** "31 лютого 2026", "28", "2026-02-28" */
		dateNoSuchDay: (date: string, days: string, example: string) =>
			`Дати ${date} р. не існує – у цьому місяці ${days} ${plural(Number(days), DAY_FORMS)}. Виправте дату, наприклад на ${example}.`,
		dateNoSuchMonth: (month: string) =>
			`Місяця ${month} немає – місяць позначають числом від 1 до 12. Введіть дату у форматі рррр-мм-дд або дд.мм.рррр, наприклад 2026-11-23 або 23.11.2026.`
	},
	/** Field names before the messages in the error summary. */
	summaryLabels: {
		household: 'Господарство',
		members: 'Особи в сім’ї',
		centre: 'Центр підтримки',
		income: 'Дохід',
		range: 'Дохід',
		foodPart: 'Частина допомоги на купівлю продуктів',
		receivesFoodProducts: 'Продукти харчування',
		lunchesPerMonth: 'Обіди в центрі підтримки',
		date: 'Дата розрахунку',
		critSingle: 'Критерій для особи, яка веде господарство одна',
		critPerPerson: 'Критерій на одну особу в сім’ї'
	}
};
