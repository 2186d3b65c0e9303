import type { common as pl } from '../pl/common';
import type { Widen } from '../types';
import { CHARACTER_FORMS, plural } from './words';
export const common: Widen<typeof pl> = {
	siteName: 'Калькулятор допомоги на харчування',
	siteOwner: 'Міський центр соціальної допомоги в Кендзежин-Козьле (MOPS)',
	siteDescription:
		'Допомога на харчування за програмою „Posiłek w szkole i w domu” («Харчування в школі та вдома») у MOPS Кендзежин-Козьле: калькулятор і заяви щодо центрів підтримки.',
	skipToContent: 'Перейти до змісту',
	/** The language switch: its label; each language's own name is in ../locales.ts. */
	language: 'Мова сторінки',
	nav: {
		label: 'Головне меню',
		calculator: 'Калькулятор',
		statements: 'Заяви',
		guide: 'Будинок денного перебування і Клуб Senior+',
		sources: 'Правова основа'
	},
	footer: {
		basis: 'Розрахунок за Розпорядженням директора MOPS № 24/2025 від 20.11.2025 (додаток № 4).',
		privacy: 'Сайт нічого з введеного не надсилає і не зберігає: усе лишається в цьому браузері.',
		kioskPrivacy:
			'Введене не надсилається в інтернет і не зберігається. Дані зникають після «Почати спочатку» або коли екрана якийсь час не торкаються.',
		estimate: 'Це допоміжний інструмент. Рішення про надання допомоги ухвалює Центр (MOPS).'
	},
	noScript: 'Калькулятор і заяви потребують JavaScript. Таблиці сум видно і без нього.',
	errorSummaryTitle: 'Виправте дані у формі',
	/** Read before a field's error by screen readers (hidden on screen). */
	errorPrefix: 'Помилка:',
	/**
	 * Before what to type in a field whose text is longer than it takes (see $lib/text-limit).
	 * The count tells a person who sees "1" that a paste brought more, out of view.
	 */
	tooLong: (max: number, typed: string) =>
		`Текст задовгий: щонайбільше ${max} ${plural(max, CHARACTER_FORMS)}, а введено ${typed}.`,
	notFoundTitle: 'Такої сторінки немає',
	notFoundBody: 'Перевірте адресу або поверніться до калькулятора.',
	backHome: 'Повернутися до калькулятора',
	guideLink:
		'Будинок денного перебування і Клуб Senior+: як почати, скільки коштує, як відмовитися',
	update: {
		calculator:
			'Вийшла нова версія сторінки. Завантажте її – введене залишиться, а результат перерахується.',
		reload: 'Завантажити нову версію',
		statement:
			'Вийшла нова версія сторінки, тож PDF тут не підготувати. Надрукуйте заяву з перегляду – введене досі у формі.',
		kioskStatement:
			'Сторінку оновлено, і роздруківку зараз не підготувати. Натисніть «Друкувати з перегляду», а потім – «Почати спочатку», щоб видалити свої дані.',
		printPreview: 'Друкувати з перегляду'
	}
};
