// Every sentence is translated: a string of the Ukrainian or English messages that is the same
// as the Polish one at the same place is listed, so an untranslated sentence cannot slip through
// unnoticed. Message functions are called with sample arguments; the explanation of each step
// kind is worded for real calculations, and every problem the engine reports is worded too.
import { describe, expect, it } from 'vitest';
import { calculateAllowance, type AllowanceInput, type AllowanceProblem } from '$lib/rules';
import type { AmountProblem } from '$lib/rules/amount-text';
import * as plIndex from './pl/index';
import * as ukIndex from './uk/index';
import * as enIndex from './en/index';
import * as plResult from './pl/calculator-result';
import * as ukResult from './uk/calculator-result';
import * as enResult from './en/calculator-result';
import * as plSources from './pl/sources';
import * as ukSources from './uk/sources';
import * as enSources from './en/sources';
import * as plGuide from './pl/guide';
import * as ukGuide from './uk/guide';
import * as enGuide from './en/guide';
import * as plSteps from './pl/steps';
import * as ukSteps from './uk/steps';
import * as enSteps from './en/steps';
import * as plErrors from './pl/errors';
import * as ukErrors from './uk/errors';
import * as enErrors from './en/errors';
import * as plCalcErrors from './pl/calculator-errors';
import * as ukCalcErrors from './uk/calculator-errors';
import * as enCalcErrors from './en/calculator-errors';
import * as plStatementErrors from './pl/statement-errors';
import * as ukStatementErrors from './uk/statement-errors';
import * as enStatementErrors from './en/statement-errors';
import * as plStatementsIndex from './pl/statements-index';
import * as ukStatementsIndex from './uk/statements-index';
import * as enStatementsIndex from './en/statements-index';
import * as plCarerFields from './pl/carer-fields';
import * as ukCarerFields from './uk/carer-fields';
import * as enCarerFields from './en/carer-fields';
import * as plResignationFields from './pl/resignation-fields';
import * as ukResignationFields from './uk/resignation-fields';
import * as enResignationFields from './en/resignation-fields';
import * as plStatementKiosk from './pl/statement-kiosk';
import * as ukStatementKiosk from './uk/statement-kiosk';
import * as enStatementKiosk from './en/statement-kiosk';
import * as plMaxima from './pl/maxima-tables';
import * as ukMaxima from './uk/maxima-tables';
import * as enMaxima from './en/maxima-tables';
import * as ukQuotes from './uk/quotes';
import * as ukProcedure from './uk/procedure-quotes';
import * as enProcedure from './en/procedure-quotes';
import * as enQuotes from './en/quotes';
import { QUOTES, REFS } from '$lib/rules/parameters';
import * as ukRefs from './uk/refs';
import { wordRef } from './ref-translation';
import * as enRefs from './en/refs';
import { ALL_POINTS } from '$lib/procedure/points';

/**
 * Places where the same text is right in every language, with the reason. Keep it short: a
 * name or a code, never a sentence.
 */
const SAME_EVERYWHERE: Record<string, string> = {
	'carerFields.carerTitle.options.Pani': 'printed into the Polish statement as chosen',
	'carerFields.carerTitle.options.Pan': 'printed into the Polish statement as chosen'
};

/** The rule ids and page anchors of /zrodla/ (R1…, #pkt-1): addresses, not words. */
const IDENTIFIER = /^calculatorSources\.rules\[\d+\]\.(id|anchor)$/;

/** Every string in a message object by its path; functions are called with sample arguments. */
function leaves(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
	if (typeof value === 'string') {
		if (value.trim() !== '') out.set(path, value);
	} else if (typeof value === 'function') {
		for (const args of [
			[3, 3, 3],
			['X', 'X', 'X'],
			['X', 3, 'X']
		]) {
			try {
				leaves((value as (...a: unknown[]) => unknown)(...args), `${path}(${args})`, out);
			} catch {
				// These arguments do not fit this function: another sample will.
			}
		}
	} else if (Array.isArray(value)) {
		value.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
	}
	return out;
}

function untranslated(pl: unknown, other: unknown): string[] {
	const polish = leaves(pl, '', new Map());
	const translated = leaves(other, '', new Map());
	const same: string[] = [];
	for (const [path, text] of polish) {
		const base = path.replace(/\(.*$/, '');
		if (SAME_EVERYWHERE[base] || IDENTIFIER.test(base)) continue;
		if (translated.get(path) === text) same.push(`${path}: ${text}`);
	}
	return same;
}

const MODULES = {
	'index (common, calculator, statements, kiosk)': [plIndex, ukIndex, enIndex],
	'calculator-result': [plResult, ukResult, enResult],
	sources: [plSources, ukSources, enSources],
	guide: [plGuide, ukGuide, enGuide],
	'calculator-errors': [plCalcErrors, ukCalcErrors, enCalcErrors],
	'statement-errors': [plStatementErrors, ukStatementErrors, enStatementErrors],
	'statements-index': [plStatementsIndex, ukStatementsIndex, enStatementsIndex],
	'carer-fields': [plCarerFields, ukCarerFields, enCarerFields],
	'resignation-fields': [plResignationFields, ukResignationFields, enResignationFields],
	'statement-kiosk': [plStatementKiosk, ukStatementKiosk, enStatementKiosk],
	'maxima-tables': [plMaxima, ukMaxima, enMaxima]
} as const;

describe('no Polish sentence is left in Ukrainian or English', () => {
	for (const [name, [pl, uk, en]] of Object.entries(MODULES)) {
		it(`${name}: Ukrainian`, () => expect(untranslated(pl, uk)).toEqual([]));
		it(`${name}: English`, () => expect(untranslated(pl, en)).toEqual([]));
	}

	const inputs: AllowanceInput[] = [
		{
			household: 'single',
			members: ['none'],
			income: '700.00',
			foodPart: '0',
			receivesFoodProducts: false
		},
		{
			household: 'single',
			members: ['centre'],
			income: '1500.00',
			foodPart: '120.00',
			receivesFoodProducts: false,
			lunchesPerMonth: 20
		},
		{
			household: 'single',
			members: ['none'],
			income: '2500.00',
			foodPart: '0',
			receivesFoodProducts: false
		},
		{
			household: 'family',
			members: ['none', 'centre', 'meals'],
			income: '2000.00',
			foodPart: '95.50',
			receivesFoodProducts: true,
			lunchesPerMonth: 1
		},
		{
			household: 'family',
			members: ['none', 'none'],
			income: '3000.00',
			foodPart: '0',
			receivesFoodProducts: false,
			criteria: { single: '1100.00', perPerson: '900.00' }
		},
		{
			household: 'family',
			members: ['meals', 'meals'],
			income: '1000.00',
			foodPart: '0',
			receivesFoodProducts: false
		}
	].map((i) => ({ date: '2026-11-23', ...i }) as AllowanceInput);

	it.each([
		['Ukrainian', ukSteps],
		['English', enSteps]
	] as const)('every step of real calculations is worded in %s', (_, steps) => {
		const same: string[] = [];
		for (const input of inputs) {
			const result = calculateAllowance(input, '2026-11-23');
			for (const step of result.steps) {
				const pl = plSteps.wordStep(step);
				const other = steps.wordStep(step);
				if (other.title === pl.title) same.push(`${step.kind} title: ${pl.title}`);
				if (other.text === pl.text) same.push(`${step.kind} text: ${pl.text}`);
				other.values.forEach((v, i) => {
					if (v.label === pl.values[i]?.label) same.push(`${step.kind} label: ${v.label}`);
				});
			}
			for (const w of result.warnings) {
				if (steps.wordWarning(w) === plSteps.wordWarning(w)) same.push(`warning ${w.kind}`);
			}
		}
		expect(same).toEqual([]);
	});

	const problems: AllowanceProblem[] = [
		{ code: 'input.invalid' },
		{ code: 'household.choose' },
		{ code: 'members.list' },
		{ code: 'members.kind' },
		{ code: 'members.singleIsOne', count: 2 },
		{ code: 'members.familySize', count: 21, max: 20 },
		{ code: 'members.count', max: 20 },
		{ code: 'income.text' },
		{ code: 'foodPart.text' },
		{ code: 'receivesFoodProducts.yesNo' },
		{ code: 'lunches.integer' },
		{ code: 'lunches.negative' },
		{ code: 'lunches.overMonth' },
		{ code: 'date.text' },
		{ code: 'date.format', text: '32.13.2026' },
		{ code: 'date.beforeOrder', date: '2025-01-01', orderFrom: '2025-11-20' },
		{ code: 'date.noCriteria', date: '2021-01-01', knownFrom: '2022-01-01' },
		{ code: 'criteria.both' },
		{ code: 'criterion.text', which: 'single' },
		{ code: 'criterion.zero', which: 'perPerson' }
	] as AllowanceProblem[];
	const amountProblems: AmountProblem[] = [
		{ kind: 'empty' },
		{ kind: 'negative' },
		{ kind: 'plus' },
		{ kind: 'characters' },
		{ kind: 'meant', whole: '1650', fraction: '' },
		{ kind: 'marks' },
		{ kind: 'fraction' },
		{ kind: 'fractionLength' },
		{ kind: 'noWhole' },
		{ kind: 'spaces' },
		{ kind: 'tooLarge' }
	] as AmountProblem[];

	it.each([
		['Ukrainian', ukErrors],
		['English', enErrors]
	] as const)('every input problem is worded in %s', (_, errors) => {
		const same = [
			...problems.filter((p) => errors.allowanceMessage(p) === plErrors.allowanceMessage(p)),
			...amountProblems.filter((p) => errors.amountMessage(p) === plErrors.amountMessage(p))
		];
		expect(same).toEqual([]);
	});

	it.each([
		['Ukrainian', ukQuotes, ukProcedure],
		['English', enQuotes, enProcedure]
	] as const)(
		'every quote of the order and the procedure has a %s translation',
		(_, quotes, procedure) => {
			const order = quotes.orderQuotes;
			const points = procedure.procedureQuotes;
			const missing = [
				...Object.entries(QUOTES)
					.filter(
						([key, text]) =>
							!order[key as keyof typeof QUOTES] || order[key as keyof typeof QUOTES] === text
					)
					.map(([key]) => key),
				...ALL_POINTS.filter((p) => !points[p.id] || points[p.id] === p.quote).map((p) => p.id)
			];
			expect(missing).toEqual([]);
			expect(quotes.translationLabel).not.toBe('');
		}
	);
});

describe('every place of the law a step cites is worded in Ukrainian and English too', () => {
	const refs = [
		...Object.values({
			p1: REFS.point(1),
			p4: REFS.point(4),
			t3: REFS.table(3),
			c1: REFS.tableColumn(1, 1),
			c4: REFS.tableColumn(4, 2),
			pt: REFS.pointAndTable(2, 1),
			under: REFS.underTable(3),
			lunches: REFS.lunchTables,
			manual: REFS.manualCriterion
		}),
		'§ 1 pkt 1',
		'§ 1 pkt 2'
	];
	it.each([
		['Ukrainian', ukRefs.refPatterns],
		['English', enRefs.refPatterns]
	] as const)('in %s', (_, patterns) => {
		const unworded = refs.filter((ref) => !patterns.some(([re]) => re.test(ref)));
		expect(unworded).toEqual([]);
	});

	it.each([
		[
			REFS.tableColumn(3, 2),
			'додаток № 4, таблиця № 3, другий стовпець',
			'attachment No. 4, table No. 3, second column'
		],
		[
			REFS.pointAndTable(2, 1),
			'додаток № 4, пункт 2 і таблиця № 1',
			'attachment No. 4, point 2 and table No. 1'
		],
		[REFS.lunchTables, 'додаток № 4, таблиці № 2 і № 4', 'attachment No. 4, tables No. 2 and 4']
	])('%s is worded %j and %j', (ref, uk, en) => {
		expect(wordRef(ukRefs.refPatterns, ref)).toBe(uk);
		expect(wordRef(enRefs.refPatterns, ref)).toBe(en);
	});
});
