import { describe, expect, it } from 'vitest';
import { defaultValues, type FormValues } from './form';
import { evaluate, fieldOfEngine, parseLunches } from './validate';
import { parseDate } from '$lib/typed-date';

const TODAY = '2026-11-23';
const form = (over: Partial<FormValues>): FormValues => ({ ...defaultValues(), ...over });
const amount = (over: Partial<FormValues>) => evaluate(form(over), TODAY).result?.amount;

describe('the worked examples', () => {
	it.each([
		[{ income: '700', members: ['none'], foodPart: '123,45' }, '380.00'],
		[{ income: '700', members: ['centre'], foodPart: '50' }, '230.00'],
		[{ income: '700', members: ['centre'], foodPart: '1' }, '275.00'],
		[{ household: 'family', income: '2469,00', members: ['none', 'none', 'none'] }, '1200.00'],
		[{ household: 'family', income: '2 469,01', members: ['none', 'none', 'none'] }, '750.00']
	] as [Partial<FormValues>, string][])('%o → %s', (over, expected) => {
		expect(amount(over)).toBe(expected);
	});
});

describe('field errors', () => {
	it.each(['abc', '-5', '2,469.50', '12,345', '1.234,5'])(
		'income "%s" is an error, not a guess',
		(income) => {
			const o = evaluate(form({ income }), TODAY);
			expect(o.errors.income).toMatch(/np\./);
			expect(o.result).toBeNull();
		}
	);

	it('an empty income says what to type', () => {
		expect(evaluate(form({}), TODAY).errors.income).toMatch(/Wpisz miesięczny dochód/);
	});

	it('reports every wrong field at once', () => {
		const o = evaluate(
			form({
				income: 'x',
				foodPart: '-1',
				lunchesPerMonth: '40',
				receivesFoodProducts: '',
				household: 'family',
				members: ['none', '']
			}),
			TODAY
		);
		expect(Object.keys(o.errors).sort()).toEqual([
			'foodPart',
			'income',
			'lunchesPerMonth',
			'receivesFoodProducts'
		]);
		expect(o.personErrors).toEqual(['', expect.stringMatching(/osoba 2/)]);
	});

	it('family size: 1 and 21 are errors', () => {
		expect(
			evaluate(form({ household: 'family', members: ['none'], income: '1' }), TODAY).errors.members
		).toMatch(/co najmniej 2/);
		const m21 = Array.from({ length: 21 }, () => 'none' as const);
		expect(
			evaluate(form({ household: 'family', members: m21, income: '1' }), TODAY).errors.members
		).toMatch(/najwyżej 20/);
	});

	it('a date before the order is a date error, from the engine', () => {
		const o = evaluate(form({ income: '700', date: '2025-01-01' }), TODAY);
		expect(o.errors.date).toMatch(/2025/);
		expect(o.result).toBeNull();
	});

	it('criteria: the case needs only its own criterion, and it must be positive', () => {
		// A family needs only the criterion per person; the other stays the statutory one.
		const family = evaluate(
			form({
				household: 'family',
				members: ['none', 'none'],
				income: '1500',
				critPerPerson: '700'
			}),
			TODAY
		);
		expect(family.errors).toEqual({});
		expect(family.result?.parameters.criteria.manual).toBe(true);
		expect(family.thresholds?.upTo100).toBe('1400.00');
		// A single person needs the single-person criterion.
		expect(
			evaluate(form({ income: '700', critPerPerson: '800' }), TODAY).errors.critSingle
		).toMatch(/Dla osoby samotnie gospodarującej wpisz kryterium w tym polu/);
		expect(
			evaluate(
				form({ household: 'family', members: ['none', 'none'], income: '700', critSingle: '1000' }),
				TODAY
			).errors.critPerPerson
		).toMatch(/Dla rodziny wpisz kryterium na osobę w rodzinie w tym polu/);
		expect(evaluate(form({ income: '700', critSingle: '1000' }), TODAY).errors).toEqual({});
		expect(
			evaluate(form({ income: '700', critSingle: '0', critPerPerson: '800' }), TODAY).errors
				.critSingle
		).toMatch(/większe od zera/);
		const o = evaluate(form({ income: '700', critSingle: '700,00', critPerPerson: '600' }), TODAY);
		expect(o.result?.parameters.criteria.manual).toBe(true);
		expect(o.result?.tier).toBe('upTo100');
	});
});

describe('text longer than a field takes', () => {
	const LONG = 'Tekst w tym polu jest za długi: zmieści się najwyżej';
	it.each([
		[
			'income',
			'1' + ' '.repeat(100) + 'x',
			'najwyżej 30 znaków, a wpisano ich 102. Wpisz samą kwotę w złotych'
		],
		[
			'income',
			'1' + ' '.repeat(29) + '2',
			'najwyżej 30 znaków, a wpisano ich 31. Wpisz samą kwotę'
		],
		['foodPart', '5' + '0'.repeat(40), 'a wpisano ich 41. Wpisz samą kwotę w złotych'],
		[
			'lunchesPerMonth',
			'1' + ' '.repeat(20) + '2',
			'najwyżej 10 znaków, a wpisano ich 22. Wpisz liczbę obiadów'
		],
		[
			'date',
			'1.12.2026' + ' '.repeat(20) + 'x',
			'najwyżej 20 znaków, a wpisano ich 30. Wpisz datę'
		],
		[
			'critSingle',
			'1010' + ' '.repeat(40) + ',00',
			'najwyżej 30 znaków, a wpisano ich 47. Wpisz samą kwotę'
		]
	] as const)('%s: a long text is refused, never read as another value', (key, text, message) => {
		const o = evaluate(form({ income: '700', [key]: text }), TODAY);
		expect(o.errors[key]).toContain(LONG);
		expect(o.errors[key]).toContain(message);
		expect(o.result).toBeNull();
	});

	it('exactly at the limit, or with spaces around it, the text is read as usual', () => {
		expect(amount({ income: '000000000000000000000000000700' })).toBe('500.00');
		expect(amount({ income: ' '.repeat(1000) + '700' + ' '.repeat(1000) })).toBe('500.00');
		const o = evaluate(form({ income: '0000000000000000000000000000700' }), TODAY);
		expect(o.errors.income).toContain('najwyżej 30 znaków');
	});
});

describe('range picker', () => {
	it('computes with the top of the range', () => {
		const low = evaluate(
			form({
				household: 'family',
				members: ['none', 'none', 'none'],
				incomeMode: 'range',
				range: 'low'
			}),
			TODAY
		);
		expect(low.thresholds).toMatchObject({
			criterion: '823.00',
			upTo100: '2469.00',
			upTo200: '4938.00'
		});
		expect(low.result?.amount).toBe('1200.00');
		const mid = evaluate(
			form({
				household: 'family',
				members: ['none', 'none', 'none'],
				incomeMode: 'range',
				range: 'mid'
			}),
			TODAY
		);
		expect(mid.result?.amount).toBe('750.00');
		const high = evaluate(form({ incomeMode: 'range', range: 'high' }), TODAY);
		expect(high.result?.eligible).toBe(false);
		expect(high.assumedIncome).toBe('2020.01');
	});
	it('asks for a range when none is chosen', () => {
		expect(evaluate(form({ incomeMode: 'range' }), TODAY).errors.range).toBeTruthy();
	});
});

describe('small parsers', () => {
	it('dates', () => {
		expect(parseDate('2026-11-23')).toBe('2026-11-23');
		expect(parseDate('23.11.2026')).toBe('2026-11-23');
		expect(parseDate('2026-02-29')).toBeNull();
		expect(parseDate('2028-02-29')).toBe('2028-02-29');
		expect(parseDate('jutro')).toBeNull();
		expect(parseDate('31.02.2026')).toBeNull();
	});
	it('a day that does not exist is told so, not a wrong format', () => {
		expect(evaluate(form({ date: '31.02.2026' }), TODAY).errors.date).toBe(
			'Dzień 31 lutego 2026 r. nie istnieje – ten miesiąc ma 28 dni. Popraw datę, np. na 2026-02-28.'
		);
		expect(evaluate(form({ date: '2026-13-01' }), TODAY).errors.date).toMatch(/Nie ma miesiąca 13/);
		// The staff date reads dates as the statements do: "31-02-2026" and "31 lutego 2026" too.
		expect(evaluate(form({ date: '31-02-2026' }), TODAY).errors.date).toMatch(/nie istnieje/);
		expect(evaluate(form({ date: '31 lutego 2026' }), TODAY).errors.date).toMatch(/nie istnieje/);
		expect(evaluate(form({ date: '1 grudnia 2026' }), TODAY).date).toBe('2026-12-01');
		expect(evaluate(form({ date: 'jutro' }), TODAY).errors.date).toMatch(/Wpisz datę jako/);
	});
	it('lunches', () => {
		expect(parseLunches('')).toEqual({ ok: true });
		expect(parseLunches(' 20 ')).toEqual({ ok: true, value: 20 });
		expect(parseLunches('32').ok).toBe(false);
		expect(parseLunches('2.5').ok).toBe(false);
		expect(parseLunches('-1').ok).toBe(false);
	});
});

describe('an engine error lands on the form field of the same name', () => {
	it.each([
		['household', 'household'],
		['members', 'members'],
		['income', 'income'],
		['foodPart', 'foodPart'],
		['receivesFoodProducts', 'receivesFoodProducts'],
		['lunchesPerMonth', 'lunchesPerMonth'],
		['date', 'date'],
		['criteria', 'critSingle'],
		['criteria.single', 'critSingle'],
		['criteria.perPerson', 'critPerPerson'],
		['input', null]
	] as const)('%s → %s', (engine, form) => {
		expect(fieldOfEngine(engine)).toBe(form);
	});
});
