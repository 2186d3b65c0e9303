// The Polish words of each kind of step, from its facts alone: the sentence a resident reads and
// the numbers in it. The engine's side (which facts a calculation gives) is in rules/index.test.ts.
import { describe, expect, it } from 'vitest';
import type { Step, StepFacts, StepKind } from '$lib/rules';
import { stepMessages, wordStep, wordWarning } from './steps';

const NB = '\u00a0';
const zl = (s: string) => `${s.replace(' ', NB)}${NB}zł`;
const source = { ref: 'Zał. nr 4, pkt 1', quote: '…', act: 'Zarządzenie' };

function step<K extends StepKind>(kind: K, facts: StepFacts[K]): Step {
	return { rule: kind.slice(0, 2), kind, facts, source } as Step;
}

interface Case {
	name: string;
	step: Step;
	title: string;
	says: string[];
	values?: Array<[string, string]>;
}

const cases: Case[] = [
	{
		name: 'R1: a family within the limit, income per person rounded up',
		step: step('R1.incomeLimit', {
			household: 'family',
			members: 3,
			income: '2469.01',
			criterion: '823.00',
			criterionCitation: 'Dz.U. 2024 poz. 1044',
			incomePerPerson: '823.01',
			perPersonRoundedUp: true,
			ratioPercent: '100.01',
			upTo200: '4938.00',
			eligible: true,
			excess: null
		}),
		title: 'Dochód mieści się w limicie 200 %',
		says: [
			`Kryterium dochodowe na osobę w rodzinie wynosi ${zl('823,00')} (Dz.U. 2024 poz. 1044).`,
			`podzielony na 3 osoby to ${zl('823,01')} na osobę (po zaokrągleniu w górę do grosza), czyli 100,01${NB}% kryterium.`,
			`do 2 × 3 × ${zl('823,00')} = ${zl('4938,00')}.`,
			'Dochód mieści się w tym limicie.'
		],
		values: [
			['liczba osób', '3'],
			['kryterium podane ręcznie', 'nie'],
			['dochód w % kryterium', `100,01${NB}%`],
			['limit 200 % dla gospodarstwa', zl('4938,00')]
		]
	},
	{
		name: 'R1: a single person 1 grosz over the limit, criterion typed by staff',
		step: step('R1.incomeLimit', {
			household: 'single',
			members: 1,
			income: '2020.01',
			criterion: '1010.00',
			criterionCitation: null,
			incomePerPerson: null,
			perPersonRoundedUp: false,
			ratioPercent: '200.01',
			upTo200: '2020.00',
			eligible: false,
			excess: '0.01'
		}),
		title: 'Dochód przekracza limit 200 %',
		says: [
			`wynosi ${zl('1010,00')} (kryterium podane ręcznie).`,
			`Dochód ${zl('2020,01')} to 200,01${NB}% tego kryterium.`,
			`czyli do 2 × ${zl('1010,00')} = ${zl('2020,00')}.`,
			`Dochód przekracza limit o ${zl('0,01')}, więc zasiłku z tego programu nie można przyznać.`
		],
		values: [
			['kryterium podane ręcznie', 'tak'],
			['przekroczenie limitu', zl('0,01')]
		]
	},
	{
		name: 'R2: the upper tier names table 4',
		step: step('R2.tier', {
			household: 'family',
			income: '3000.00',
			upTo100: '2469.00',
			upTo200: '4938.00',
			tier: 'upTo200',
			table: 4
		}),
		title: 'Dochód powyżej 100 % do 200 % kryterium',
		says: [
			`Dochód rodziny ${zl('3000,00')} jest wyższy niż 100 % kryterium liczonego dla całej rodziny (${zl('2469,00')}), ale nie wyższy niż 200 % (${zl('4938,00')})`,
			'(tabela nr 4).'
		],
		values: [['tabela', '4']]
	},
	{
		name: 'R3: each person, and the centre column as a condition, not a price list',
		step: step('R3.centreUse', {
			household: 'family',
			members: ['none', 'centre', 'meals'],
			table: 4,
			centreColumn: 'Osoba korzystająca z usług ośrodka wsparcia w kwocie 8,00 zł za obiad'
		}),
		title: 'Korzystanie z ośrodka wsparcia',
		says: [
			'Osoba 1 nie korzysta z ośrodka wsparcia ani z posiłków w jadłodajni.',
			'Osoba 2 korzysta z ośrodka wsparcia (Domu Dziennego Pobytu lub Klubu Senior+).',
			'Osoba 3 otrzymuje już posiłek w ramach programu „Posiłek w szkole i w domu”.',
			'Opis kolumny nie ustala opłat: odpłatność ustala decyzja, według uchwał Rady Miasta Kędzierzyn-Koźle i zarządzenia Dyrektora Ośrodka.'
		],
		values: [
			['osoba 1', 'nie korzysta'],
			['osoba 2', 'korzysta z ośrodka wsparcia'],
			['osoba 3', 'otrzymuje posiłek z programu']
		]
	},
	{
		name: 'R4: a centre user sees both maxima of the table',
		step: step('R4.personMaximum', {
			household: 'single',
			person: 1,
			table: 1,
			maximum: '275.00',
			withoutCentre: '500.00'
		}),
		title: 'Osoba samotnie gospodarująca: kwota maksymalna',
		says: [
			`Do ${zl('275,00')} miesięcznie. Dla osoby korzystającej z ośrodka wsparcia tabela nr 1 podaje kwotę maksymalną ${zl('275,00')}, a dla osoby niekorzystającej z ośrodka wsparcia – ${zl('500,00')}.`
		]
	},
	{
		name: 'R7: a person who gets a meal adds 0 zł, as the calculator’s reading',
		step: step('R7.personMeals', { household: 'family', person: 3 }),
		title: 'Osoba 3: posiłek zamiast zasiłku',
		says: [
			'pomoc rzeczową w postaci produktów żywnościowych',
			`dla tej osoby liczy ${zl('0,00')}, a pozostałe osoby w rodzinie liczy jak zwykle`,
			'rozstrzygnie Ośrodek w decyzji'
		]
	},
	{
		name: 'R7: a single person who gets a meal is told the calculator counts 0 zł, and whom to ask',
		step: step('R7.personMeals', { household: 'single', person: 1 }),
		title: 'Osoba samotnie gospodarująca: posiłek zamiast zasiłku',
		says: [
			`dlatego kalkulator liczy ${zl('0,00')}.`,
			'Jeśli wolisz zasiłek zamiast posiłku, porozmawiaj z pracownikiem socjalnym.'
		]
	},
	{
		name: 'R5: a family’s sum written out',
		step: step('R5.householdMaximum', {
			household: 'family',
			table: 3,
			maxima: ['400.00', '225.00', '0.00'],
			total: '625.00'
		}),
		title: 'Kwota maksymalna dla rodziny',
		says: [`${zl('400,00')} + ${zl('225,00')} + ${zl('0,00')} = ${zl('625,00')} miesięcznie.`],
		values: [['suma', zl('625,00')]]
	},
	{
		name: 'R6: above 100 % the food part is not deducted',
		step: step('R6.notApplicable', { table: 2, maximum: '300.00', foodPart: '100.00' }),
		title: 'Część zasiłku okresowego lub stałego – nie dotyczy',
		says: [
			`Podana kwota ${zl('100,00')} nie zmienia kwoty maksymalnej: do ${zl('300,00')} miesięcznie.`
		]
	},
	{
		name: 'R6: no food part, nothing deducted or rounded',
		step: step('R6.nothingToDeduct', { maximum: '500.00', foodPart: '0.00' }),
		title: 'Bez odliczenia',
		says: [`nie pomniejsza się ani nie zaokrągla: pozostaje do ${zl('500,00')} miesięcznie.`]
	},
	{
		name: 'R6: a food part above the maximum deducts the whole maximum, never more',
		step: step('R6.wholeMaximum', { maximum: '500.00', foodPart: '600.00', equal: false }),
		title: 'Odliczenie części zasiłku okresowego lub stałego',
		says: [
			`(${zl('600,00')}) jest wyższa niż kwota maksymalna (${zl('500,00')})`,
			`odliczono ${zl('500,00')} z ${zl('500,00')}, więc kwota wynosi ${zl('0,00')}.`
		],
		values: [['odliczono (najwyżej kwota maksymalna)', zl('500,00')]]
	},
	{
		name: 'R6: a food part equal to the maximum',
		step: step('R6.wholeMaximum', { maximum: '500.00', foodPart: '500.00', equal: true }),
		title: 'Odliczenie części zasiłku okresowego lub stałego',
		says: ['jest równa kwocie maksymalnej']
	},
	{
		name: 'R6: the subtraction',
		step: step('R6.subtraction', { maximum: '500.00', foodPart: '123.45', difference: '376.55' }),
		title: 'Odliczenie części zasiłku okresowego lub stałego',
		says: [`${zl('500,00')} − ${zl('123,45')} = ${zl('376,55')}.`]
	},
	{
		name: 'R6: rounding up to full tens',
		step: step('R6.rounding', {
			difference: '376.55',
			rounded: '380.00',
			maximum: '500.00',
			capped: false,
			amount: '380.00'
		}),
		title: 'Zaokrąglenie w górę do pełnych dziesiątek',
		says: [`${zl('376,55')} po zaokrągleniu to ${zl('380,00')}.`],
		values: [['ograniczono do kwoty maksymalnej', 'nie']]
	},
	{
		name: 'R6: full tens already',
		step: step('R6.rounding', {
			difference: '370.00',
			rounded: '370.00',
			maximum: '500.00',
			capped: false,
			amount: '370.00'
		}),
		title: 'Zaokrąglenie w górę do pełnych dziesiątek',
		says: [`Kwota ${zl('370,00')} jest już zaokrąglona do pełnych dziesiątek`]
	},
	{
		name: 'R6: rounding never passes the maximum',
		step: step('R6.rounding', {
			difference: '274.99',
			rounded: '280.00',
			maximum: '275.00',
			capped: true,
			amount: '275.00'
		}),
		title: 'Zaokrąglenie w górę do pełnych dziesiątek',
		says: [
			`${zl('280,00')}. To więcej niż kwota maksymalna (${zl('275,00')}).`,
			`kalkulator przyjmuje nie więcej niż ${zl('275,00')}.`
		],
		values: [['ograniczono do kwoty maksymalnej', 'tak']]
	},
	{
		name: 'R7: food products make the household’s amount 0 zł',
		step: step('R7.foodProducts', { before: '500.00' }),
		title: 'Produkty żywnościowe zamiast zasiłku',
		says: [
			`kalkulator wylicza ${zl('0,00')} zamiast kwoty maksymalnej do ${zl('500,00')}.`,
			'o formie pomocy rozstrzyga Ośrodek w decyzji'
		],
		values: [['wyliczona kwota', zl('0,00')]]
	},
	{
		name: 'R8: 21 lunches and the 20 entered, with Polish plurals',
		step: step('R8.lunches', {
			household: 'family',
			person: 2,
			table: 4,
			price: '8.00',
			personMaximum: '175.00',
			lunches: 21,
			lunchesCost: '168.00',
			entered: 22,
			enteredCost: '176.00'
		}),
		title: 'Osoba 2: obiady w ośrodku wsparcia (informacja)',
		says: [
			'Tylko informacja – nie zmienia kwoty.',
			`kwota maksymalna tej osoby (${zl('175,00')}) odpowiada 21 obiadom po ${zl('8,00')} (razem ${zl('168,00')}).`,
			`je w ośrodku 22 obiady w miesiącu: 22 × ${zl('8,00')} = ${zl('176,00')}.`
		],
		values: [
			['liczba pełnych obiadów mieszczących się w kwocie maksymalnej', '21'],
			['liczba obiadów tej osoby w miesiącu (podana)', '22']
		]
	},
	{
		name: 'R8: one lunch is singular, nothing entered',
		step: step('R8.lunches', {
			household: 'single',
			person: 1,
			table: 2,
			price: '8.00',
			personMaximum: '8.00',
			lunches: 1,
			lunchesCost: '8.00',
			entered: null,
			enteredCost: null
		}),
		title: 'Osoba samotnie gospodarująca: obiady w ośrodku wsparcia (informacja)',
		says: [`odpowiada 1 obiadowi po ${zl('8,00')} (razem ${zl('8,00')})`]
	},
	{
		name: 'R9: the special cases, always said',
		step: step('R9.specialCases', { eligible: true }),
		title: 'Szczególnie uzasadnione przypadki',
		says: ['Kalkulator tego nie uwzględnia']
	},
	{
		name: 'R9: over the limit, no hope that pkt 3 lifts the income limit',
		step: step('R9.specialCases', { eligible: false }),
		title: 'Szczególnie uzasadnione przypadki',
		says: ['dotyczy to jednak kwot, a nie limitu dochodu 200 % kryterium']
	}
];

describe('each kind of step in Polish', () => {
	it.each(cases)('$name', ({ step: s, title, says, values }) => {
		const w = wordStep(s);
		expect(w.title).toBe(title);
		for (const part of says) expect(w.text).toContain(part);
		expect(w.text).not.toMatch(/NaN|undefined|null|\d\.\d{2}/);
		for (const [label, value] of values ?? []) {
			expect(w.values).toContainEqual({ label, value });
		}
	});

	it('every kind of step has a case here', () => {
		const tested = new Set(cases.map((c) => c.step.kind));
		expect([...tested].sort()).toEqual(Object.keys(stepMessages).sort());
	});
});

describe('warnings in Polish', () => {
	it('the review of the criteria names its date and the regulation', () => {
		expect(
			wordWarning({
				kind: 'criteriaReviewDue',
				reviewAfter: '2028-01-01',
				criteriaCitation: 'Dz.U. 2024 poz. 1044'
			})
		).toBe(
			'Kryteria dochodowe są weryfikowane co trzy lata i od 1 stycznia 2028 r. mogły się zmienić. Kalkulator liczy według kryteriów z Dz.U. 2024 poz. 1044 – sprawdź aktualne kwoty w Ośrodku.'
		);
	});

	it('with a criterion typed by staff, it says so', () => {
		expect(
			wordWarning({ kind: 'criteriaReviewDue', reviewAfter: '2028-01-01', criteriaCitation: null })
		).toContain('według kryterium podanego ręcznie');
	});
});
