// Statement B's validation (zod): loaded at the first use of the form, not with the page.
import { z } from 'zod/mini';
import { statements as t } from '$lib/messages/pl';
import { parseDate, type Validation } from './common';
import {
	CENTRES,
	withDeliveryDefault,
	type ResignationField,
	type ResignationForm
} from './resignation';
import {
	applicantShape,
	collectErrors,
	optionalDate,
	required,
	requiredDate,
	textRequiredWhen
} from './schema-common';

const err = t.errors;

const centreValues: readonly string[] = [...CENTRES, 'other'];

/** The schema depends on today: a decision cannot be dated after it. */
export function resignationSchema(today: string) {
	return z
		.object({
			...applicantShape,
			effectiveDate: requiredDate(err.effectiveDateRequired),
			centre: z.string().check(z.refine((v) => centreValues.includes(v), err.centreRequired)),
			centreOther: z.string(),
			// The decision's number and date may be left blank on purpose: the printout keeps the
			// dotted lines and the Ośrodek fills them in (issue 14).
			decisionNumber: z.string(),
			decisionDate: optionalDate().check(
				z.refine((v) => (parseDate(v) ?? '') <= today, err.decisionDateFuture)
			),
			deliveryAddress: required(err.deliveryAddressRequired),
			deliveryAddressEdited: z.boolean(),
			staffPart: z.boolean(),
			staffDate: z.string(),
			caseMark: z.string()
		})
		.check(textRequiredWhen('centre', 'other', 'centreOther', err.centreOtherRequired));
}

export function validateResignation(
	form: ResignationForm,
	today: string
): Validation<ResignationField> {
	return collectErrors<ResignationField>(resignationSchema(today), withDeliveryDefault(form));
}
