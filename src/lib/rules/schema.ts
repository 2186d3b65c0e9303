// The input schema (zod/mini: the classic 'zod' import would add ~17 KB gzip to the first page).
// Structure is checked by zod; amounts go through parseAmount so the typed Polish forms work.
import { z } from 'zod/mini';
import type Decimal from 'decimal.js';
import { assertIsoDate } from './dates';
import { AllowanceInputError, type AllowanceField } from './errors';
import { parseAmount, ZERO } from './money';
import type { Household } from './parameters';
import { MEMBER_KINDS, type AllowanceInput, type MemberKind } from './types';

export const MAX_FAMILY = 20;

const KIND_NAMES = '„none” (nie korzysta), „centre” (ośrodek wsparcia) lub „meals” (posiłek)';

export const allowanceInputSchema = z.object({
	household: z.enum(['single', 'family'], {
		error: 'Wybierz: osoba samotnie gospodarująca albo rodzina.'
	}),
	members: z.array(z.enum(MEMBER_KINDS, { error: `Dla każdej osoby wybierz: ${KIND_NAMES}.` }), {
		error: 'Podaj, jak każda osoba korzysta z ośrodka wsparcia.'
	}),
	income: z.string({ error: 'Wpisz dochód w złotych, np. 2469,50' }),
	foodPart: z.optional(z.string({ error: 'Wpisz kwotę w złotych, np. 123,45 (albo 0)' })),
	receivesFoodProducts: z.optional(z.boolean({ error: 'Zaznacz tak albo nie.' })),
	lunchesPerMonth: z.optional(
		z
			.int({ error: 'Wpisz liczbę obiadów w miesiącu: liczbę całkowitą od 0 do 31, np. 20.' })
			.check(
				z.minimum(0, { error: 'Liczba obiadów nie może być ujemna; wpisz od 0 do 31, np. 20.' }),
				z.maximum(31, { error: 'W miesiącu jest najwyżej 31 dni; wpisz od 0 do 31, np. 20.' })
			)
	),
	date: z.optional(z.string({ error: 'Podaj datę w postaci rrrr-mm-dd, np. 2025-12-01.' })),
	criteria: z.optional(
		z.object(
			{
				single: z.string({ error: 'Wpisz kryterium w złotych, np. 1010,00' }),
				perPerson: z.string({ error: 'Wpisz kryterium w złotych, np. 823,00' })
			},
			{ error: 'Podaj oba kryteria: dla osoby samotnie gospodarującej i na osobę w rodzinie.' }
		)
	)
});

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
	if (!parsed.ok) throw new AllowanceInputError(field, parsed.message);
	return parsed.value;
}

/** A staff override of a criterion: an amount above zero. */
export function criterionAmount(field: AllowanceField, text: string, example: string): Decimal {
	const value = amount(field, text);
	if (value.isZero()) {
		throw new AllowanceInputError(field, `Kryterium musi być większe od zera, np. ${example}`);
	}
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
		throw new AllowanceInputError(
			fieldOf(issue?.path ?? []),
			issue?.message ?? 'Sprawdź dane w formularzu.'
		);
	}
	const data: AllowanceInput = parsed.data;
	const n = data.members.length;
	if (data.household === 'single' && n !== 1) {
		throw new AllowanceInputError(
			'members',
			`Osoba samotnie gospodarująca to 1 osoba (podano ${n}). Dla 2 lub więcej osób wybierz „rodzina”.`
		);
	}
	if (data.household === 'family' && (n < 2 || n > MAX_FAMILY)) {
		throw new AllowanceInputError(
			'members',
			`Rodzina to od 2 do ${MAX_FAMILY} osób (podano ${n}). Dla 1 osoby wybierz „osoba samotnie gospodarująca”.`
		);
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
			single: criterionAmount('criteria.single', data.criteria.single, '1010,00'),
			perPerson: criterionAmount('criteria.perPerson', data.criteria.perPerson, '823,00')
		}
	};
}
