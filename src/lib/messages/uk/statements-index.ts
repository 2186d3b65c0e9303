// The statements' index page (/oswiadczenia/): only that page loads it. Import this file directly.
import type { statementsIndex as pl } from '../pl/statements-index';
import type { Widen } from '../types';

export const statementsIndex: Widen<typeof pl> = {
	/** The blank forms' buttons. */
	blank: {
		carer: 'Порожній бланк: зазначення фактичного опікуна (PDF)',
		resignation: 'Порожній бланк: відмова від послуг центру підтримки (PDF)'
	},
	/** When a blank form could not be made: this page has no form or preview to print from. */
	failed: 'Не вдалося підготувати PDF. Спробуйте ще раз.',
	/** A new deployment replaced the PDF code (at the kiosk: printed, not downloaded). */
	outdated: 'Вийшла нова версія сторінки. Завантажте її, щоб отримати порожній бланк.',
	outdatedKiosk:
		'Сторінку оновлено. Натисніть «Завантажити нову версію», а потім знову виберіть порожній бланк для друку.',
	title: 'Заяви – MOPS Кендзежин-Козьле',
	heading: 'Заяви',
	lead: 'Тут ви заповните заяви („oświadczenie” – письмова заява, яку ви підписуєте) щодо центрів підтримки („ośrodek wsparcia” – Будинок денного перебування, Клуб Senior+) і завантажите їх як PDF для підпису. Можна також завантажити порожній бланк і заповнити його від руки.',
	carer: {
		heading: 'Зазначення фактичного опікуна',
		when: 'Коли ви звертаєтеся по послуги денного центру підтримки з послугами догляду, ви можете вказати фактичного опікуна („opiekun faktyczny” – людину, яка фактично опікується вами). Він допоможе заповнити документи і підтримуватиме зв’язок із Центром (пункт 2.2 Процедури, додаток № 1).',
		link: 'Заповнити заяву про фактичного опікуна'
	},
	resignation: {
		heading: 'Відмова від послуг центру підтримки',
		when: 'Якщо ви більше не хочете відвідувати Будинок денного перебування („Dom Dziennego Pobytu”) або Клуб Senior+, повідомте про це Центр письмово (цією заявою про відмову – „rezygnacja”) або телефоном. Тоді соціальний працівник складає службову записку для Відділу соціальних виплат („Dział Świadczeń”) з проханням скасувати рішення („uchylenie decyzji”). Це нижня частина бланка (пункт 5.1 літера a Процедури, додаток № 2).',
		link: 'Заповнити заяву про відмову'
	},
	blankHeading: 'Порожні бланки для заповнення від руки'
};
