// Invalid input, as data: which field, what is wrong and the values involved. The sentence that
// tells a person what to type instead is made by the message modules
// (src/lib/messages/<language>/errors.ts), so every language words the same problem.
import { isIsoDate } from './dates';
import type { AmountProblem } from './amount-text';

/** The input fields an error can name (dotted for nested ones: "criteria.single"). */
export type AllowanceField =
	| 'input'
	| 'household'
	| 'members'
	| 'income'
	| 'foodPart'
	| 'receivesFoodProducts'
	| 'lunchesPerMonth'
	| 'date'
	| 'criteria'
	| 'criteria.single'
	| 'criteria.perPerson';

/** What is wrong. */
export type AllowanceProblem =
	/** Not an object at all, or a value of a shape the calculator does not know. */
	| { code: 'input.invalid' }
	| { code: 'household.choose' }
	| { code: 'members.list' }
	| { code: 'members.kind' }
	/** A single person's household has exactly one member (`count` were given). */
	| { code: 'members.singleIsOne'; count: number }
	/** A family has 2 to `max` members (`count` were given). */
	| { code: 'members.familySize'; count: number; max: number }
	/** A number of persons outside 1 to `max`. */
	| { code: 'members.count'; max: number }
	| { code: 'income.text' }
	| { code: 'foodPart.text' }
	| { code: 'receivesFoodProducts.yesNo' }
	| { code: 'lunches.integer' }
	| { code: 'lunches.negative' }
	| { code: 'lunches.overMonth' }
	| { code: 'date.text' }
	/** Not a real date written yyyy-mm-dd. */
	| { code: 'date.format'; text: string }
	/** Before the order: the centre's amounts are not known. */
	| { code: 'date.beforeOrder'; date: string; orderFrom: string }
	/** No statutory criteria recorded for the date. */
	| { code: 'date.noCriteria'; date: string; knownFrom: string }
	| { code: 'criteria.both' }
	| { code: 'criterion.text'; which: 'single' | 'perPerson' }
	| { code: 'criterion.zero'; which: 'single' | 'perPerson' }
	/** An amount that is not one the calculator reads. */
	| { code: 'amount'; problem: AmountProblem };

export type AllowanceErrorCode = AllowanceProblem['code'];

/** Invalid input: names the field and what is wrong (`problem`); the message is made at the edge. */
export class AllowanceInputError extends Error {
	override readonly name = 'AllowanceInputError';
	constructor(
		readonly field: AllowanceField,
		readonly problem: AllowanceProblem
	) {
		super(`${field}: ${problem.code}`);
	}
}

/** The date as it is, if it is a real date written yyyy-mm-dd; else the input error. */
export function assertIsoDate(text: string): string {
	if (!isIsoDate(text)) {
		throw new AllowanceInputError('date', { code: 'date.format', text });
	}
	return text;
}
