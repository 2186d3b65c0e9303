// The state of one statement form in the page: the values as typed, which fields the person has
// left (blur) and whether they have tried to make the PDF. Errors show for a field after it is
// left or after the first try, GOV.UK style. Nothing here is stored anywhere but memory.
// The validation (zod and the form's schema) is its own chunk, fetched by prepare() at the first
// use of the form: an untouched form has nothing to check, and the first visit stays light.
import type { FieldErrors, Validation } from './common';

export type Validator<F> = (values: F) => Validation<keyof F & string>;

/** Before the validation has arrived: nothing to say yet. */
const PENDING = { ok: false, errors: {} } as const;

export class StatementFormState<F extends object> {
	values: F = $state() as F;
	/** Fields the person has left at least once. */
	touched: Partial<Record<keyof F & string, true>> = $state({});
	/** The person has tried to make the PDF at least once. */
	submitted = $state(false);

	#defaults: () => F;
	/** The values as last downloaded or printed, or as the form started (JSON). */
	#kept = '';
	#load: () => Promise<Validator<F>>;
	#loading: Promise<Validator<F>> | null = null;
	#validate: Validator<F> | null = $state.raw(null);

	constructor(defaults: () => F, load: () => Promise<Validator<F>>) {
		this.#defaults = defaults;
		this.#load = load;
		this.values = defaults();
		this.#kept = JSON.stringify(this.values);
	}

	/** Something typed that was neither downloaded nor printed: leaving the page would lose it. */
	unsaved(): boolean {
		return JSON.stringify(this.values) !== this.#kept;
	}

	/** The person has the statement as it is now (a PDF downloaded or printed). */
	markSaved(): void {
		this.#kept = JSON.stringify(this.values);
	}

	/** Fetches the validation once (again after a failed try); resolves when it is there. */
	prepare(): Promise<Validator<F>> {
		this.#loading ??= this.#load().then(
			(validate) => (this.#validate = validate),
			(error: unknown) => {
				this.#loading = null;
				throw error;
			}
		);
		return this.#loading;
	}

	/** Every current problem, whether shown or not (none known before the validation arrives). */
	readonly validation: Validation<keyof F & string> = $derived.by(() =>
		this.#validate ? this.#validate(this.values) : PENDING
	);

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

	/** Marks the form as tried; true if it is valid. Waits for the validation if need be. */
	async submit(): Promise<boolean> {
		await this.prepare();
		this.submitted = true;
		return this.validation.ok;
	}

	reset(): void {
		this.values = this.#defaults();
		this.#kept = JSON.stringify(this.values);
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

/**
 * The values as the document shows them: a text field with an error is left empty, so the
 * preview, and the page printed with it (Ctrl+P, which no check stops), keep that field's
 * dotted line to be filled in by hand instead of a value the form refuses (a day that does not
 * exist, an eight-digit phone, a pasted page). The PDF is only made when there is no error, so
 * it is the same document.
 */
export function withoutInvalid<F extends object>(
	values: F,
	errors: FieldErrors<keyof F & string>
): F {
	const out = { ...values };
	for (const key of Object.keys(errors) as (keyof F & string)[]) {
		if (errors[key] && typeof out[key] === 'string') (out[key] as string) = '';
	}
	return out;
}
