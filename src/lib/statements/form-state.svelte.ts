// The state of one statement form in the page: the values as typed, which fields the person has
// left (blur) and whether they have tried to make the PDF. Errors show for a field after it is
// left or after the first try, GOV.UK style. Nothing here is stored anywhere but memory.
import type { FieldErrors, Validation } from './common';

export class StatementFormState<F extends object> {
	values: F = $state() as F;
	/** Fields the person has left at least once. */
	touched: Partial<Record<keyof F & string, true>> = $state({});
	/** The person has tried to make the PDF at least once. */
	submitted = $state(false);

	#defaults: () => F;
	#validate: (values: F) => Validation<keyof F & string>;

	constructor(defaults: () => F, validate: (values: F) => Validation<keyof F & string>) {
		this.#defaults = defaults;
		this.#validate = validate;
		this.values = defaults();
	}

	/** Every current problem, whether shown or not. */
	readonly validation = $derived.by(() => this.#validate(this.values));

	readonly allErrors: FieldErrors<keyof F & string> = $derived(
		this.validation.ok ? {} : this.validation.errors
	);

	/** The errors to show: all after a try, else only for fields already left. */
	readonly errors: FieldErrors<keyof F & string> = $derived.by(() => {
		if (this.submitted) return this.allErrors;
		const shown: FieldErrors<keyof F & string> = {};
		for (const key of Object.keys(this.allErrors) as (keyof F & string)[]) {
			if (this.touched[key]) shown[key] = this.allErrors[key];
		}
		return shown;
	});

	blur(field: keyof F & string): void {
		this.touched[field] = true;
	}

	/** Marks the form as tried; true if it is valid. */
	submit(): boolean {
		this.submitted = true;
		return this.validation.ok;
	}

	reset(): void {
		this.values = this.#defaults();
		this.touched = {};
		this.submitted = false;
	}
}

/** The errors in field order, for the error summary; `idOf` maps a field to its input id. */
export function summaryErrors<K extends string>(
	errors: FieldErrors<K>,
	order: readonly K[],
	idOf: (field: K) => string
): { id: string; message: string }[] {
	return order.flatMap((field) => {
		const message = errors[field];
		return message ? [{ id: idOf(field), message }] : [];
	});
}
