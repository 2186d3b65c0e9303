// Statement A's validation (zod): loaded at the first use of the form, not with the page.
import { z } from 'zod/mini';
import { statements as t } from '$lib/messages/pl';
import type { CarerField, CarerForm } from './carer';
import { isPolishPhone, type Validation } from './common';
import { applicantShape, collectErrors, required, textRequiredWhen } from './schema-common';

const err = t.errors;

export const carerSchema = z
	.object({
		...applicantShape,
		carerTitle: z
			.string()
			.check(z.refine((v) => v === 'Pani' || v === 'Pan', err.carerTitleRequired)),
		carerName: required(err.carerNameRequired),
		carerPhone: z.string().check(
			z.superRefine((v, ctx) => {
				if (v.trim() === '') {
					ctx.issues.push({ code: 'custom', message: err.carerPhoneRequired, input: v });
				} else if (!isPolishPhone(v)) {
					ctx.issues.push({ code: 'custom', message: err.carerPhoneFormat, input: v });
				}
			})
		),
		scope: z.string().check(z.refine((v) => v === 'full' || v === 'limited', err.scopeRequired)),
		scopeLimitedTo: z.string()
	})
	.check(textRequiredWhen('scope', 'limited', 'scopeLimitedTo', err.scopeLimitedToRequired));

export function validateCarer(form: CarerForm): Validation<CarerField> {
	return collectErrors<CarerField>(carerSchema, form);
}
