// The zod side of the statements' validation: shared checks for the applicant's fields and the
// mapping of zod issues to one message per field. With zod, it is loaded at the first use of a
// form (StatementFormState.prepare), not with the page.
import { z } from 'zod/mini';
import { statements as t } from '$lib/messages/pl';
import {
	normalisePostalCode,
	parseDate,
	POSTAL_CODE,
	type FieldErrors,
	type Validation
} from './common';

const err = t.errors;

/** A required text field: trimmed, non-empty. */
export function required(message: string) {
	return z.string().check(z.refine((v) => v.trim().length > 0, message));
}

/** A required date, as people write it (see parseDate). */
export function requiredDate(missing: string, invalid: string = err.dateInvalid) {
	return z.string().check(
		z.superRefine((v, ctx) => {
			if (v.trim() === '') ctx.issues.push({ code: 'custom', message: missing, input: v });
			else if (!parseDate(v)) ctx.issues.push({ code: 'custom', message: invalid, input: v });
		})
	);
}

/** A date that may be left blank (the document keeps its dotted line); if typed, a real one. */
export function optionalDate(invalid: string = err.dateInvalid) {
	return z.string().check(
		z.superRefine((v, ctx) => {
			if (v.trim() !== '' && !parseDate(v)) {
				ctx.issues.push({ code: 'custom', message: invalid, input: v });
			}
		})
	);
}

export const applicantShape = {
	date: requiredDate(err.dateRequired),
	name: required(err.nameRequired),
	street: required(err.streetRequired),
	postalCode: z.string().check(
		z.superRefine((v, ctx) => {
			const code = normalisePostalCode(v);
			if (code === '') {
				ctx.issues.push({ code: 'custom', message: err.postalCodeRequired, input: v });
			} else if (!POSTAL_CODE.test(code)) {
				ctx.issues.push({ code: 'custom', message: err.postalCodeFormat, input: v });
			}
		})
	)
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
