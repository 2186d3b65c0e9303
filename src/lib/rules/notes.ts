// R9 — more in special cases (Zał. nr 4, pkt 3). Never applied; always said.
import { ORDER_ACT, QUOTES } from './parameters';
import type { Step } from './types';

/** R9 — Zał. nr 4, pkt 3: a note under every result; the calculator never raises the amounts. */
export function specialCasesNote(): Step {
	return {
		rule: 'R9',
		title: 'Szczególnie uzasadnione przypadki',
		text: 'W szczególnie uzasadnionych przypadkach kwoty mogą zostać zwiększone po uzgodnieniu z Dyrektorem Ośrodka i za jego akceptacją. Kalkulator tego nie uwzględnia – o taką możliwość zapytaj pracownika socjalnego.',
		source: { ref: 'Zał. nr 4, pkt 3', quote: QUOTES.point3, act: ORDER_ACT },
		values: [],
		note: true
	};
}
