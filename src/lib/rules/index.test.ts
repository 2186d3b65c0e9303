import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import {
	AllowanceInputError,
	assessHouseholdIncome,
	calculateAllowance,
	deductionShown,
	incomeThresholds,
	justAbove,
	MEMBER_KINDS,
	type AllowanceInput,
	type AllowanceResult,
	type MemberKind
} from './index';
import { wordStep, wordWarning } from '$lib/messages/pl/steps';
import { allowanceMessage } from '$lib/messages/pl/errors';

const D = '2025-12-01';
const calc = (input: AllowanceInput) => calculateAllowance(input, D);
/** The explanation as the page words it. */
const textOf = (r: AllowanceResult) => r.steps.map((s) => wordStep(s).text);
const single = (kind: MemberKind, income: string, extra: Partial<AllowanceInput> = {}) =>
	({ household: 'single', members: [kind], income, date: D, ...extra }) as AllowanceInput;
const family = (members: MemberKind[], income: string, extra: Partial<AllowanceInput> = {}) =>
	({ household: 'family', members, income, date: D, ...extra }) as AllowanceInput;

interface Case {
	name: string;
	input: AllowanceInput;
	amount: string;
	tier?: AllowanceResult['tier'];
	maximum?: string;
	memberMaxima?: string[];
	deduction?: string;
	ratio?: string;
	text?: RegExp; // something the explanation must say
}

const cases: Case[] = [
	// R4: every cell of the table (with no food part the amount is the maximum).
	{
		name: 'a single person not using a centre, up to 100 %, gets 500,00 zł (table 1)',
		input: single('none', '700'),
		amount: '500.00',
		tier: 'upTo100',
		memberMaxima: ['500.00']
	},
	{
		name: 'a single centre user, up to 100 %, gets 275,00 zł (table 1)',
		input: single('centre', '700'),
		amount: '275.00',
		tier: 'upTo100',
		memberMaxima: ['275.00'],
		text: /tabela nr 1 podaje kwotę maksymalną 275,00\u00a0zł, a dla osoby niekorzystającej z ośrodka wsparcia – 500,00\u00a0zł/
	},
	{
		name: 'a single person not using a centre, above 100 %, gets 300,00 zł (table 2)',
		input: single('none', '1500'),
		amount: '300.00',
		tier: 'upTo200',
		memberMaxima: ['300.00']
	},
	{
		name: 'a single centre user, above 100 %, gets 195,00 zł (table 2)',
		input: single('centre', '1500'),
		amount: '195.00',
		tier: 'upTo200',
		memberMaxima: ['195.00'],
		text: /tabela nr 2 podaje kwotę maksymalną 195,00\u00a0zł, a dla osoby niekorzystającej z ośrodka wsparcia – 300,00\u00a0zł/
	},
	{
		name: 'a family member not using a centre, up to 100 %, counts 400,00 zł (table 3)',
		input: family(['none', 'none'], '1000'),
		amount: '800.00',
		tier: 'upTo100',
		memberMaxima: ['400.00', '400.00']
	},
	{
		name: 'a family member using a centre, up to 100 %, counts 225,00 zł (table 3)',
		input: family(['centre', 'centre'], '1000'),
		amount: '450.00',
		tier: 'upTo100',
		memberMaxima: ['225.00', '225.00'],
		text: /tabela nr 3 podaje kwotę maksymalną 225,00\u00a0zł, a dla osoby niekorzystającej z ośrodka wsparcia – 400,00\u00a0zł/
	},
	{
		name: 'a family member not using a centre, above 100 %, counts 250,00 zł (table 4)',
		input: family(['none', 'none'], '2000'),
		amount: '500.00',
		tier: 'upTo200',
		memberMaxima: ['250.00', '250.00']
	},
	{
		name: 'a family member using a centre, above 100 %, counts 175,00 zł (table 4)',
		input: family(['centre', 'centre'], '2000'),
		amount: '350.00',
		tier: 'upTo200',
		memberMaxima: ['175.00', '175.00'],
		text: /tabela nr 4 podaje kwotę maksymalną 175,00\u00a0zł, a dla osoby niekorzystającej z ośrodka wsparcia – 250,00\u00a0zł/
	},
	{
		name: 'a single person who already gets meals gets 0 (R7), lower tier',
		input: single('meals', '700'),
		amount: '0.00',
		tier: 'upTo100',
		memberMaxima: ['0.00'],
		text: /tylko jedną formę wsparcia.*kalkulator liczy 0,00\u00a0zł/
	},
	{
		name: 'a single person who already gets meals gets 0 (R7), upper tier',
		input: single('meals', '1500'),
		amount: '0.00',
		tier: 'upTo200',
		memberMaxima: ['0.00']
	},
	{
		name: 'a mixed family up to 100 % sums 400 + 225 + 0',
		input: family(['none', 'centre', 'meals'], '1000'),
		amount: '625.00',
		tier: 'upTo100',
		memberMaxima: ['400.00', '225.00', '0.00'],
		text: /400,00\u00a0zł \+ 225,00\u00a0zł \+ 0,00\u00a0zł = 625,00\u00a0zł/
	},
	{
		name: 'a mixed family above 100 % sums 250 + 175 + 0',
		input: family(['none', 'centre', 'meals'], '3000'),
		amount: '425.00',
		tier: 'upTo200',
		memberMaxima: ['250.00', '175.00', '0.00']
	},
	{
		name: 'a family of 20 not using a centre gets 20 × 400,00 zł',
		input: family(Array(20).fill('none'), '1000'),
		amount: '8000.00',
		tier: 'upTo100'
	},

	// R1/R2 boundaries, single (criterion 1010,00 zł): exact value and one grosz either side.
	{
		name: 'a single person with no income is in the lower tier',
		input: single('none', '0'),
		amount: '500.00',
		tier: 'upTo100',
		ratio: '0.00'
	},
	{
		name: 'a single person one grosz below 100 % is in the lower tier',
		input: single('none', '1009.99'),
		amount: '500.00',
		tier: 'upTo100',
		ratio: '100.00'
	},
	{
		name: 'a single person at exactly 100 % of the criterion is in the lower tier',
		input: single('none', '1010.00'),
		amount: '500.00',
		tier: 'upTo100',
		ratio: '100.00'
	},
	{
		name: 'a single person one grosz above 100 % is in the upper tier',
		input: single('none', '1010.01'),
		amount: '300.00',
		tier: 'upTo200',
		ratio: '100.01'
	},
	{
		name: 'a single person one grosz below 200 % is eligible',
		input: single('none', '2019.99'),
		amount: '300.00',
		tier: 'upTo200',
		ratio: '200.00'
	},
	{
		name: 'a single person at exactly 200 % of the criterion is still eligible',
		input: single('none', '2020.00'),
		amount: '300.00',
		tier: 'upTo200',
		ratio: '200.00'
	},
	{
		name: 'a single person one grosz above 200 % is not eligible, and told by how much',
		input: single('none', '2020.01'),
		amount: '0.00',
		tier: 'over200',
		maximum: '0.00',
		ratio: '200.01',
		text: /przekracza limit o 0,01\u00a0zł/
	},
	// … and for a family of 3 (823,00 zł a person): 2469,00 zł and 4938,00 zł.
	{
		name: 'a family of 3 one grosz below 100 % is in the lower tier',
		input: family(['none', 'none', 'none'], '2468.99'),
		amount: '1200.00',
		tier: 'upTo100'
	},
	{
		name: 'a family of 3 at exactly 100 % (823,00 zł a person) gets 1200,00 zł',
		input: family(['none', 'none', 'none'], '2469.00'),
		amount: '1200.00',
		tier: 'upTo100',
		ratio: '100.00'
	},
	{
		name: 'a family of 3 one grosz above 100 % is in the upper tier with 750,00 zł',
		input: family(['none', 'none', 'none'], '2469.01'),
		amount: '750.00',
		tier: 'upTo200',
		ratio: '100.01',
		text: /823,01\u00a0zł na osobę \(po zaokrągleniu w górę do grosza\)/
	},
	{
		name: 'a family of 3 one grosz below 200 % is eligible',
		input: family(['none', 'none', 'none'], '4937.99'),
		amount: '750.00',
		tier: 'upTo200'
	},
	{
		name: 'a family of 3 at exactly 200 % is still eligible',
		input: family(['none', 'none', 'none'], '4938.00'),
		amount: '750.00',
		tier: 'upTo200',
		ratio: '200.00'
	},
	{
		name: 'a family of 3 one grosz above 200 % is not eligible',
		input: family(['none', 'none', 'none'], '4938.01'),
		amount: '0.00',
		tier: 'over200',
		text: /przekracza limit o 0,01\u00a0zł/
	},
	{
		name: 'a family far above the limit is told the excess in zł',
		input: family(['none', 'none'], '5000'),
		amount: '0.00',
		tier: 'over200',
		text: /przekracza limit o 1708,00\u00a0zł/
	},
	{
		name: 'income typed the Polish way („2 469,01 zł”) is read exactly',
		input: family(['none', 'none', 'none'], '2 469,01 zł'),
		amount: '750.00',
		tier: 'upTo200'
	},

	// R6: the food part of a periodic/permanent allowance.
	{
		name: 'with no food part the maximum is granted as it is, not rounded (275,00 zł)',
		input: single('centre', '700', { foodPart: '0' }),
		amount: '275.00',
		deduction: '0.00',
		text: /nie pomniejsza się ani nie zaokrągla: pozostaje do/
	},
	{
		name: 'an empty food part counts as none',
		input: single('centre', '700', { foodPart: '' }),
		amount: '275.00',
		deduction: '0.00'
	},
	{
		name: 'a single person with 123,45 zł for food gets 376,55 → 380,00 zł',
		input: single('none', '700', { foodPart: '123,45' }),
		amount: '380.00',
		deduction: '123.45',
		maximum: '500.00',
		text: /376,55\u00a0zł po zaokrągleniu to 380,00\u00a0zł/
	},
	{
		name: 'a single centre user with 50 zł for food gets 225 → 230,00 zł',
		input: single('centre', '700', { foodPart: '50' }),
		amount: '230.00',
		deduction: '50.00'
	},
	{
		name: 'a difference one grosz above a multiple of ten is rounded up to the next ten',
		input: single('none', '700', { foodPart: '129.99' }),
		amount: '380.00',
		text: /370,01\u00a0zł po zaokrągleniu to 380,00\u00a0zł/
	},
	{
		name: 'a difference that is already full tens stays as it is',
		input: single('none', '700', { foodPart: '130' }),
		amount: '370.00',
		text: /jest już zaokrąglona do pełnych dziesiątek/
	},
	{
		name: 'rounding that would pass the maximum (275 − 1 = 274 → 280) grants the maximum 275,00 zł',
		input: single('centre', '700', { foodPart: '1' }),
		amount: '275.00',
		deduction: '1.00',
		text: /280,00\u00a0zł\. To więcej niż kwota maksymalna \(275,00\u00a0zł\)/
	},
	{
		name: 'a food part equal to the maximum leaves 0',
		input: single('none', '700', { foodPart: '500' }),
		amount: '0.00',
		deduction: '500.00',
		text: /równa kwocie maksymalnej/
	},
	{
		name: 'a food part above the maximum leaves 0, never a negative amount',
		input: single('none', '700', { foodPart: '600' }),
		amount: '0.00',
		text: /wyższa niż kwota maksymalna \(500,00\u00a0zł\)\. .*odliczono 500,00\u00a0zł z 500,00\u00a0zł/
	},
	{
		name: 'a family’s food part is taken from the household sum and rounded once (800 − 15 = 785 → 790)',
		input: family(['none', 'none'], '1000', { foodPart: '15' }),
		amount: '790.00',
		maximum: '800.00',
		deduction: '15.00'
	},
	{
		name: 'a family of 3 with 123,45 zł for food: 1200 − 123,45 = 1076,55 → 1080,00 zł',
		input: family(['none', 'none', 'none'], '2469', { foodPart: '123,45' }),
		amount: '1080.00'
	},
	{
		name: 'a food part in the upper tier is not applicable and changes nothing',
		input: single('none', '1500', { foodPart: '100' }),
		amount: '300.00',
		deduction: '0.00',
		text: /zarządzenie nie odlicza części zasiłku okresowego lub stałego/
	},

	// R7: food products instead of the allowance.
	{
		name: 'a household receiving food products gets 0 from this allowance',
		input: single('none', '700', { receivesFoodProducts: true }),
		amount: '0.00',
		maximum: '500.00',
		text: /produktów żywnościowych.*kalkulator wylicza 0,00\u00a0zł zamiast kwoty maksymalnej do 500,00\u00a0zł/
	},
	{
		name: 'receiving food products: false changes nothing',
		input: single('none', '700', { receivesFoodProducts: false }),
		amount: '500.00'
	},

	// Criteria override by staff.
	{
		name: 'a staff criterion override moves a single person to the upper tier and says so',
		input: single('none', '1000', { criteria: { single: '900', perPerson: '700' } }),
		amount: '300.00',
		tier: 'upTo200',
		text: /kryterium podane ręcznie/
	},
	{
		name: 'a family criterion override is used per person',
		input: family(['none', 'none'], '1400', { criteria: { single: '900', perPerson: '700,00' } }),
		amount: '800.00',
		tier: 'upTo100',
		ratio: '100.00'
	},

	// Dates.
	{
		name: 'on 2025-11-20, the day the order was made, the order applies',
		input: single('none', '700', { date: '2025-11-20' }),
		amount: '500.00'
	}
];

function chainResult(r: AllowanceResult): string | undefined {
	return r.steps.filter((s) => s.result !== undefined && !s.note).at(-1)?.result;
}

describe('calculateAllowance: case table', () => {
	it.each(cases)('$name', (c) => {
		const r = calc(c.input);
		expect(r.amount).toBe(c.amount);
		if (c.tier) expect(r.tier).toBe(c.tier);
		expect(r.eligible).toBe(r.tier !== 'over200');
		if (c.maximum) expect(r.maximum).toBe(c.maximum);
		if (c.memberMaxima) expect(r.memberMaxima).toEqual(c.memberMaxima);
		if (c.deduction) expect(r.deduction).toBe(c.deduction);
		if (c.ratio) expect(r.incomeRatioPercent).toBe(c.ratio);
		const text = textOf(r).join('\n');
		if (c.text) expect(text).toMatch(c.text);
		// The explanation is complete: R1 first, R9 last as a note, the chain ends in the amount.
		expect(r.steps[0]?.rule).toBe('R1');
		expect(r.steps.at(-1)).toMatchObject({ rule: 'R9', note: true });
		expect(chainResult(r)).toBe(r.amount);
		expect(text).not.toMatch(/NaN|undefined|Infinity/);
		for (const s of r.steps) {
			expect(s.source.ref).toMatch(/^Zał\. nr 4, (pkt|tabela|pod tabelą)/);
			expect(s.source.quote.length).toBeGreaterThan(10);
		}
		for (const v of [r.amount, r.maximum, r.deduction, ...r.memberMaxima]) {
			expect(v).toMatch(/^\d+\.\d{2}$/);
		}
	});
});

describe('the explanation', () => {
	it('shows R6 as a subtraction, then the rounding, as two steps', () => {
		const r = calc(single('none', '700', { foodPart: '123,45' }));
		const r6 = r.steps.filter((s) => s.rule === 'R6');
		expect(r6.map((s) => s.result)).toEqual(['376.55', '380.00']);
		expect(textOf(r)[r.steps.indexOf(r6[0]!)]).toContain(
			'500,00\u00a0zł − 123,45\u00a0zł = 376,55\u00a0zł'
		);
	});

	it('R8: a centre user in the upper tier sees 195 ÷ 8 → 24 obiady, 192,00 zł, and the cost of the lunches entered', () => {
		const r = calc(single('centre', '1500', { lunchesPerMonth: 20 }));
		const r8 = r.steps.find((s) => s.rule === 'R8');
		expect(r8).toMatchObject({
			kind: 'R8.lunches',
			note: true,
			person: 1,
			facts: { lunches: 24, lunchesCost: '192.00', entered: 20, enteredCost: '160.00' }
		});
		expect(r8?.result).toBeUndefined();
		const text = r8 ? wordStep(r8).text : '';
		expect(text).toContain('odpowiada 24 obiadom po 8,00\u00a0zł (razem 192,00\u00a0zł)');
		expect(text).toMatch(/^Tylko informacja/);
		expect(text).toContain('Kwota zasiłku nie zależy od liczby obiadów');
		expect(text).toContain('20 × 8,00\u00a0zł = 160,00\u00a0zł');
		expect(r.amount).toBe('195.00');
	});

	it('never shows a deduction larger than the maximum it was taken from', () => {
		const r = calc(single('none', '700', { foodPart: '600' }));
		expect(r.deduction).toBe('600.00');
		expect(deductionShown(r)).toBe('500.00');
		expect(textOf(r).join(' ')).not.toContain('odliczono 600');
		expect(deductionShown(calc(single('none', '700', { foodPart: '123,45' })))).toBe('123.45');
	});

	it('no step promises the full maximum when a later step makes it 0', () => {
		const r = calc(single('none', '700', { receivesFoodProducts: true }));
		expect(r.amount).toBe('0.00');
		const text = textOf(r);
		expect(text.join(' ')).not.toMatch(/pełn\w* kwot|przysługuje/);
		expect(text.at(-2)).toContain('kalkulator wylicza 0,00\u00a0zł');
	});

	it('R8 is not shown in the lower tier, where the centre is free', () => {
		const r = calc(single('centre', '700', { lunchesPerMonth: 20 }));
		expect(r.steps.some((s) => s.rule === 'R8')).toBe(false);
	});

	it('R8 appears once per centre user in a family in the upper tier', () => {
		const r = calc(family(['centre', 'none', 'centre'], '3000'));
		expect(r.steps.filter((s) => s.rule === 'R8').map((s) => s.person)).toEqual([1, 3]);
		expect(textOf(r).find((t) => t.startsWith('Tylko informacja'))).toContain(
			'odpowiada 21 obiadom po 8,00\u00a0zł (razem 168,00\u00a0zł)'
		);
	});

	it('R9 is present even when the income is over the limit', () => {
		const r = calc(single('none', '9999'));
		expect(r.steps.map((s) => s.rule)).toEqual(['R1', 'R9']);
		// Point 3 raises amounts, not the income limit: the words must not suggest otherwise.
		expect(r.steps[1]).toMatchObject({ kind: 'R9.specialCases', facts: { eligible: false } });
		expect(calc(single('none', '700')).steps.at(-1)).toMatchObject({ facts: { eligible: true } });
	});

	it('per-person steps carry the person number', () => {
		const r = calc(family(['none', 'centre', 'meals'], '1000'));
		const perPerson = r.steps.filter((s) => s.rule === 'R4' || (s.rule === 'R7' && s.person));
		expect(perPerson.map((s) => [s.rule, s.person])).toEqual([
			['R4', 1],
			['R4', 2],
			['R7', 3]
		]);
	});

	it('R1 names the criterion and the act it comes from', () => {
		const r = calc(single('none', '700'));
		expect(r.steps[0]).toMatchObject({
			kind: 'R1.incomeLimit',
			facts: { criterion: '1010.00', criterionCitation: 'Dz.U. 2024 poz. 1044' }
		});
		expect(textOf(r)[0]).toContain('1010,00\u00a0zł (Dz.U. 2024 poz. 1044)');
		expect(r.steps[0]?.source.ref).toBe('Zał. nr 4, pkt 1');
	});

	it('the result carries the parameters used, with their sources and the date', () => {
		const r = calc(single('none', '700'));
		expect(r.parameters.date).toBe(D);
		expect(r.parameters.criteria.single.source.act).toContain('Dz.U. 2024 poz. 1044');
		expect(r.thresholds).toEqual({ criterion: '1010.00', upTo100: '1010.00', upTo200: '2020.00' });
	});

	it('an override is in the parameters as manual', () => {
		const r = calc(single('none', '700', { criteria: { single: '900', perPerson: '700' } }));
		expect(r.parameters.criteria.manual).toBe(true);
		expect(r.parameters.criteria.single.value).toBe('900.00');
		expect(r.parameters.criteria.single.source.act).toBe('kryterium podane ręcznie');
	});
});

describe('dates', () => {
	it('2025-11-19 is an error: the centre’s amounts for that date are not known', () => {
		expect(() => calc(single('none', '700', { date: '2025-11-19' }))).toThrow(
			expect.objectContaining({
				field: 'date',
				problem: { code: 'date.beforeOrder', date: '2025-11-19', orderFrom: '2025-11-20' }
			})
		);
	});

	it.each([
		['2027-12-31', false],
		['2028-01-01', true]
	])('on %s the review warning is %s', (date, due) => {
		const r = calc(single('none', '700', { date }));
		expect(r.reviewDue).toBe(due);
		expect(r.warnings.length).toBe(due ? 1 : 0);
		if (due) {
			expect(r.warnings[0]).toEqual({
				kind: 'criteriaReviewDue',
				reviewAfter: '2028-01-01',
				criteriaCitation: 'Dz.U. 2024 poz. 1044'
			});
			expect(wordWarning(r.warnings[0]!)).toContain('od 1 stycznia 2028 r. mogły się zmienić');
		}
	});

	it('without input.date the date passed as `today` is used', () => {
		const { date: _unused, ...rest } = single('none', '700');
		void _unused;
		expect(calculateAllowance(rest, '2026-03-02').parameters.date).toBe('2026-03-02');
	});
});

describe('invalid input throws AllowanceInputError naming the field', () => {
	const bad: Array<[string, unknown, string, RegExp]> = [
		[
			'a single household with 2 people',
			{ ...single('none', '700'), members: ['none', 'none'] },
			'members',
			/1 osoba/
		],
		['a family of 1', family(['none'], '700'), 'members', /od 2 do 20/],
		['a family of 21', family(Array(21).fill('none'), '700'), 'members', /od 2 do 20/],
		[
			'an unknown member kind',
			family(['none', 'x' as MemberKind], '700'),
			'members',
			/Dla każdej osoby/
		],
		['no members at all', { household: 'single', income: '700', date: D }, 'members', /.+/],
		[
			'an unknown household',
			{ ...single('none', '700'), household: 'couple' },
			'household',
			/samotnie/
		],
		['a negative income', single('none', '-5'), 'income', /ujemna.*np\. 2469,50/],
		['a malformed income', single('none', '2,469.50'), 'income', /np\. 2469,50/],
		['an empty income', single('none', ''), 'income', /Wpisz kwotę w złotych, np\. 2469,50/],
		['an income with letters', single('none', 'dużo'), 'income', /Wpisz samą kwotę: cyfry/],
		[
			'a number instead of a string for income',
			{ ...single('none', '700'), income: 700 },
			'income',
			/np\. 2469,50/
		],
		[
			'a food part with 3 decimals',
			single('none', '700', { foodPart: '1234,567' }),
			'foodPart',
			/2 cyfry po przecinku/
		],
		['a negative food part', single('none', '700', { foodPart: '-1' }), 'foodPart', /ujemna/],
		['32 lunches', single('centre', '1500', { lunchesPerMonth: 32 }), 'lunchesPerMonth', /31/],
		[
			'1.5 lunches',
			single('centre', '1500', { lunchesPerMonth: 1.5 }),
			'lunchesPerMonth',
			/całkowitą/
		],
		['-1 lunches', single('centre', '1500', { lunchesPerMonth: -1 }), 'lunchesPerMonth', /ujemna/],
		[
			'a date before 2025-11-20',
			single('none', '700', { date: '2025-11-19' }),
			'date',
			/nie zawiera kwot na dzień 19 listopada 2025 r\./
		],
		[
			'a date that does not exist',
			single('none', '700', { date: '2025-02-30' }),
			'date',
			/rrrr-mm-dd/
		],
		[
			'a date in another format',
			single('none', '700', { date: '01.12.2025' }),
			'date',
			/rrrr-mm-dd/
		],
		[
			'a zero criterion override',
			single('none', '700', { criteria: { single: '0', perPerson: '823' } }),
			'criteria.single',
			/większe od zera/
		],
		[
			'a malformed criterion override',
			single('none', '700', { criteria: { single: '1010', perPerson: 'x' } }),
			'criteria.perPerson',
			/np\./
		],
		['a non-object input', null, 'input', /^Sprawdź dane w formularzu\.$/]
	];
	it.each(bad)('%s', (_name, input, field, message) => {
		let error: unknown;
		try {
			calc(input as AllowanceInput);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(AllowanceInputError);
		expect((error as AllowanceInputError).field).toBe(field);
		expect(allowanceMessage((error as AllowanceInputError).problem)).toMatch(message);
	});
});

describe('incomeThresholds (for the income-range picker)', () => {
	it.each([
		['single', 1, undefined, { criterion: '1010.00', upTo100: '1010.00', upTo200: '2020.00' }],
		['family', 3, undefined, { criterion: '823.00', upTo100: '2469.00', upTo200: '4938.00' }],
		['family', 20, undefined, { criterion: '823.00', upTo100: '16460.00', upTo200: '32920.00' }],
		[
			'family',
			2,
			{ single: '900', perPerson: '700,50' },
			{ criterion: '700.50', upTo100: '1401.00', upTo200: '2802.00' }
		]
	] as const)('%s of %i (override %o)', (household, n, criteria, expected) => {
		expect(incomeThresholds(household, n, D, criteria)).toEqual(expected);
	});

	it('agrees with calculateAllowance at the exact limits', () => {
		const t = incomeThresholds('family', 4, D);
		const members: MemberKind[] = ['none', 'none', 'none', 'none'];
		expect(calc(family(members, t.upTo100)).tier).toBe('upTo100');
		expect(calc(family(members, t.upTo200)).tier).toBe('upTo200');
	});

	it('refuses a wrong count and an old date', () => {
		expect(() => incomeThresholds('single', 2, D)).toThrow(AllowanceInputError);
		expect(() => incomeThresholds('family', 21, D)).toThrow(AllowanceInputError);
		expect(() => incomeThresholds('family', 3, '2025-01-01')).toThrow(
			expect.objectContaining({ problem: expect.objectContaining({ code: 'date.beforeOrder' }) })
		);
	});
});

describe('assessHouseholdIncome (the form’s preview) decides as the result does', () => {
	const t = incomeThresholds('family', 3, D);
	it.each([
		['2469.00', 'upTo100', '100.00', '823.00'],
		['2469.01', 'upTo200', '100.01', '823.01'],
		['4938.00', 'upTo200', '200.00', '1646.00'],
		['4938.01', 'over200', '200.01', '1646.01'],
		['0', 'upTo100', '0.00', '0.00']
	] as const)(
		'a family of 3 with %s zł: %s, %s %%, %s zł per person',
		(income, tier, ratio, pp) => {
			expect(assessHouseholdIncome(t, 3, new Decimal(income))).toEqual({
				tier,
				ratioPercent: ratio,
				incomePerPerson: pp
			});
			const r = calc(family(['none', 'none', 'none'], income));
			expect([r.tier, r.incomeRatioPercent]).toEqual([tier, ratio]);
		}
	);

	it('a single person’s income per person is the income', () => {
		const single1 = incomeThresholds('single', 1, D);
		expect(assessHouseholdIncome(single1, 1, new Decimal('700.5')).incomePerPerson).toBe('700.50');
	});
});

describe('justAbove: the range „more than 200 %” is 1 grosz over the limit', () => {
	it.each([
		['2020.00', '2020.01'],
		['4938.00', '4938.01'],
		['0.99', '1.00']
	])('%s → %s', (limit, above) => {
		expect(justAbove(limit)).toBe(above);
	});

	it('and the engine calls that income over the limit', () => {
		expect(calc(single('none', justAbove('2020.00'))).tier).toBe('over200');
	});
});

describe('centreComparison: the what-if of a support centre', () => {
	it('a family of 3 above 100 %, one of them getting a meal, counts 2 persons in both totals', () => {
		expect(calc(family(['none', 'centre', 'meals'], '3000')).centreComparison).toEqual({
			none: '250.00',
			centre: '175.00',
			totalNone: '500.00',
			totalCentre: '350.00'
		});
	});

	it('a single person up to 100 %: table 1', () => {
		expect(calc(single('centre', '700')).centreComparison).toEqual({
			none: '500.00',
			centre: '275.00',
			totalNone: '500.00',
			totalCentre: '275.00'
		});
	});

	it('none over the limit', () => {
		expect(calc(single('none', '2020.01')).centreComparison).toBeNull();
	});
});

it('MEMBER_KINDS lists the three kinds of R3', () => {
	expect(MEMBER_KINDS).toEqual(['none', 'centre', 'meals']);
});
