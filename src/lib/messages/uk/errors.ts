// What the engine refuses, in Ukrainian: each problem (src/lib/rules/errors.ts) and each reason an
// amount cannot be read (src/lib/rules/amount-text.ts) as a sentence that says what to type.
import type { AllowanceProblem, AmountProblem } from '$lib/rules';
import { formatDateLong } from '$lib/format';
import { grouped } from '../grouped';

/** The example amount every amount message shows. */
export const AMOUNT_EXAMPLE = '2469,50';
const EXAMPLE = `наприклад ${AMOUNT_EXAMPLE}`;

/** Why a text is not an amount, and a form that works. */
export function amountMessage(p: AmountProblem): string {
	switch (p.kind) {
		case 'empty':
			return `Введіть суму в злотих, через кому, ${EXAMPLE}`;
		case 'negative':
			return `Сума не може бути від’ємною. Введіть суму в злотих, ${EXAMPLE}`;
		case 'plus':
			return `Введіть лише суму, без знака «+», ${EXAMPLE}`;
		case 'characters':
			return `Введіть лише суму: цифри, за потреби пробіли і кому перед копійками (grosze), ${EXAMPLE}`;
		case 'meant': {
			const shown = `${grouped(p.whole)},${p.fraction.padEnd(2, '0')}`;
			const typed = p.fraction ? `${p.whole},${p.fraction}` : p.whole;
			return `Ви мали на увазі ${shown} zł? Якщо так, введіть ${typed} – кому ставте лише перед копійками (grosze), а тисячі не відокремлюйте або відокремте пробілом, ${EXAMPLE} або 2 469,50`;
		}
		case 'marks':
			return `Кому ставте лише перед копійками (grosze); тисячі не відокремлюйте або відокремте пробілом, ${EXAMPLE} або 2 469,50`;
		case 'fraction':
			return `Після коми введіть копійки (grosze): 1 або 2 цифри, ${EXAMPLE}`;
		case 'fractionLength':
			return `Сума може мати щонайбільше 2 цифри після коми (копійки), ${EXAMPLE}`;
		case 'noWhole':
			return `Перед комою введіть злоті, наприклад 0,50 або ${AMOUNT_EXAMPLE}`;
		case 'spaces':
			return `Пробіли ставте лише між групами по 3 цифри, наприклад 2 469,50 або ${AMOUNT_EXAMPLE}`;
		case 'tooLarge':
			return `Сума завелика. Введіть місячну суму в злотих, ${EXAMPLE}`;
	}
}

const CRITERION_EXAMPLE = { single: '1010,00', perPerson: '823,00' } as const;
const dateLong = (iso: string) => `${formatDateLong(iso)} р.`;

/** What the engine refused, and what to type instead. */
export function allowanceMessage(p: AllowanceProblem): string {
	switch (p.code) {
		case 'input.invalid':
			return 'Перевірте дані у формі.';
		case 'household.choose':
			return 'Виберіть: особа, яка веде господарство одна, або сім’я.';
		case 'members.list':
			return 'Вкажіть для кожної особи, чи вона відвідує центр підтримки.';
		case 'members.kind':
			return 'Для кожної особи позначте: «Не відвідує центр підтримки», «Відвідує Будинок денного перебування або Клуб Senior+» або «Уже отримує харчування за програмою».';
		case 'members.singleIsOne':
			return `Особа, яка веде господарство одна, – це 1 особа (вказано ${p.count}). Для 2 або більше осіб виберіть «Сім’я – 2 або більше осіб».`;
		case 'members.familySize':
			return `Калькулятор рахує сім’ї від 2 до ${p.max} осіб (вказано ${p.count}). Для 1 особи виберіть «Я живу і веду господарство один / одна»; якщо сім’я більша, запитайте в Центрі.`;
		case 'members.count':
			return `Калькулятор рахує від 1 до ${p.max} осіб, наприклад 3.`;
		case 'income.text':
			return 'Введіть дохід у злотих, через кому, наприклад 2469,50';
		case 'foodPart.text':
			return 'Введіть суму в злотих, через кому, наприклад 123,45 (або 0)';
		case 'receivesFoodProducts.yesNo':
			return 'Позначте «Так» або «Ні».';
		case 'lunches.integer':
			return 'Введіть кількість обідів на місяць: ціле число від 0 до 31, наприклад 20.';
		case 'lunches.negative':
			return 'Кількість обідів не може бути від’ємною; введіть від 0 до 31, наприклад 20.';
		case 'lunches.overMonth':
			return 'У місяці щонайбільше 31 день; введіть від 0 до 31, наприклад 20.';
		case 'date.text':
			return 'Вкажіть дату у форматі рррр-мм-дд, наприклад 2025-12-01.';
		case 'date.format':
			return `Вкажіть дату у форматі рррр-мм-дд, наприклад 2025-12-01 (вказано: «${p.text}»).`;
		case 'date.beforeOrder':
			return `Калькулятор рахує за Розпорядженням № 24/2025, чинним з ${dateLong(p.orderFrom)}, і не має сум на ${dateLong(p.date)} Введіть дату не раніше ніж ${dateLong(p.orderFrom)}`;
		case 'date.noCriteria':
			return `Критеріїв доходу на ${dateLong(p.date)} у калькуляторі немає (вони є з ${dateLong(p.knownFrom)}).`;
		case 'criteria.both':
			return 'Вкажіть обидва критерії: для особи, яка веде господарство одна, і на одну особу в сім’ї.';
		case 'criterion.text':
			return `Введіть критерій у злотих, через кому, наприклад ${CRITERION_EXAMPLE[p.which]}`;
		case 'criterion.zero':
			return `Критерій має бути більшим за нуль, наприклад ${CRITERION_EXAMPLE[p.which]}`;
		case 'amount':
			return amountMessage(p.problem);
	}
}
