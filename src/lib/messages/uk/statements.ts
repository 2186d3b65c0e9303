// The statements (oświadczenia): the pages, the form fields, the validation messages and the
// wording of the printed documents. The document wording is copied from the originals
// (załączniki nr 2 i 3 do Zarządzenia Nr 24/2025 = załączniki nr 1 i 2 do Procedury) and must
// stay word for word.
import type { statements as pl } from '../pl/statements';
import type { Widen } from '../types';

export const statements: Widen<typeof pl> = {
	/**
	 * In another language: the statement is a Polish document filed with the centre, so the PDF
	 * and the printout are in Polish whatever the page's language. Empty in Polish (not shown).
	 */
	polishDocument:
		'Заява – польський документ для Центру (MOPS), тому PDF і роздруківка – польською, а імена й адреси краще писати латиницею, як у посвідці на проживання („karta pobytu”) чи паспорті. Українською лише ця форма, щоб її легше заповнити.',
	privacy:
		'Те, що ви вводите, нікуди не надсилається і не зберігається: воно є лише в цій вкладці й зникне, коли ви її оновите або закриєте. PDF лишається в завантаженнях – на спільному комп’ютері видаліть його після друку.',
	sections: {
		applicant: 'Ваші дані',
		preview: 'Попередній перегляд документа'
	},
	fields: {
		datePicker: 'Вибрати дату в календарі',
		date: {
			label: 'Дата заяви',
			hint: (today: string) =>
				`Зазвичай сьогоднішня, наприклад 1.12.2026. У документі: „Kędzierzyn–Koźle, ${today} roku”.`
		},
		name: {
			label: 'Ім’я та прізвище',
			hint: 'Краще латиницею, наприклад: Olena Kovalenko'
		},
		street: {
			label: 'Вулиця і номер будинку або квартири',
			hint: 'Наприклад: Piastowska 12/3. „ul.” (вулиця) допишемо самі.'
		},
		postalCode: {
			label: 'Поштовий індекс',
			hint: 'П’ять цифр, наприклад 47-220 або 47220. Місто: Kędzierzyn-Koźle.'
		}
	},
	warnings: {
		postalCodeOutside:
			'Індекси в Кендзежин-Козьле починаються з 47-2. Якщо ваш правильний, заяву можна завантажити.'
	},
	buttons: {
		download: 'Завантажити PDF',
		print: 'Друкувати',
		blank: 'Завантажити порожній бланк (PDF)',
		kioskBlank: 'Надрукувати порожній бланк',
		clear: 'Очистити форму'
	},
	/** Asked (the browser's OK / Скасувати) before leaving a form with what was typed not yet saved. */
	leave:
		'Вийти? Заяву не завантажено й не надруковано – введене зникне. Щоб зберегти, виберіть «Скасувати» і завантажте чи надрукуйте її.',
	clear: {
		question: 'Очистити форму? Введене не відновити.',
		yes: 'Так, очистити',
		no: 'Ні, залишити'
	},
	status: {
		working: 'Готуємо PDF…',
		downloaded: 'PDF готовий – він у завантаженнях.',
		printing:
			'Виберіть принтер і натисніть «Друкувати». Якщо вікна друку немає, шукайте заяву в новій вкладці або в завантаженнях.',
		cleared: 'Форму очищено.',
		printedAndCleared:
			'Друк запущено – заберіть роздруківку. Форму очищено, щоб ваших даних ніхто не побачив. Якщо не надрукувалося, зверніться до працівника Центру.',
		failed: 'Не вдалося підготувати PDF. Спробуйте ще раз або надрукуйте перегляд заяви (Ctrl+P).'
	},
	preview: {
		label: 'Попередній перегляд заповненої заяви',
		hint: 'Так виглядатиме документ; порожні поля й помилки позначено крапками. Друкувати можна, коли заповнено обов’язкові поля. Підпис – від руки.'
	}
};
