// Reading an amount of złoty as people type it, as text only: no decimal.js here, so the
// calculator's link (fragment.ts) can use the same reading before the rules engine has loaded.
//
// Every step is one pass over the text, with no regular expression that can backtrack: a pasted
// run of 100 000 spaces costs as much as 100 000 digits (issue 14: the earlier patterns
// `[\s]+$` and `[\s]*zł$` took seconds on such input).

/** Up to 999 999 999,99 zł. */
export const MAX_INTEGER_DIGITS = 9;

/**
 * Why a text is not an amount. `meant` is a likely reading offered as a question ("2,469" →
 * 2469): its whole złoty without leading zeros and its grosze as typed.
 */
export type AmountProblem =
	| { kind: 'empty' }
	| { kind: 'negative' }
	| { kind: 'plus' }
	| { kind: 'characters' }
	| { kind: 'meant'; whole: string; fraction: string }
	| { kind: 'marks' }
	| { kind: 'fraction' }
	| { kind: 'fractionLength' }
	| { kind: 'noWhole' }
	| { kind: 'spaces' }
	| { kind: 'tooLarge' };

export type AmountText =
	| {
			ok: true;
			/** "2469" (no leading zeros) */ whole: string;
			/** "" or "5" or "50" */ fraction: string;
	  }
	| { ok: false; problem: AmountProblem };

const fail = (problem: AmountProblem): AmountText => ({ ok: false, problem });

const isDigit = (c: string) => c >= '0' && c <= '9';
/** A space between groups of thousands: space, NBSP or narrow NBSP. */
const isGroupSpace = (c: string) => c === ' ' || c === '\u00a0' || c === '\u202f';
const isMark = (c: string) => c === ',' || c === '.';

/** Leading zeros off, one kept: "007" → "7", "000" → "0". */
function withoutLeadingZeros(digits: string): string {
	let i = 0;
	while (i < digits.length - 1 && digits[i] === '0') i++;
	return digits.slice(i);
}

/**
 * The digits of groups of thousands separated by `sep` (one character each time): the first
 * group 1–3 digits not starting with 0 unless alone, then groups of exactly 3. Null otherwise.
 */
function thousands(text: string, sep: (c: string) => boolean, leadingZero = false): string | null {
	let digits = '';
	let group = 0;
	let groups = 0;
	for (const c of text) {
		if (isDigit(c)) {
			digits += c;
			group++;
		} else if (sep(c)) {
			if (groups === 0 ? group < 1 || group > 3 : group !== 3) return null;
			groups++;
			group = 0;
		} else return null;
	}
	if (groups === 0 || group !== 3) return null;
	if (!leadingZero && digits[0] === '0') return null;
	return digits;
}

/** Without "zł", "zl", "zł." at the end (any case) and the spaces before it. */
function withoutCurrency(s: string): string {
	const t = s.endsWith('.') ? s.slice(0, -1) : s;
	const tail = t.slice(-2).toLowerCase();
	return tail === 'zł' || tail === 'zl' ? t.slice(0, -2).trimEnd() : s;
}

/**
 * A reading the text may have meant, for a question rather than a refusal: "2,469" → 2469,
 * "2.469,50" and "2,469.50" → 2469,50. Null when there is no such reading.
 */
function likelyMeant(s: string): { whole: string; fraction: string } | null {
	const lastComma = s.lastIndexOf(',');
	const lastDot = s.lastIndexOf('.');
	if (lastComma >= 0 && lastDot >= 0) {
		// Both marks: the last one is before the grosze, the other separates thousands.
		const cut = Math.max(lastComma, lastDot);
		const other = lastComma > lastDot ? '.' : ',';
		const fraction = s.slice(cut + 1);
		if (fraction.length < 1 || fraction.length > 2 || ![...fraction].every(isDigit)) return null;
		const whole = thousands(s.slice(0, cut), (c) => c === other || isGroupSpace(c));
		return whole ? { whole, fraction } : null;
	}
	if (lastComma >= 0) {
		// Commas only, each followed by 3 digits: thousands written the English way.
		const whole = thousands(s, (c) => c === ',');
		return whole ? { whole, fraction: '' } : null;
	}
	return null;
}

/**
 * Parses an amount in złoty as people type it in Poland: "2469", "2469,5", "2469,50",
 * "2 469,50" (space, NBSP or narrow NBSP between groups of 3), "2469.50", each with or without
 * "zł"; a dot between groups of 3 with no other mark is read as thousands ("1.650" → 1650,
 * "1.234.567"). Where a reading is likely but not certain ("1,650", "2.469,50") it gives that reading
 * (`meant`), for a question rather than a guess; everything else is refused with the reason, which
 * the message modules turn into a sentence that shows a form that works.
 */
export function readAmount(text: string): AmountText {
	const s = withoutCurrency(text.trim());
	if (s === '') return fail({ kind: 'empty' });
	const first = s[0] ?? '';
	if (first === '-' || first === '−' || first === '–') {
		return fail({ kind: 'negative' });
	}
	if (first === '+') return fail({ kind: 'plus' });

	let marks = 0;
	let commas = 0;
	let lastMark = -1;
	for (let i = 0; i < s.length; i++) {
		const c = s[i] ?? '';
		if (isMark(c)) {
			marks++;
			if (c === ',') commas++;
			lastMark = i;
		} else if (!isDigit(c) && !isGroupSpace(c)) {
			return fail({ kind: 'characters' });
		}
	}

	let whole: string;
	let fraction = '';
	const dotThousands = commas === 0 && marks >= 1 ? thousands(s, (c) => c === '.') : null;
	if (dotThousands) {
		// "1.650", "1.234.567": a dot before 3 digits and no other mark separates thousands.
		whole = dotThousands;
	} else {
		const meant = marks > 1 || (commas > 0 && s.length - lastMark - 1 === 3);
		if (meant) {
			const reading = likelyMeant(s);
			if (reading) {
				return fail({
					kind: 'meant',
					whole: withoutLeadingZeros(reading.whole),
					fraction: reading.fraction
				});
			}
		}
		if (marks > 1) {
			return fail({ kind: 'marks' });
		}
		const wholeText = marks === 1 ? s.slice(0, lastMark) : s;
		fraction = marks === 1 ? s.slice(lastMark + 1) : '';
		if (marks === 1 && (fraction === '' || ![...fraction].every(isDigit))) {
			return fail({ kind: 'fraction' });
		}
		if (fraction.length > 2) {
			return fail({ kind: 'fractionLength' });
		}
		if (wholeText === '') {
			return fail({ kind: 'noWhole' });
		}
		const plain = [...wholeText].every(isDigit);
		const spaced = plain ? null : thousands(wholeText, isGroupSpace, true);
		if (!plain && !spaced) {
			return fail({ kind: 'spaces' });
		}
		whole = spaced ?? wholeText;
	}
	whole = withoutLeadingZeros(whole);
	if (whole.length > MAX_INTEGER_DIGITS) {
		return fail({ kind: 'tooLarge' });
	}
	return { ok: true, whole, fraction };
}

/** An amount as "2469.50", or undefined when it is not one readAmount accepts. */
export function canonicalAmountText(text: string): string | undefined {
	const r = readAmount(text);
	return r.ok ? `${r.whole}.${r.fraction.padEnd(2, '0')}` : undefined;
}
