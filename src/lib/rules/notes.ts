// R9 — more in special cases (Zał. nr 4, pkt 3). Never applied; always said.
import { ORDER_ACT, QUOTES, REFS } from './parameters';
import type { StepOf } from './types';

/** R9 — Zał. nr 4, pkt 3: a note under every result; the calculator never raises the amounts. */
export function specialCasesNote(eligible: boolean): StepOf<'R9.specialCases'> {
	return {
		rule: 'R9',
		kind: 'R9.specialCases',
		facts: { eligible },
		source: { ref: REFS.point(3), quote: QUOTES.point3, act: ORDER_ACT },
		note: true
	};
}
