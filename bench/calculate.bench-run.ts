// The median time of one calculateAllowance call, over batches of calls on a mix of households.
// Target to report against: under 50 µs a calculation.
import { it } from 'vitest';
import { calculateAllowance, type AllowanceInput } from '$lib/rules';

/** Every case has its date; the engine asks for today all the same. */
const TODAY = '2026-11-23';

const CASES: AllowanceInput[] = [
	{ household: 'single', members: ['none'], income: '700', foodPart: '123,45', date: '2026-11-23' },
	{
		household: 'single',
		members: ['centre'],
		income: '1500',
		lunchesPerMonth: 20,
		date: '2026-11-23'
	},
	{
		household: 'family',
		members: ['none', 'none', 'centre'],
		income: '2469.01',
		date: '2026-11-23'
	},
	{
		household: 'family',
		members: Array.from({ length: 20 }, (_, i) =>
			i % 3 === 0 ? 'centre' : i % 3 === 1 ? 'meals' : 'none'
		),
		income: '12 000,00',
		foodPart: '300',
		date: '2026-11-23'
	}
];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

it('prints the median time of a calculation', () => {
	const BATCH = 200;
	const BATCHES = 200;
	for (let i = 0; i < 2000; i++) calculateAllowance(CASES[i % CASES.length]!, TODAY); // warm-up
	const perCall: number[] = [];
	for (let b = 0; b < BATCHES; b++) {
		const start = performance.now();
		for (let i = 0; i < BATCH; i++) calculateAllowance(CASES[i % CASES.length]!, TODAY);
		perCall.push(((performance.now() - start) * 1000) / BATCH);
	}
	for (const [n, input] of CASES.entries()) {
		const times: number[] = [];
		for (let b = 0; b < 50; b++) {
			const start = performance.now();
			for (let i = 0; i < BATCH; i++) calculateAllowance(input, TODAY);
			times.push(((performance.now() - start) * 1000) / BATCH);
		}
		console.log(
			`  case ${n + 1} (${input.members.length} ${input.members.length === 1 ? 'person' : 'people'}): median ${median(times).toFixed(1)} µs`
		);
	}
	console.log(
		`calculateAllowance: median ${median(perCall).toFixed(1)} µs a call ` +
			`(${BATCHES} batches of ${BATCH}, mixed households; target < 50 µs)`
	);
});
