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

/** Invalid input: names the field and says in Polish what to type instead. */
export class AllowanceInputError extends Error {
	override readonly name = 'AllowanceInputError';
	constructor(
		readonly field: AllowanceField,
		message: string
	) {
		super(message);
	}
}
