// Every user-visible string of the engine and the message modules, read through the list of
// forbidden forms (forbidden-forms.ts). Verbatim text of the order (QUOTES, the statements'
// document lines) is not ours to restyle; it is only checked for stray spaces and dashes.
import { describe, expect, it } from 'vitest';
import {
	AllowanceInputError,
	calculateAllowance,
	incomeThresholds,
	type AllowanceInput,
	type MemberKind
} from '$lib/rules';
import { QUOTES } from '$lib/rules/parameters';
import { common, calculator, kiosk, statements } from './pl';
import { statementWords } from '$lib/statements/statement-words';
import { calculatorResult } from './pl/calculator-result';
import { calculatorSources } from './pl/sources';
import { wordStep, wordWarning } from './pl/steps';
import { allowanceMessage, amountMessage } from './pl/errors';
import { FORBIDDEN_FORMS, forbiddenIn } from './forbidden-forms';

interface Text {
	where: string;
	text: string;
	layer: 'resident' | 'staff';
}

/** Every string in a message module; functions are called with sample arguments. */
function strings(value: unknown, where: string, layer: Text['layer'], out: Text[] = []): Text[] {
	if (typeof value === 'string') out.push({ where, text: value, layer });
	else if (typeof value === 'function') {
		const fn = value as (...args: unknown[]) => unknown;
		for (const sample of ['1234,00 zł', 3, 1, 22]) {
			strings(fn(...Array<unknown>(fn.length).fill(sample)), `${where}()`, layer, out);
		}
	} else if (Array.isArray(value))
		value.forEach((v, i) => strings(v, `${where}[${i}]`, layer, out));
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) strings(v, `${where}.${k}`, layer, out);
	}
	return out;
}

const statementsUi = statements;
const verbatimDocument = statementWords;

const messageTexts: Text[] = [
	...strings(common, 'common', 'resident'),
	...strings(calculator, 'calculator', 'resident'),
	...strings(kiosk, 'kiosk', 'resident'),
	...strings(statementsUi, 'statements', 'resident'),
	...strings(calculatorResult, 'calculatorResult', 'resident'),
	// /zrodla/ is the legal layer: rule ids and quotations belong there.
	...strings(calculatorSources, 'calculatorSources', 'staff'),
	// Every reason an amount is refused (the typed check in errors.ts lists them all).
	...(
		[
			{ kind: 'empty' },
			{ kind: 'negative' },
			{ kind: 'plus' },
			{ kind: 'characters' },
			{ kind: 'meant', whole: '2469', fraction: '5' },
			{ kind: 'marks' },
			{ kind: 'fraction' },
			{ kind: 'fractionLength' },
			{ kind: 'noWhole' },
			{ kind: 'spaces' },
			{ kind: 'tooLarge' }
		] as const
	).map((p): Text => ({ where: `amount ${p.kind}`, text: amountMessage(p), layer: 'resident' }))
];

const D = '2025-12-01';
const inputs: AllowanceInput[] = [];
const kinds: MemberKind[][] = [
	['none'],
	['centre'],
	['meals'],
	['none', 'none'],
	['centre', 'centre', 'none'],
	['none', 'centre', 'meals'],
	['meals', 'meals']
];
for (const members of kinds) {
	const household = members.length === 1 ? 'single' : 'family';
	const criterion = household === 'single' ? 1010 : 823 * members.length;
	for (const factor of [0, 0.5, 1, 1.2, 2, 2.5]) {
		for (const foodPart of ['', '1', '123,45', '600']) {
			for (const lunchesPerMonth of [undefined, 1, 2, 5, 22]) {
				inputs.push({
					household,
					members,
					income: (criterion * factor).toFixed(2),
					foodPart,
					lunchesPerMonth,
					receivesFoodProducts: foodPart === '1',
					date: lunchesPerMonth === 22 ? '2028-02-01' : D,
					...(lunchesPerMonth === 5 ? { criteria: { single: '1100', perPerson: '900' } } : {})
				});
			}
		}
	}
}

const invalid: unknown[] = [
	null,
	{},
	{ household: 'single', members: ['none'], income: 'abc', date: D },
	{ household: 'single', members: ['none'], income: '-5', date: D },
	{ household: 'single', members: ['none'], income: '2,469.50', date: D },
	{ household: 'single', members: ['none', 'none'], income: '1', date: D },
	{ household: 'family', members: ['none'], income: '1', date: D },
	{ household: 'family', members: Array(21).fill('none'), income: '1', date: D },
	{ household: 'single', members: ['x'], income: '1', date: D },
	{ household: 'single', members: ['none'], income: '1', foodPart: '1,234', date: D },
	{ household: 'single', members: ['none'], income: '1', lunchesPerMonth: 40, date: D },
	{ household: 'single', members: ['none'], income: '1', lunchesPerMonth: -1, date: D },
	{ household: 'single', members: ['none'], income: '1', lunchesPerMonth: 1.5, date: D },
	{ household: 'single', members: ['none'], income: '1', date: '2025-11-19' },
	{ household: 'single', members: ['none'], income: '1', date: '2021-01-01' },
	{ household: 'single', members: ['none'], income: '1', date: '2025-13-01' },
	{
		household: 'single',
		members: ['none'],
		income: '1',
		date: D,
		criteria: { single: '0', perPerson: '1' }
	},
	{ household: 'single', members: ['none'], income: '1', date: D, criteria: { single: '1' } }
];

let engineCache: { ours: Text[]; quotes: Text[] } | undefined;

function engineTexts(): { ours: Text[]; quotes: Text[] } {
	if (engineCache) return engineCache;
	const ours: Text[] = [];
	const quotes: Text[] = [];
	for (const input of inputs) {
		const r = calculateAllowance(input, D);
		const where = JSON.stringify(input);
		r.warnings.forEach((w) =>
			ours.push({ where: `${where} warning`, text: wordWarning(w), layer: 'resident' })
		);
		for (const s of r.steps) {
			const words = wordStep(s);
			ours.push({ where: `${where} ${s.kind} title`, text: words.title, layer: 'resident' });
			ours.push({ where: `${where} ${s.kind} text`, text: words.text, layer: 'resident' });
			ours.push({ where: `${where} ${s.kind} ref`, text: s.source.ref, layer: 'staff' });
			for (const v of words.values)
				ours.push({ where: `${where} ${s.kind} value`, text: v.label, layer: 'staff' });
			quotes.push({ where: `${where} ${s.rule} quote`, text: s.source.quote, layer: 'staff' });
			quotes.push({ where: `${where} ${s.rule} act`, text: s.source.act, layer: 'staff' });
		}
	}
	for (const input of invalid) {
		try {
			calculateAllowance(input as AllowanceInput, D);
			throw new Error(`accepted: ${JSON.stringify(input)}`);
		} catch (e) {
			if (!(e instanceof AllowanceInputError)) throw e;
			ours.push({
				where: `error ${JSON.stringify(input)}`,
				text: allowanceMessage(e.problem),
				layer: 'resident'
			});
		}
	}
	try {
		incomeThresholds('single', 2, D);
	} catch (e) {
		if (!(e instanceof AllowanceInputError)) throw e;
		ours.push({ where: 'incomeThresholds', text: allowanceMessage(e.problem), layer: 'resident' });
	}
	engineCache = { ours, quotes };
	return engineCache;
}

function offences(texts: Text[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const t of texts) {
		for (const f of forbiddenIn(t.text, t.layer)) {
			const key = `${f.why}|${t.text}`;
			if (seen.has(key)) continue;
			seen.add(key);
			out.push(`${t.where}: „${f.match}” – ${f.why}\n    ${t.text}`);
		}
	}
	return out;
}

describe('wording: forbidden forms', () => {
	it('the list catches what it is meant to catch (each pattern can fail)', () => {
		const slips = [
			'Kryterium dochodowe, osoba samotna',
			'przysługuje 500,00 zł',
			'wywiad (procedura, pkt 2.3)',
			'2 obiady w miesiącu kosztuje 16,00 zł',
			'od 100 % do 200 % kryterium',
			'20 listopada 2025 r..',
			'rodzina, 3 os.',
			'Sprawdź dane we formularzu.',
			'Data, z którą wydano decyzję.',
			'Ile obiadów w miesiącu jest jedzonych w ośrodku?',
			'zasiłek celowy na żywność',
			'korzystanie z ośrodka zmniejsza zasiłek o 105,00 zł',
			'wystarcza na 24 obiady',
			'Nie, wybiorę przedział',
			'„– w maksymalnej wysokości”',
			'dwa  odstępy',
			'Zasiłek miesięcznie (szacunek):',
			'Krok R4: kwota'
		];
		for (const slip of slips) expect(forbiddenIn(slip), slip).not.toEqual([]);
		expect(forbiddenIn('Zasiłek nie przysługuje, bo dochód przekracza limit.')).toEqual([]);
		expect(forbiddenIn('Osoba samotnie gospodarująca: do 500,00 zł miesięcznie.')).toEqual([]);
		expect(FORBIDDEN_FORMS.length).toBeGreaterThan(20);
	});

	it('the message modules use none of them', () => {
		expect(messageTexts.length).toBeGreaterThan(200);
		expect(offences(messageTexts)).toEqual([]);
	});

	it('the engine’s steps, warnings and errors use none of them', () => {
		const { ours } = engineTexts();
		expect(ours.length).toBeGreaterThan(1000);
		expect(offences(ours)).toEqual([]);
	});

	it('quotations of the order: one passage each, no stray spaces, no dash inside', () => {
		const { quotes } = engineTexts();
		const all = [
			...quotes,
			...Object.entries(QUOTES).map(([k, text]) => ({ where: k, text, layer: 'staff' as const }))
		];
		for (const q of all) {
			expect(q.text, q.where).not.toMatch(/ {2}|^\s|\s$|^[–-]/);
			// Two cells joined into one quote (R3 did: "column | column").
			expect(q.text, q.where).not.toContain(' | ');
		}
	});

	it('the statements’ document lines keep the order’s wording (no quotes added, no double spaces)', () => {
		const lines = strings(verbatimDocument, 'statements.document', 'staff').map((t) => t.text);
		for (const line of lines) expect(line).not.toMatch(/ {2}|"/);
	});
});

describe('the statements’ heading lines', () => {
	it('are the procedure’s attachment header, as in the original form', () => {
		// The order prints each form under two headers: its own attachment header ("Załącznik
		// Nr 2 do zarządzenia Nr 24/2025 …", the order's publishing frame) and the form's own
		// ("Załącznik nr 1 do Procedury postępowania …"). The printed form carries the form's own.
		expect(statementWords.attachment(1)).toEqual([
			'Załącznik nr 1',
			'do Procedury postępowania',
			'w sprawach dotyczących korzystania',
			'z usług ośrodków wsparcia'
		]);
		expect(statementWords.attachment(2)[0]).toBe('Załącznik nr 2');
		expect(statementWords.attachment(2).join(' ')).not.toMatch(/zarządzenia/i);
	});
});
