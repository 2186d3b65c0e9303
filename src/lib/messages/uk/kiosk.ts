import type { kiosk as pl } from '../pl/kiosk';
import type { Widen } from '../types';
import { plural, SECOND_FORMS } from './words';

import type { KioskWork } from '../types';

export const kiosk: Widen<typeof pl> = {
	startOver: 'Почати спочатку',
	warningTitle: {
		calculation: 'Ви ще користуєтеся калькулятором?',
		statement: 'Ви ще заповнюєте заяву?',
		other: 'Ви ще користуєтеся терміналом?'
	} satisfies Record<KioskWork, string>,
	warningBody: (seconds: number, work: KioskWork) => {
		const inSeconds = `Через ${seconds} ${plural(seconds, SECOND_FORMS)}`;
		const after =
			'а термінал повернеться на початкову сторінку. Так наступна людина не побачить ваших даних.';
		return {
			calculation: `${inSeconds} результат і все, що введено, зникнуть з екрана, ${after}`,
			statement: `${inSeconds} все, що введено у формі, зникне з екрана, ${after}`,
			other: `${inSeconds} все, що введено, зникне з екрана, ${after}`
		}[work];
	},
	continue: 'Так, продовжую',
	clearNow: 'Ні, почати спочатку',
	banner:
		'Термінал самообслуговування: коли закінчите, натисніть «Почати спочатку», щоб видалити свої дані.'
};
