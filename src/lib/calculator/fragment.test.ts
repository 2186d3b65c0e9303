import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmount } from '$lib/rules';
import { canonicalAmount, decodeFragment, encodeFragment, isStateFragment } from './fragment';
import { defaultValues, type FormValues } from './form';
import { evaluate } from './validate';

describe('URL fragment codec', () => {
	it('reads the contract example', () => {
		const { values, present } = decodeFragment(
			'#household=family&members=none,none,centre&income=2469.01&food=0&products=0&lunches=20&date=2026-11-23'
		);
		expect(values).toMatchObject({
			household: 'family',
			members: ['none', 'none', 'centre'],
			incomeMode: 'exact',
			// The field shows the amount as people write it: a decimal comma.
			income: '2469,01',
			foodPart: '0',
			receivesFoodProducts: 'no',
			lunchesPerMonth: '20',
			date: '2026-11-23'
		});
		expect([...present].sort()).toEqual(
			[
				'date',
				'foodPart',
				'household',
				'income',
				'lunchesPerMonth',
				'members',
				'receivesFoodProducts'
			].sort()
		);
	});

	it('reads the criteria override', () => {
		const { values } = decodeFragment('#crit=1010.00,823.00');
		expect(values.critSingle).toBe('1010,00');
		expect(values.critPerPerson).toBe('823,00');
		const polish = decodeFragment('#crit=1010,00,823,00').values;
		expect([polish.critSingle, polish.critPerPerson]).toEqual(['1010,00', '823,00']);
	});

	it('gives the defaults for an empty fragment, and writes nothing for them', () => {
		expect(decodeFragment('').values).toEqual(defaultValues());
		expect(decodeFragment('#').values).toEqual(defaultValues());
		expect(encodeFragment(defaultValues())).toBe('');
	});

	it('round-trips', () => {
		const hash =
			'household=family&members=none,meals,centre&income=2469.01&food=12.50&products=1&lunches=20&date=2026-11-23&crit=1010.00,823.00';
		const { values } = decodeFragment(`#${hash}`);
		expect(encodeFragment(values)).toBe(hash);
		expect(decodeFragment(encodeFragment(values)).values).toEqual(values);
	});

	it('writes valid amounts in canonical form and the range instead of the income', () => {
		const v: FormValues = { ...defaultValues(), income: '2 469,5 zł' };
		expect(encodeFragment(v)).toBe('household=single&members=none&income=2469.50&products=0');
		const r: FormValues = { ...defaultValues(), incomeMode: 'range', range: 'mid', income: '5' };
		expect(encodeFragment(r)).toBe('household=single&members=none&range=mid&products=0');
		expect(decodeFragment(`#${encodeFragment(r)}`).values).toMatchObject({
			incomeMode: 'range',
			range: 'mid'
		});
	});

	it('keeps malformed numbers as text for the field to explain, but never letters', () => {
		expect(decodeFragment('#income=2,469.50').values.income).toBe('2,469.50');
		expect(decodeFragment('#income=-5').values.income).toBe('-5');
		const withLetters: FormValues = { ...defaultValues(), income: 'Jan Kowalski' };
		expect(encodeFragment(withLetters)).not.toContain('Kowalski');
		const negative: FormValues = { ...defaultValues(), income: '-5' };
		expect(encodeFragment(negative)).toContain('income=-5');
	});

	it('turns unknown choices into "" (a field error), ignores unknown keys', () => {
		const { values, present } = decodeFragment(
			'#household=commune&members=none,robot&products=maybe&range=lots&foo=bar&=&&x'
		);
		expect(values.household).toBe('');
		expect(values.members).toEqual(['none', 'robot'].map((k) => (k === 'none' ? 'none' : '')));
		expect(values.receivesFoodProducts).toBe('');
		expect(present.has('household')).toBe(true);
	});

	it('lets the number of members decide the family size', () => {
		expect(decodeFragment('#members=none,centre').values.household).toBe('family');
		expect(decodeFragment('#members=centre').values).toMatchObject({
			household: 'single',
			members: ['centre']
		});
		expect(decodeFragment('#household=single&members=none,centre').values.members).toEqual([
			'none'
		]);
		expect(decodeFragment('#household=family').values.members).toEqual(['none', 'none']);
	});

	it('keeps 21 members (the field then says at most 20), and cuts a huge list', () => {
		const m21 = Array.from({ length: 21 }, () => 'none').join(',');
		expect(decodeFragment(`#household=family&members=${m21}`).values.members).toHaveLength(21);
		const m5000 = Array.from({ length: 5000 }, () => 'none').join(',');
		expect(decodeFragment(`#members=${m5000}`).values.members.length).toBeLessThanOrEqual(21);
	});

	it('keeps huge numbers as text, whole, without crashing', () => {
		const { values } = decodeFragment(`#income=${'9'.repeat(400)}&lunches=1e999`);
		expect(values.income).toBe('9'.repeat(400));
		expect(values.lunchesPerMonth).toBe('1e999');
	});

	it('never cuts a value into another one: "1" + spaces + "x" stays whole', () => {
		const long = '1' + ' '.repeat(100) + 'x';
		const { values } = decodeFragment(`#income=${encodeURIComponent(long)}`);
		expect(values.income).toBe(long);
	});

	it('leaves text longer than any field takes out of the link', () => {
		const link = encodeFragment({
			...decodeFragment('#household=single').values,
			income: '1' + ' '.repeat(100) + '2',
			lunchesPerMonth: '2'.repeat(41),
			date: '1'.repeat(41)
		});
		expect(link).not.toMatch(/income=|lunches=|date=/);
	});

	it('survives broken percent-encoding', () => {
		expect(() => decodeFragment('#income=%E0%A4%A&food=%')).not.toThrow();
	});

	it('tells state fragments from anchors', () => {
		expect(isStateFragment('#tresc')).toBe(false);
		expect(isStateFragment('#income=1')).toBe(true);
		expect(isStateFragment('')).toBe(true);
	});

	it('never throws on any fragment', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (s) => {
				const { values } = decodeFragment(s);
				expect(() => encodeFragment(values)).not.toThrow();
			}),
			{ numRuns: 500 }
		);
	});

	it('writes amounts exactly as the engine reads them', () => {
		const samples = [
			'2469',
			'2469,5',
			'2469,50',
			'2 469,50',
			'2\u00a0469,50',
			'2469.50',
			'2469 zł',
			'0,5',
			'007',
			'2,469.50',
			'24 69',
			'1,234',
			'1 2345',
			'-5',
			'12,345',
			'9999999999',
			' 12 zł ',
			'1.',
			',5',
			'1.650',
			'1.234.567,5',
			'1' + ' '.repeat(100_000) + 'x'
		];
		for (const text of samples) {
			const parsed = parseAmount(text);
			expect(canonicalAmount(text), text).toBe(parsed.ok ? parsed.value.toFixed(2) : undefined);
		}
		fc.assert(
			fc.property(fc.stringMatching(/^[\d ,.]{0,12}( ?zł)?$/), (text) => {
				const parsed = parseAmount(text);
				expect(canonicalAmount(text)).toBe(parsed.ok ? parsed.value.toFixed(2) : undefined);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('the staff date in a link', () => {
	it.each([
		['1 grudnia 2026', '2026-12-01'],
		['01.12.2026', '2026-12-01'],
		['2026-12-01', '2026-12-01'],
		['31.02.2026', '31.02.2026']
	])('„%s” is written as %s once validated', (typed, written) => {
		const v = { ...defaultValues(), income: '700', date: typed };
		const { date } = evaluate(v, '2026-11-30');
		expect(encodeFragment(v, date ?? undefined)).toContain(`date=${written}`);
	});

	it('words that name no date are left out', () => {
		expect(encodeFragment({ ...defaultValues(), income: '700', date: 'jutro' })).not.toContain(
			'date='
		);
	});
});
