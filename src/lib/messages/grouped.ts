// The digits of an amount as the amount reader takes them (src/lib/rules/amount-text.ts),
// which are the Polish forms in every language: "2469" → "2 469".

/** "2469" → "2 469": groups of three always, so the question shows how the digits were read. */
export function grouped(digits: string): string {
	let out = '';
	for (let i = 0; i < digits.length; i++) {
		if (i > 0 && (digits.length - i) % 3 === 0) out += '\u00a0';
		out += digits[i];
	}
	return out;
}
