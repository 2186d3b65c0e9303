// The zod side of the statements' validation: shared checks for the applicant's fields and the
// mapping of zod issues to one message per field. With zod, it is loaded at the first use of a
// form (StatementFormState.prepare), not with the page.
import { z } from 'zod/mini';
import { statementErrors as err } from '$messages/statement-errors';
import { tooLong } from '$lib/text-limit';
import {
	normalisePostalCode,
	parseDate,
	POSTAL_CODE,
	TEXT_LIMITS,
	type FieldErrors,
	type Validation
} from './common';

/**
 * A text field: its length limit first (a text too long is told so, with `what` to type, and
 * is not read further), then `check`, which returns the field's message or undefined.
 */
export function text(
	max: number,
	what: string,
	check: (value: string) => string | undefined = () => undefined
) {
	return z.string().check(
		z.superRefine((v, ctx) => {
			const message = tooLong(v, max, what) ?? check(v);
			if (message) ctx.issues.push({ code: 'custom', message, input: v });
		})
	);
}

/** A required text field: trimmed, non-empty. */
export function required(max: number, message: string) {
	return text(max, message, (v) => (v.trim() === '' ? message : undefined));
}

/** A required date, as people write it (see parseDate). */
export function requiredDate(max: number, missing: string, invalid: string = err.dateInvalid) {
	return text(max, missing, (v) =>
		v.trim() === '' ? missing : parseDate(v) ? undefined : invalid
	);
}

/** A date that may be left blank (the document keeps its dotted line); if typed, a real one. */
export function optionalDate(max: number, invalid: string = err.dateInvalid) {
	return text(max, invalid, (v) => (v.trim() !== '' && !parseDate(v) ? invalid : undefined));
}

export const applicantShape = {
	date: requiredDate(TEXT_LIMITS.date, err.dateRequired),
	name: required(TEXT_LIMITS.name, err.nameRequired),
	street: required(TEXT_LIMITS.street, err.streetRequired),
	postalCode: text(TEXT_LIMITS.postalCode, err.postalCodeFormat, (v) => {
		const code = normalisePostalCode(v);
		if (code === '') return err.postalCodeRequired;
		return POSTAL_CODE.test(code) ? undefined : err.postalCodeFormat;
	})
};

/**
 * Options for a form-level check: run it even when single fields already failed, so that every
 * problem is listed at once (zod skips such checks by default). The form is always an object.
 */
export const ALWAYS = {
	when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null
};

/**
 * A form-level check: when `choice` holds `chosen`, the text field `text` must not be blank
 * ("w zakresie ograniczonym do…", "Inny ośrodek"). The error is reported on the text field.
 */
export function textRequiredWhen<F extends Record<string, unknown>>(
	choice: keyof F & string,
	chosen: string,
	text: keyof F & string,
	message: string
) {
	return z.superRefine<F>((form, ctx) => {
		const value = form[text];
		if (form[choice] === chosen && (typeof value !== 'string' || value.trim() === '')) {
			ctx.issues.push({ code: 'custom', message, path: [text], input: value });
		}
	}, ALWAYS);
}

/** Runs a schema and maps its issues to the first message per field. */
export function collectErrors<K extends string>(
	schema: z.ZodMiniType,
	form: unknown
): Validation<K> {
	const result = z.safeParse(schema, form);
	if (result.success) return { ok: true };
	const errors: FieldErrors<K> = {};
	for (const issue of result.error.issues) {
		const key = issue.path[0] as K | undefined;
		if (key !== undefined && errors[key] === undefined) errors[key] = issue.message;
	}
	return { ok: false, errors };
}
