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
		basis:
			'Розрахунок за Розпорядженням № 24/2025 директора MOPS у Кендзежин-Козьле від 20 листопада 2025 р. (додаток № 4).',
		privacy:
			'Сайт нічого не надсилає і не зберігає з того, що ви вводите: усе залишається в цьому браузері.',
		kioskPrivacy:
			'Введене не надсилається в інтернет і не зберігається. Дані зникають після «Почати спочатку» або коли якийсь час ніхто не торкається екрана.',
		estimate: 'Це допоміжний інструмент. Рішення про надання допомоги ухвалює Центр (MOPS).'
	},
	noScript:
		'Калькулятор і заяви працюють з увімкненим JavaScript. Таблиці сум нижче видно і без нього.',
	errorSummaryTitle: 'Виправте дані у формі',
	/**
	 * Before what to type in a field whose text is longer than it takes (see $lib/text-limit).
	 * The count tells a person who sees "1" that a paste brought more, out of view.
	 */
	tooLong: (max: number, typed: string) =>
		`Текст задовгий: поле вміщує щонайбільше ${max} ${plural(max, CHARACTER_FORMS)}, а введено ${typed}.`,
	notFoundTitle: 'Такої сторінки немає',
	notFoundBody: 'Перевірте адресу або поверніться до калькулятора.',
	backHome: 'Повернутися до калькулятора',
	guideLink:
		'Як почати відвідувати Будинок денного перебування або Клуб Senior+, скільки це коштує і як відмовитися',
	update: {
		calculator:
			'Вийшла нова версія сторінки. Завантажте її – введене залишиться, а результат перерахується.',
		reload: 'Завантажити нову версію',
		statement:
			'Вийшла нова версія сторінки, тому PDF тут уже не підготувати. Введене досі у формі – надрукуйте заяву з перегляду.',
		kioskStatement:
			'Сторінку оновлено, і роздруківку зараз не підготувати. Натисніть «Друкувати з перегляду», а забравши роздруківку – «Почати спочатку», щоб видалити свої дані.',
		printPreview: 'Друкувати з перегляду'
	}
};
