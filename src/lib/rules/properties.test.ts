import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateAllowance, type AllowanceInput, type MemberKind } from './index';

const RUNS = { numRuns: 300 };
/** Every generated input has its own date; this is only the fallback the API asks for. */
const TODAY = '2026-11-30';

/** An amount in grosze as the string people would type ("1234.05"). */
const amountText = (max: number) =>
	fc
		.integer({ min: 0, max })
		.map((g) => `${Math.floor(g / 100)}.${String(g % 100).padStart(2, '0')}`);

const kind = fc.constantFrom<MemberKind>('none', 'centre', 'meals');

const household = fc.oneof(
	fc.record({
		household: fc.constant('single' as const),
		members: fc.array(kind, { minLength: 1, maxLength: 1 })
	}),
	fc.record({
		household: fc.constant('family' as const),
		members: fc.array(kind, { minLength: 2, maxLength: 6 })
	})
);

const input: fc.Arbitrary<AllowanceInput> = fc
	.record({
		h: household,
		income: amountText(1_500_000),
		foodPart: fc.oneof(fc.constant('0'), amountText(300_000)),
		receivesFoodProducts: fc.oneof(
			{ arbitrary: fc.constant(false), weight: 4 },
			{ arbitrary: fc.constant(true), weight: 1 }
		),
		date: fc.constantFrom('2025-11-20', '2026-06-30', '2028-01-01')
	})
	.map(({ h, ...rest }) => ({ ...h, ...rest }));

const dec = (s: string) => new Decimal(s);

describe('properties of calculateAllowance', () => {
	it('the amount is never negative and never above the household maximum', () => {
		fc.assert(
			fc.property(input, (i) => {
				const r = calculateAllowance(i, TODAY);
				expect(dec(r.amount).gte(0)).toBe(true);
				expect(dec(r.amount).lte(dec(r.maximum))).toBe(true);
			}),
			RUNS
		);
	});

	it('after a deduction the amount is a multiple of 10 unless the cap applied', () => {
		fc.assert(
			fc.property(input, (i) => {
				const r = calculateAllowance(i, TODAY);
				const deducted = dec(r.deduction).gt(0);
				const capped = r.amount === r.maximum;
				if (deducted && !capped) expect(dec(r.amount).mod(10).isZero()).toBe(true);
			}),
			RUNS
		);
	});

	it('the amount never increases when the food part grows', () => {
		fc.assert(
			fc.property(input, amountText(100_000), (i, extra) => {
				const more = dec(i.foodPart ?? '0')
					.plus(dec(extra))
					.toFixed(2);
				const a = calculateAllowance(i, TODAY);
				const b = calculateAllowance({ ...i, foodPart: more }, TODAY);
				expect(dec(b.amount).lte(dec(a.amount))).toBe(true);
			}),
			RUNS
		);
	});

	it('with no food part the amount never increases when the income grows', () => {
		fc.assert(
			fc.property(input, amountText(500_000), (i, extra) => {
				const base = { ...i, foodPart: '0' };
				const more = dec(i.income).plus(dec(extra)).toFixed(2);
				const a = calculateAllowance(base, TODAY);
				const b = calculateAllowance({ ...base, income: more }, TODAY);
				expect(dec(b.amount).lte(dec(a.amount))).toBe(true);
			}),
			RUNS
		);
	});

	it('the shown income ratio agrees with the exact tier decision', () => {
		fc.assert(
			fc.property(input, (i) => {
				const r = calculateAllowance(i, TODAY);
				const ratio = dec(r.incomeRatioPercent);
				expect(r.tier === 'upTo100').toBe(ratio.lte(100));
				expect(r.eligible).toBe(ratio.lte(200));
			}),
			RUNS
		);
	});

	it('the numbers in the steps lead to the amount', () => {
		fc.assert(
			fc.property(input, (i) => {
				const r = calculateAllowance(i, TODAY);
				const chain = r.steps.filter((s) => s.result !== undefined && !s.note);
				expect(chain.at(-1)?.result).toBe(r.amount);
				if (!r.eligible) return;
				// R4/R7 per person → R5 sum.
				const perPerson = chain.filter((s) => s.person !== undefined);
				expect(perPerson.map((s) => s.result)).toEqual(r.memberMaxima);
				const sum = perPerson.reduce((acc, s) => acc.plus(dec(s.result ?? 'NaN')), dec('0'));
				const r5 = chain.find((s) => s.rule === 'R5');
				expect(r5?.result).toBe(sum.toFixed(2));
				expect(r5?.result).toBe(r.maximum);
				// R6: subtraction, then rounding up to tens, capped at the maximum.
				const r6 = chain.filter((s) => s.rule === 'R6');
				if (r6.length === 2) {
					const [sub, round] = r6;
					expect(sub?.result).toBe(dec(r.maximum).minus(dec(r.deduction)).toFixed(2));
					const up = dec(sub?.result ?? 'NaN')
						.div(10)
						.ceil()
						.mul(10);
					expect(round?.result).toBe(Decimal.min(up, dec(r.maximum)).toFixed(2));
				}
				// Whatever happens after R5 only lowers the amount or keeps it.
				const afterR5 = chain.slice(chain.indexOf(r5!) + 1);
				for (const s of afterR5) expect(dec(s.result ?? 'NaN').lte(dec(r.maximum))).toBe(true);
			}),
			RUNS
		);
	});
});
