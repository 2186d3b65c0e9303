// The fields of the resignation statement (/oswiadczenia/rezygnacja/): only that page loads
// them. The applicant's fields, which both statements have, are in ./statements.ts.
import type { resignationFields as pl } from '../pl/resignation-fields';
import type { Widen } from '../types';

export const resignationFields: Widen<typeof pl> = {
	/** The headings of its own sections. */
	sections: {
		resignation: 'Відмова',
		decision: 'Рішення, яке Центр має скасувати',
		staff: 'Частина для соціального працівника'
	},
	/** The page: its title, heading and lead. */
	page: {
		title: 'Заява про відмову від послуг центру підтримки – MOPS Кендзежин-Козьле',
		heading: 'Заява про відмову від послуг центру підтримки',
		lead: 'Додаток № 2 до Процедури. Заповніть поля, перевірте перегляд, завантажте PDF або надрукуйте й підпишіть.'
	},
	caseMark: {
		label: 'Номер справи (після „DPŚ.5121.”)',
		hint: 'Наприклад 15.2025. Можна лишити порожнім і вписати від руки.'
	},
	centre: {
		/** A unit's name as the centre writes it, explained where a reader may not know it. */
		gloss: (name: string): string =>
			name === 'Ośrodek Wsparcia Dziennego dla Osób z Zespołem Otępiennym'
				? 'денний центр підтримки для людей з деменцією'
				: '',
		legend: 'Від послуг якого центру підтримки ви відмовляєтеся?',
		other: 'Інший центр підтримки'
	},
	centreOther: { label: 'Назва центру підтримки', hint: 'Введіть повну назву.' },
	decisionDate: {
		label: 'Дата рішення',
		hint: 'Вказана вгорі рішення. Можна лишити порожнім і вписати від руки.'
	},
	decisionNumber: {
		label: 'Номер рішення',
		hint: 'Вказаний вгорі рішення, наприклад DPŚ.5121.15.2025. Можна лишити порожнім і вписати від руки.'
	},
	deliveryAddress: {
		label: 'Адреса, на яку надіслати рішення',
		hint: 'Ми вписали вашу адресу. Змініть, якщо рішення має прийти деінде.'
	},
	effectiveDate: {
		label: 'Відмовляюся з дня',
		hint: 'З цього дня ви не користуватиметеся послугами центру.'
	},
	staffDate: {
		label: 'Дата службової записки соціального працівника',
		hint: 'Може відрізнятися від дати заяви. Можна лишити порожнім і вписати від руки.'
	},
	staffPart: {
		label: 'Заповнити частину для соціального працівника',
		hint: 'Для працівників Центру. Якщо не позначити, ця частина залишиться порожньою і її заповнять від руки.'
	}
};
