// Forms a social worker at the centre would not sign: each with the reason. The wording test
// (wording.test.ts) reads every user-visible string of the engine and the message modules
// through this list. Extend it when you find a new slip: add the pattern and say why.
//
// `scope`: 'all' applies to every string we write; 'resident' only to the plain layer residents
// read first (step titles and sentences, the result, the form), not to the staff/legal layer
// (rule ids, quotations, /zrodla/). Verbatim quotations of the order are never checked against
// the style rules: they keep the order's own spelling ("nie korzystająca", "200%").

export interface ForbiddenForm {
	pattern: RegExp;
	why: string;
	scope?: 'all' | 'resident';
}

export const FORBIDDEN_FORMS: readonly ForbiddenForm[] = [
	// The law's terms.
	{
		pattern: /\bosob\w*\s+samotn(a|ej|ą|ę|e|ych|ym)\b/i,
		why: '„osoba samotna” is a different term of the Act; write „osoba samotnie gospodarująca”'
	},
	{
		pattern: /\bsamotnie\b(?!\s+gospodaruj)/i,
		why: 'the statutory term is „samotnie gospodarująca”'
	},
	{
		pattern: /zasił\w*\s+celow\w*\s+na\s+żywność/i,
		why: 'the order says „zasiłek celowy na zakup żywności”'
	},
	{
		pattern: /(?<!\bnie\s)przysługuj(e|ą)\b/i,
		why: 'the order sets maximum amounts: „do … zł”, „kwota maksymalna”, never a grant'
	},
	{
		pattern: /pkt\.?\s*2\.3/,
		why: 'point 2.3 of the procedure is about referral to a day-care home; the interview’s basis is art. 106 ust. 4 and art. 107 of the Act'
	},
	{ pattern: /\(szacunek\)|\bszacun\w*/i, why: 'not an estimate: a maximum the centre decides on' },
	{
		pattern: /zmniejsza\s+zasiłek|koszt\w*\s+korzystania|„koszt”/i,
		why: 'using a support centre is not a penalty: the order sets a different maximum'
	},
	{
		pattern: /wystarcza\s+na\s+\d/,
		why: 'the allowance buys food, it does not pay for lunches (R8 informs only)'
	},
	{ pattern: /na rękę/i, why: 'income is defined by art. 8 of the Act; say it in plain words' },
	{
		pattern: /prawym górnym rogu/,
		why: 'the case mark is at the top of the decision, not in its right corner'
	},
	{ pattern: /\bnie korzystając\w*/i, why: 'the adjective is written together: „niekorzystająca”' },

	// Agreement, plurals and word forms.
	{ pattern: /\bobiady\b[^.]*?\bkosztuje\b/, why: '„2 obiady kosztują” (plural verb)' },
	{ pattern: /\bjest jedzonych\b/, why: 'clumsy passive: ask „ile obiadów je …”' },
	{ pattern: /\bz którą wydano\b/, why: 'write „Data wydania decyzji”' },
	{ pattern: /\bwe formularzu\b/, why: '„w formularzu”' },
	{ pattern: /\bzaokrąglone w górę\b/, why: '„po zaokrągleniu w górę”' },
	{ pattern: /\bos\.(?!\w)/, why: 'write „osoba / osoby / osób” out' },

	// Ranges that overlap.
	{
		pattern: /\bod\s+\S*\s?100\s?%\s+do\s+200/,
		why: '„od 100 % do 200 %” overlaps „do 100 %”: write „powyżej 100 % do 200 %”'
	},

	// Punctuation and typography.
	{ pattern: /\.\./, why: 'double full stop (e.g. "r.." after a date); an ellipsis is „…”' },
	{ pattern: / {2}/, why: 'double space' },
	{ pattern: /"/, why: 'Polish quotation marks are „…”' },
	{
		pattern: /„\s*[–—-]/,
		why: 'no dash inside a quotation: the order’s list marks are not its text'
	},
	{ pattern: /\s-\s/, why: 'a dash between words is „–” (en dash), not a hyphen' },
	{ pattern: /\s[,;]/, why: 'no space before a comma or semicolon' },

	// Jargon for residents: rule ids belong to the staff/legal layer.
	{
		pattern: /\bR[1-9]\b/,
		why: 'rule ids are for staff, not in the sentences residents read',
		scope: 'resident'
	},
	{
		pattern: /\bDDP\b|\bKS\+/,
		why: 'write „Dom Dziennego Pobytu”, „Klub Senior+” for residents',
		scope: 'resident'
	},
	{ pattern: /Nie, wybiorę/, why: 'answers a question the page never asks' }
];

/** The forms a text breaks, with the reason; empty when it is fine. */
export function forbiddenIn(
	text: string,
	layer: 'resident' | 'staff' = 'resident'
): Array<{ match: string; why: string }> {
	const found: Array<{ match: string; why: string }> = [];
	for (const f of FORBIDDEN_FORMS) {
		if (f.scope === 'resident' && layer !== 'resident') continue;
		const m = f.pattern.exec(text);
		if (m) found.push({ match: m[0], why: f.why });
	}
	const open = (text.match(/„/g) ?? []).length;
	const close = (text.match(/”/g) ?? []).length;
	if (open !== close)
		found.push({ match: `„×${open} ”×${close}`, why: 'unbalanced quotation marks' });
	return found;
}
