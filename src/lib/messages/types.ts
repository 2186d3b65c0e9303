// The shape every language's messages share. Polish (./pl) is the model: each other language
// declares its modules with Widen<typeof the Polish one>, so a missing or misshapen key fails
// the type check (npm run check), and ./shape.ts checks that every module is there.

/** A Polish message object with its literal strings widened to string: the shape to translate. */
export type Widen<T> = T extends string
	? string
	: T extends number | boolean | null | undefined
		? T
		: T extends (...args: infer A) => infer R
			? (...args: A) => Widen<R>
			: T extends readonly unknown[]
				? { readonly [K in keyof T]: Widen<T[K]> }
				: T extends object
					? { readonly [K in keyof T]: Widen<T[K]> }
					: T;

/**
 * A word's forms by Intl.PluralRules category: Polish and Ukrainian use one, few and many for
 * whole numbers, English one and other; `other` is the form for anything else.
 */
export interface PluralForms {
	one: string;
	few?: string;
	many?: string;
	other: string;
}

/** How a language writes numbers, money and dates (src/lib/format.ts does the writing). */
export interface LocaleFormat {
	/** BCP 47 tag for Intl: 'pl-PL'. */
	intl: string;
	/** Intl options for money, and what follows the number ("" when Intl writes the currency). */
	money: { options: Intl.NumberFormatOptions; suffix: string };
	/** What follows a percentage: "\u00a0%" or "%". */
	percentSuffix: string;
	/** Month names as they stand after a day: "23 listopada 2026". */
	monthsAfterDay: readonly [
		string,
		string,
		string,
		string,
		string,
		string,
		string,
		string,
		string,
		string,
		string,
		string
	];
	/** A date with the month's name, in this language's order. */
	dateLong: (day: number, month: string, year: string) => string;
}

/** What the kiosk's inactivity warning will clear: the page's own work, named so a person knows. */
export type KioskWork = 'calculation' | 'statement' | 'other';
