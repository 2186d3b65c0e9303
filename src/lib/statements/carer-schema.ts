// Statement A's validation (zod): loaded at the first use of the form, not with the page.
import { z } from 'zod/mini';
import { statementErrors as err } from '$messages/statement-errors';
import type { CarerField, CarerForm } from './carer';
import { isPolishPhone, TEXT_LIMITS, type Validation } from './common';
import { applicantShape, collectErrors, required, text, textRequiredWhen } from './schema-common';

export const carerSchema = z
	.object({
		...applicantShape,
		carerTitle: z
			.string()
			.check(z.refine((v) => v === 'Pani' || v === 'Pan', err.carerTitleRequired)),
		carerName: required(TEXT_LIMITS.carerName, err.carerNameRequired),
		carerPhone: text(TEXT_LIMITS.carerPhone, err.carerPhoneFormat, (v) =>
			v.trim() === '' ? err.carerPhoneRequired : isPolishPhone(v) ? undefined : err.carerPhoneFormat
		),
		scope: z.string().check(z.refine((v) => v === 'full' || v === 'limited', err.scopeRequired)),
		scopeLimitedTo: text(TEXT_LIMITS.scopeLimitedTo, err.scopeLimitedToShorter)
	})
	.check(textRequiredWhen('scope', 'limited', 'scopeLimitedTo', err.scopeLimitedToRequired));

export function validateCarer(form: CarerForm): Validation<CarerField> {
	return collectErrors<CarerField>(carerSchema, form);
}
