// The input schema (zod/mini: the classic 'zod' import would add ~17 KB gzip to the first page).
// Structure is checked by zod; amounts go through parseAmount so the typed Polish forms work.
import { z } from 'zod/mini';
import type Decimal from 'decimal.js';
import { assertIsoDate } from './errors';
import { AllowanceInputError, type AllowanceField, type AllowanceProblem } from './errors';
import { parseAmount, ZERO } from './money';
import type { Household } from './parameters';
import { MEMBER_KINDS, type AllowanceInput, type MemberKind } from './types';

export const MAX_FAMILY = 20;

// Each zod `error` is the code of an AllowanceProblem; validateInput turns it back into one.
export const allowanceInputSchema = z.object(
	{
		household: z.enum(['single', 'family'], { error: 'household.choose' }),
		members: z.array(z.enum(MEMBER_KINDS, { error: 'members.kind' }), { error: 'members.list' }),
		income: z.string({ error: 'income.text' }),
		foodPart: z.optional(z.string({ error: 'foodPart.text' })),
		receivesFoodProducts: z.optional(z.boolean({ error: 'receivesFoodProducts.yesNo' })),
		lunchesPerMonth: z.optional(
			z
				.int({ error: 'lunches.integer' })
				.check(
					z.minimum(0, { error: 'lunches.negative' }),
					z.maximum(31, { error: 'lunches.overMonth' })
				)
		),
		date: z.optional(z.string({ error: 'date.text' })),
		criteria: z.optional(
			z.object(
				{
					single: z.string({ error: 'criterion.text.single' }),
					perPerson: z.string({ error: 'criterion.text.perPerson' })
				},
				{ error: 'criteria.both' }
			)
		)
	},
	{ error: 'input.invalid' }
);

/** The problem a zod issue's code names (see the schema above). */
function problemOf(code: string | undefined): AllowanceProblem {
	switch (code) {
		case 'household.choose':
		case 'members.kind':
		case 'members.list':
		case 'income.text':
		case 'foodPart.text':
		case 'receivesFoodProducts.yesNo':
		case 'lunches.integer':
		case 'lunches.negative':
		case 'lunches.overMonth':
		case 'date.text':
		case 'criteria.both':
			return { code };
		case 'criterion.text.single':
			return { code: 'criterion.text', which: 'single' };
		case 'criterion.text.perPerson':
			return { code: 'criterion.text', which: 'perPerson' };
		default:
			return { code: 'input.invalid' };
	}
}

/** The input after validation: exact decimals and a required date. What the pure core takes. */
export interface ValidInput {
	household: Household;
	members: MemberKind[];
	income: Decimal;
	foodPart: Decimal;
	receivesFoodProducts: boolean;
	lunchesPerMonth?: number;
	date: string;
	criteria?: { single: Decimal; perPerson: Decimal };
}

function amount(field: AllowanceField, text: string): Decimal {
	const parsed = parseAmount(text);
	if (!parsed.ok) throw new AllowanceInputError(field, { code: 'amount', problem: parsed.problem });
	return parsed.value;
}

/** A staff override of a criterion: an amount above zero. */
export function criterionAmount(which: 'single' | 'perPerson', text: string): Decimal {
	const field = `criteria.${which}` as const;
	const value = amount(field, text);
	if (value.isZero()) throw new AllowanceInputError(field, { code: 'criterion.zero', which });
	return value;
}

const KNOWN_FIELDS: readonly string[] = [
	'household',
	'members',
	'income',
	'foodPart',
	'receivesFoodProducts',
	'lunchesPerMonth',
	'date',
	'criteria'
];

function fieldOf(path: readonly PropertyKey[]): AllowanceField {
	const [first, second] = path;
	if (first === 'criteria' && (second === 'single' || second === 'perPerson')) {
		return `criteria.${second}`;
	}
	return typeof first === 'string' && KNOWN_FIELDS.includes(first)
		? (first as AllowanceField)
		: 'input';
}

/**
 * Checks the input and turns it into exact values. Throws AllowanceInputError naming the first
 * wrong field. `date` must be resolved by the caller (the core never reads the clock).
 */
export function validateInput(input: unknown, date: string): ValidInput {
	const parsed = z.safeParse(allowanceInputSchema, input);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new AllowanceInputError(fieldOf(issue?.path ?? []), problemOf(issue?.message));
	}
	const data: AllowanceInput = parsed.data;
	const n = data.members.length;
	if (data.household === 'single' && n !== 1) {
		throw new AllowanceInputError('members', { code: 'members.singleIsOne', count: n });
	}
	if (data.household === 'family' && (n < 2 || n > MAX_FAMILY)) {
		throw new AllowanceInputError('members', {
			code: 'members.familySize',
			count: n,
			max: MAX_FAMILY
		});
	}
	const foodText = data.foodPart ?? '';
	return {
		household: data.household,
		members: data.members,
		income: amount('income', data.income),
		foodPart: foodText.trim() === '' ? ZERO : amount('foodPart', foodText),
		receivesFoodProducts: data.receivesFoodProducts ?? false,
		lunchesPerMonth: data.lunchesPerMonth,
		date: assertIsoDate(date),
		criteria: data.criteria && {
			single: criterionAmount('single', data.criteria.single),
			perPerson: criterionAmount('perPerson', data.criteria.perPerson)
		}
	};
}
