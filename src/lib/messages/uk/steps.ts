// The explanation in Ukrainian: for each kind of step the engine returns (src/lib/rules/types.ts,
// StepFacts), its heading, its sentence and its labelled numbers. The page, the printout and the
// PDF all word steps through wordStep(). Loaded with the result, never on a first visit.
import type { Household, MemberKind, Step, Warning } from '$lib/rules';
import { wordStepWith, type StepMessages, type WordedStep } from '../step-words';
import { orderQuoteTranslation as translationOf } from '../quote-translation';
import { formatCount, formatDateLong, formatMoney, formatPercent } from '$lib/format';
import { LUNCH_FORMS, PERSON_FORMS, PERSON_FORMS_ACCUSATIVE, plural } from './words';
import { calculatorResult as res } from './calculator-result';

const zl = formatMoney;
const yesNo = (b: boolean) => (b ? 'так' : 'ні');
const MANUAL = 'критерій введено вручну';
/** A step's amount in its numbers: a maximum still, not an amount granted. */
const AFTER_STEP = 'максимальна сума після цього кроку';
const CALCULATED = 'розрахована сума';

/** How a person uses a centre, in the tables of numbers: "не відвідує". */
export const KIND_USE: Record<MemberKind, string> = {
	none: res.useNone,
	centre: res.useCentre,
	meals: res.useMeals
};

const KIND_SENTENCE: Record<MemberKind, string> = {
	none: 'не відвідує центру підтримки і не отримує харчування в їдальні',
	centre: 'відвідує центр підтримки (Будинок денного перебування або Клуб Senior+)',
	meals: 'уже отримує харчування за програмою «Харчування в школі та вдома»'
};

function who(household: Household, person: number): string {
	return household === 'single' ? 'Особа, яка веде господарство одна' : `Особа ${person}`;
}

/** `who` as the subject of a sentence: the relative clause closes with a comma. */
function subject(household: Household, person: number): string {
	return household === 'single' ? 'Особа, яка веде господарство одна,' : `Особа ${person}`;
}

function people(n: number): string {
	return `${formatCount(n)} ${plural(n, PERSON_FORMS_ACCUSATIVE)}`;
}

/** "3 особи", "5 осіб" (after "у якій"). */
function peopleNominative(n: number): string {
	return `${formatCount(n)} ${plural(n, PERSON_FORMS)}`;
}

function lunchesText(n: number): string {
	return `${formatCount(n)} ${plural(n, LUNCH_FORMS)}`;
}

export const stepMessages: StepMessages = {
	'R1.incomeLimit': {
		title: (f) => (f.eligible ? 'Дохід не перевищує межі 200 %' : 'Дохід перевищує межу 200 %'),
		text: (f) => {
			const criterion = zl(f.criterion);
			const critText = `${criterion} (${f.criterionCitation ?? MANUAL})`;
			const income =
				f.incomePerPerson === null
					? `Критерій доходу для особи, яка веде господарство одна, становить ${critText}. Дохід ${zl(f.income)} – це ${formatPercent(f.ratioPercent)} цього критерію.`
					: `Критерій доходу на одну особу в сім’ї становить ${critText}. Дохід сім’ї ${zl(f.income)}, поділений на ${people(f.members)}, – це ${zl(f.incomePerPerson)} на одну особу${f.perPersonRoundedUp ? ' (після округлення вгору до 0,01 zł)' : ''}, тобто ${formatPercent(f.ratioPercent)} критерію.`;
			const limit =
				f.household === 'single'
					? `Допомогу можна надати, якщо дохід не перевищує 200 % критерію, тобто до 2 × ${criterion} = ${zl(f.upTo200)}.`
					: `Допомогу можна надати, якщо дохід не перевищує 200 % критерію, тобто для сім’ї, у якій ${peopleNominative(f.members)}, до 2 × ${formatCount(f.members)} × ${criterion} = ${zl(f.upTo200)}.`;
			const verdict =
				f.excess === null
					? 'Дохід не перевищує цієї межі.'
					: `Дохід перевищує межу на ${zl(f.excess)}, тому допомогу за цією програмою надати не можна.`;
			return `${income} ${limit} ${verdict}`;
		},
		values: (f) => [
			{ label: 'дохід господарства', value: zl(f.income) },
			{ label: 'кількість осіб', value: formatCount(f.members) },
			{ label: 'критерій доходу', value: zl(f.criterion) },
			{ label: MANUAL, value: yesNo(f.criterionCitation === null) },
			...(f.incomePerPerson === null
				? []
				: [
						{
							label: 'дохід на одну особу (після округлення вгору до 0,01 zł)',
							value: zl(f.incomePerPerson)
						}
					]),
			{ label: 'дохід у % критерію', value: formatPercent(f.ratioPercent) },
			{ label: 'межа 200 % для господарства', value: zl(f.upTo200) },
			...(f.excess === null ? [] : [{ label: 'перевищення межі', value: zl(f.excess) }])
		]
	},
	'R2.tier': {
		title: (f) =>
			f.tier === 'upTo100' ? 'Дохід до 100 % критерію' : 'Дохід понад 100 % до 200 % критерію',
		text: (f) => {
			if (f.household === 'single') {
				return f.tier === 'upTo100'
					? `Дохід ${zl(f.income)} не перевищує 100 % критерію (${zl(f.upTo100)}), тому застосовують суми для доходу до 100 % критерію (таблиця № ${f.table}).`
					: `Дохід ${zl(f.income)} вищий за 100 % критерію (${zl(f.upTo100)}), але не вищий за 200 % (${zl(f.upTo200)}), тому застосовують суми для доходу понад 100 % до 200 % критерію (таблиця № ${f.table}).`;
			}
			// Tables 3 and 4 speak of the income per person: the household's total is that
			// criterion for every person.
			return f.tier === 'upTo100'
				? `Дохід сім’ї ${zl(f.income)} не перевищує 100 % критерію, розрахованого для всієї сім’ї (${zl(f.upTo100)}), тому застосовують суми для доходу до 100 % критерію (таблиця № ${f.table}).`
				: `Дохід сім’ї ${zl(f.income)} вищий за 100 % критерію, розрахованого для всієї сім’ї (${zl(f.upTo100)}), але не вищий за 200 % (${zl(f.upTo200)}), тому застосовують суми для доходу понад 100 % до 200 % критерію (таблиця № ${f.table}).`;
		},
		values: (f) => [
			{ label: 'дохід господарства', value: zl(f.income) },
			{ label: '100 % критерію для господарства', value: zl(f.upTo100) },
			{ label: '200 % критерію для господарства', value: zl(f.upTo200) },
			{ label: 'таблиця', value: String(f.table) }
		]
	},
	'R3.centreUse': {
		title: () => 'Відвідування центру підтримки',
		text: (f) => {
			const persons = f.members
				.map((k, i) => `${subject(f.household, i + 1)} ${KIND_SENTENCE[k]}.`)
				.join(' ');
			// The column heading says whom the column is for; the fees are set elsewhere
			// (the procedure, points 4.1 and 4.4).
			const translated = f.centreColumn === null ? undefined : translationOf(f.centreColumn);
			const column =
				f.centreColumn === null
					? ''
					: ` Для особи, яка відвідує центр підтримки, таблиця № ${f.table} наводить суму в стовпці „${f.centreColumn}”${translated ? ` («${translated}»)` : ''}. Назва стовпця не встановлює плати: плату встановлює рішення відповідно до ухвал Міської ради Кендзежин-Козьле і розпорядження директора Центру.`;
			return `${persons}${column}`;
		},
		values: (f) => f.members.map((k, i) => ({ label: `особа ${i + 1}`, value: KIND_USE[k] }))
	},
	'R4.personMaximum': {
		title: (f) => `${who(f.household, f.person)}: максимальна сума`,
		text: (f) =>
			f.withoutCentre === null
				? `До ${zl(f.maximum)} на місяць (максимальна сума з таблиці № ${f.table}).`
				: `До ${zl(f.maximum)} на місяць. Для особи, яка відвідує центр підтримки, таблиця № ${f.table} наводить максимальну суму ${zl(f.maximum)}, а для особи, яка не відвідує центру підтримки, – ${zl(f.withoutCentre)}.`,
		values: (f) => [
			{ label: 'максимальна сума для особи', value: zl(f.maximum) },
			...(f.withoutCentre === null
				? []
				: [
						{
							label: 'максимальна сума для особи, яка не відвідує центру підтримки',
							value: zl(f.withoutCentre)
						}
					])
		]
	},
	'R7.personMeals': {
		title: (f) => `${who(f.household, f.person)}: харчування замість допомоги`,
		text: (f) => {
			const oneForm = `${subject(f.household, f.person)} уже отримує харчування за програмою. Одночасно можна отримувати лише одну форму підтримки: харчування, цільову допомогу на купівлю продуктів харчування або допомогу в натуральній формі у вигляді продуктів харчування`;
			return f.household === 'single'
				? `${oneForm}, тому калькулятор рахує ${zl('0')}. Якщо ви хочете отримувати допомогу замість харчування, поговоріть із соціальним працівником.`
				: `${oneForm}. Калькулятор вважає, що це стосується кожної особи окремо: для цієї особи він рахує ${zl('0')}, а інших осіб у сім’ї рахує як звичайно. Як це правило буде застосовано у вашій справі, визначить Центр в адміністративному рішенні.`;
		},
		values: () => [
			{ label: 'форма допомоги', value: KIND_USE.meals },
			{ label: 'сума для особи', value: zl('0.00') }
		]
	},
	'R5.householdMaximum': {
		title: (f) => (f.household === 'single' ? 'Максимальна сума' : 'Максимальна сума для сім’ї'),
		text: (f) =>
			f.household === 'single'
				? `Максимальна сума допомоги: до ${zl(f.total)} на місяць.`
				: `Максимальна сума для сім’ї – це сума максимальних сум усіх осіб: ${f.maxima.map(zl).join(' + ')} = ${zl(f.total)} на місяць.`,
		values: (f) => [
			...f.maxima.map((m, i) => ({ label: `особа ${i + 1}`, value: zl(m) })),
			{ label: 'разом', value: zl(f.total) }
		]
	},
	'R6.notApplicable': {
		title: () => 'Частина періодичної або постійної допомоги – не стосується',
		text: (f) =>
			`Коли дохід понад 100 % до 200 % критерію (таблиця № ${f.table}), розпорядження не віднімає частини періодичної або постійної допомоги, призначеної на купівлю продуктів харчування. Вказана сума ${zl(f.foodPart)} не змінює максимальної суми: до ${zl(f.maximum)} на місяць.`,
		values: (f) => [...foodBase(f), { label: AFTER_STEP, value: zl(f.maximum) }]
	},
	'R6.nothingToDeduct': {
		title: () => 'Без віднімання',
		text: (f) =>
			`Частину періодичної або постійної допомоги, призначену на купівлю продуктів харчування, не вказано (або вказано 0 zł), тому максимальну суму не зменшують і не округлюють: вона залишається до ${zl(f.maximum)} на місяць.`,
		values: (f) => [...foodBase(f), { label: AFTER_STEP, value: zl(f.maximum) }]
	},
	'R6.wholeMaximum': {
		title: () => 'Віднімання частини періодичної або постійної допомоги',
		text: (f) =>
			`Частина періодичної або постійної допомоги, призначена на купівлю продуктів харчування (${zl(f.foodPart)}), ${f.equal ? 'дорівнює максимальній сумі' : 'більша за максимальну суму'} (${zl(f.maximum)}). Віднімають щонайбільше всю максимальну суму: віднято ${zl(f.maximum)} з ${zl(f.maximum)}, тому сума становить ${zl('0')}.`,
		values: (f) => [
			...foodBase(f),
			{ label: 'віднято (щонайбільше максимальна сума)', value: zl(f.maximum) },
			{ label: CALCULATED, value: zl('0.00') }
		]
	},
	'R6.subtraction': {
		title: () => 'Віднімання частини періодичної або постійної допомоги',
		text: (f) =>
			`Від максимальної суми віднімають частину періодичної або постійної допомоги, призначену на купівлю продуктів харчування: ${zl(f.maximum)} − ${zl(f.foodPart)} = ${zl(f.difference)}.`,
		values: (f) => [...foodBase(f), { label: 'різниця', value: zl(f.difference) }]
	},
	'R6.rounding': {
		title: () => 'Округлення вгору до повних десятків',
		text: (f) => {
			let text =
				f.rounded === f.difference
					? `Розраховану суму округлюють угору до повних десятків злотих. Сума ${zl(f.difference)} уже кругла (повні десятки), тому округлення нічого не змінює.`
					: `Розраховану суму округлюють угору до повних десятків злотих: ${zl(f.difference)} після округлення – це ${zl(f.rounded)}.`;
			if (f.capped) {
				text += ` Це більше, ніж максимальна сума (${zl(f.maximum)}). Розпорядження встановлює максимальні суми, тому калькулятор бере не більше ніж ${zl(f.maximum)}.`;
			}
			return text;
		},
		values: (f) => [
			{ label: 'різниця', value: zl(f.difference) },
			{ label: 'після округлення', value: zl(f.rounded) },
			{ label: 'максимальна сума', value: zl(f.maximum) },
			{ label: 'обмежено до максимальної суми', value: yesNo(f.capped) },
			{ label: AFTER_STEP, value: zl(f.amount) }
		]
	},
	'R7.foodProducts': {
		title: () => 'Продукти харчування замість допомоги',
		text: (f) =>
			`Вказано, що господарство отримує за програмою допомогу в натуральній формі у вигляді продуктів харчування. Одночасно можна отримувати лише одну форму підтримки, тому калькулятор розраховує ${zl('0')} замість максимальної суми до ${zl(f.before)}. Якщо ви хочете отримувати допомогу грошима замість продуктів, поговоріть із соціальним працівником – форму допомоги визначає Центр в адміністративному рішенні.`,
		values: (f) => [
			{ label: 'сума до врахування продуктів', value: zl(f.before) },
			{ label: CALCULATED, value: zl('0.00') }
		]
	},
	'R8.lunches': {
		title: (f) => `${who(f.household, f.person)}: обіди в центрі підтримки (інформація)`,
		text: (f) => {
			let text = `Лише для інформації – суми не змінює. Стовпець таблиці № ${f.table} стосується особи, яка користується послугами центру підтримки у розмірі ${zl(f.price)} за обід. Для порівняння: максимальна сума цієї особи (${zl(f.personMaximum)}) дорівнює сумі за ${formatCount(f.lunches)} ${plural(f.lunches, LUNCH_FORMS)} по ${zl(f.price)} (разом ${zl(f.lunchesCost)}). Сума допомоги не залежить від кількості обідів, а плату за обіди в центрі підтримки встановлюють окремо.`;
			if (f.entered !== null && f.enteredCost !== null) {
				text += ` Вказано, що ця особа їсть у центрі ${lunchesText(f.entered)} на місяць: ${formatCount(f.entered)} × ${zl(f.price)} = ${zl(f.enteredCost)}.`;
			}
			return text;
		},
		values: (f) => [
			{ label: 'сума за 1 обід (з назви стовпця таблиці)', value: zl(f.price) },
			{ label: 'максимальна сума особи', value: zl(f.personMaximum) },
			{
				label: 'кількість повних обідів у межах максимальної суми',
				value: formatCount(f.lunches)
			},
			{ label: 'разом за ці обіди', value: zl(f.lunchesCost) },
			...(f.entered === null || f.enteredCost === null
				? []
				: [
						{
							label: 'кількість обідів цієї особи на місяць (вказана)',
							value: formatCount(f.entered)
						},
						{ label: 'разом за вказану кількість обідів', value: zl(f.enteredCost) }
					])
		]
	},
	'R9.specialCases': {
		title: () => 'Особливо обґрунтовані випадки',
		text: (f) =>
			f.eligible
				? 'В особливо обґрунтованих випадках суми можна збільшити за погодженням з директором Центру і з його згоди. Калькулятор цього не враховує – про таку можливість запитайте соціального працівника.'
				: 'В особливо обґрунтованих випадках Центр може збільшити суми допомоги – але це стосується сум, а не межі доходу 200 % критерію. Про інші форми допомоги запитайте соціального працівника.',
		values: () => []
	}
};

function foodBase(f: { maximum: string; foodPart: string }) {
	return [
		{ label: 'максимальна сума', value: zl(f.maximum) },
		{
			label:
				'частина періодичної або постійної допомоги, призначена на купівлю продуктів харчування',
			value: zl(f.foodPart)
		}
	];
}

/** A step in Ukrainian words. */
export const wordStep = (step: Step): WordedStep => wordStepWith(stepMessages, step);

/** A warning above the result, in Ukrainian. */
export function wordWarning(w: Warning): string {
	switch (w.kind) {
		case 'criteriaReviewDue':
			return `Критерії доходу переглядають кожні три роки, і з ${formatDateLong(w.reviewAfter)} р. вони могли змінитися. Калькулятор рахує за ${w.criteriaCitation === null ? 'критерієм, введеним вручну' : `критеріями з ${w.criteriaCitation} (Dziennik Ustaw – офіційний вісник законів Польщі)`} – перевірте актуальні суми в Центрі.`;
	}
}
