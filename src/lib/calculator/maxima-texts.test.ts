import { describe, expect, it } from 'vitest';
import { formatMoney } from '$lib/format';
import { MAXIMA } from '$lib/rules/parameters';
import { maximaTexts, maximumText } from './maxima-texts';

const amounts = Object.values(MAXIMA).flatMap((tier) =>
	Object.values(tier).flatMap((household) => Object.values(household).map((m) => m.value))
);

describe('the maxima tables’ texts made at build time', () => {
	it('cover every amount of tables 1–4', () => {
		expect(amounts).toHaveLength(8);
		expect(Object.keys(maximaTexts()).sort()).toEqual([...new Set(amounts)].sort());
	});

	it.each(amounts)('%s zł reads as formatMoney writes it', (amount) => {
		expect(maximumText(amount)).toBe(formatMoney(amount));
	});

	it('come from the build, not from formatting now', () => {
		// The build's texts are what maximumText returns for a known amount…
		expect(__MAXIMA_TEXTS__['500.00']).toBe('500,00\u00a0zł');
		// …and an amount the build did not know is still formatted, not lost.
		expect(maximumText('123.40')).toBe(formatMoney('123.40'));
	});
});
