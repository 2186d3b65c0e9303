import { describe, expect, it } from 'vitest';
import { defaultValues, type FormValues } from './form';
import { pendingPrint } from './pending';
import { evaluate } from './validate';

const TODAY = '2026-11-23';
const pending = (over: Partial<FormValues>) => {
	const values = { ...defaultValues(), ...over };
	return pendingPrint(values, evaluate(values, TODAY));
};

describe('the printout while there is no result', () => {
	it('names every field to put right, in page order, shown on the screen yet or not', () => {
		const p = pending({
			household: 'family',
			members: ['none', ''],
			income: '1x',
			lunchesPerMonth: '99'
		});
		expect(p.fix).toEqual([
			'Zaznacz, jak osoba 2 korzysta z ośrodka wsparcia.',
			'Dochód: Wpisz samą kwotę: cyfry, ewentualnie spacje i przecinek przed groszami, np. 2469,50',
			'Obiady w ośrodku: W miesiącu jest najwyżej 31 dni; wpisz liczbę od 0 do 31, np. 20.'
		]);
	});

	it.each([
		[1, 'rodzina, 1 osoba'],
		[2, 'rodzina, 2 osoby'],
		[5, 'rodzina, 5 osób']
	])('a family of %i whose form is unfinished prints as „%s”', (n, text) => {
		const p = pending({ household: 'family', members: Array(n).fill('none'), income: 'x' });
		expect(p.typed[0]).toEqual({ label: 'Gospodarstwo', value: text });
	});

	it('says what was typed, as typed, and a too long text only that it is too long', () => {
		const p = pending({
			household: 'family',
			members: ['none', 'none', 'none'],
			income: '2 469,5x'
		});
		expect(p.typed).toEqual([
			{ label: 'Gospodarstwo', value: 'rodzina, 3 osoby' },
			{ label: 'Dochód', value: '„2 469,5x”', asTyped: true },
			{ label: 'Produkty żywnościowe', value: 'Nie' }
		]);
		const long = pending({ income: '1' + ' '.repeat(100) + 'x', foodPart: '12' });
		expect(long.typed).toContainEqual({
			label: 'Dochód',
			value: 'za długi tekst (do poprawienia)'
		});
		expect(long.typed).toContainEqual({
			label: 'Część zasiłku na zakup żywności',
			value: '„12”',
			asTyped: true
		});
	});

	it('with a range instead of an income, names the range', () => {
		const p = pending({ incomeMode: 'range', range: 'mid', receivesFoodProducts: '' });
		expect(p.typed).toContainEqual({
			label: 'Dochód',
			value: 'powyżej 100 % do 200 % kryterium dochodowego'
		});
		expect(p.fix).toEqual([
			'Produkty żywnościowe: Zaznacz, czy gospodarstwo otrzymuje produkty żywnościowe z programu.'
		]);
	});
});
