import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { CalculatorState } from './state.svelte';
import * as evaluator from './validate';

describe('CalculatorState', () => {
	it('shows nothing (no errors, no result) until the engine has loaded', () => {
		const calc = new CalculatorState('2026-11-23');
		calc.income = 'abc';
		calc.submitted = true;
		expect(calc.shownErrors).toEqual([]);
		expect(calc.result).toBeNull();
		calc.evaluator = evaluator;
		expect(calc.shownErrors).toHaveLength(1);
	});

	it('derives the result, the preview and the fragment from the fields', () => {
		const cleanup = $effect.root(() => {
			const calc = new CalculatorState('2026-11-23', evaluator);
			expect(calc.result).toBeNull();
			expect(calc.fragment).toBe('');
			calc.setHousehold('family');
			calc.addPerson();
			calc.income = '2469,01';
			flushSync();
			expect(calc.persons).toBe(3);
			expect(calc.preview).toEqual({ perPerson: '823.01', percent: '100.01' });
			expect(calc.tier).toBe('upTo200');
			expect(calc.showFood).toBe(false);
			expect(calc.result?.amount).toBe('750.00');
			expect(calc.fragment).toBe(
				'household=family&members=none,none,none&income=2469.01&products=0'
			);
		});
		cleanup();
	});

	it('a staff date written in words goes into the link as the validation read it', () => {
		const cleanup = $effect.root(() => {
			const calc = new CalculatorState('2026-11-23', evaluator);
			calc.income = '700';
			calc.date = '1 grudnia 2026';
			flushSync();
			expect(calc.fragment).toContain('date=2026-12-01');
			calc.date = '';
			flushSync();
			expect(calc.fragment).not.toContain('date=');
		});
		cleanup();
	});

	it('shows errors only for fields left non-empty, a link, or after submit', () => {
		const calc = new CalculatorState('2026-11-23', evaluator);
		calc.income = 'abc';
		expect(calc.errorFor('income')).toBeUndefined();
		expect(calc.shownErrors).toEqual([]);
		calc.leave('income', calc.income);
		expect(calc.errorFor('income')).toMatch(/cyfry/);
		expect(calc.shownErrors[0]).toMatchObject({
			id: 'income',
			message: expect.stringMatching(/^Dochód: /)
		});
		calc.income = '';
		calc.foodPart = '';
		calc.leave('foodPart', calc.foodPart);
		expect(calc.errorFor('foodPart')).toBeUndefined();
		calc.submitted = true;
		expect(calc.errorFor('income')).toMatch(/Wpisz/);
	});

	it('keeps the family while the user looks at "single"', () => {
		const calc = new CalculatorState('2026-11-23', evaluator);
		calc.setHousehold('family');
		calc.people[1]!.kind = 'centre';
		calc.addPerson();
		calc.setHousehold('single');
		expect(calc.people).toHaveLength(1);
		calc.setHousehold('family');
		expect(calc.people.map((p) => p.kind)).toEqual(['none', 'centre', 'none']);
	});

	it('loads a link, marking its fields so their errors show', () => {
		const calc = new CalculatorState('2026-11-23', evaluator);
		calc.load('#household=family&members=none,x&income=2,469.50&date=2026-11-23');
		expect(calc.staffOpen).toBe(true);
		expect(calc.errorFor('income')).toBeTruthy();
		expect(calc.personError(1)).toMatch(/osoba 2/);
		expect(calc.result).toBeNull();
		calc.load('');
		expect(calc.shownErrors).toEqual([]);
	});
});
