// Statement B's validation (zod): loaded at the first use of the form, not with the page.
import { z } from 'zod/mini';
import { statementErrors as err } from '$messages/statement-errors';
import { parseDate, TEXT_LIMITS, type Validation } from './common';
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
	text,
	textRequiredWhen
} from './schema-common';

const centreValues: readonly string[] = [...CENTRES, 'other'];

/** The schema depends on today: a decision cannot be dated after it. */
export function resignationSchema(today: string) {
	return z
		.object({
			...applicantShape,
			effectiveDate: requiredDate(TEXT_LIMITS.effectiveDate, err.effectiveDateRequired),
			centre: z.string().check(z.refine((v) => centreValues.includes(v), err.centreRequired)),
			centreOther: text(TEXT_LIMITS.centreOther, err.centreOtherRequired),
			// The decision's number and date may be left blank on purpose: the printout keeps the
			// dotted lines and the Ośrodek fills them in (issue 14).
			decisionNumber: text(TEXT_LIMITS.decisionNumber, err.decisionNumberShorter),
			decisionDate: optionalDate(TEXT_LIMITS.decisionDate).check(
				z.refine((v) => (parseDate(v) ?? '') <= today, err.decisionDateFuture)
			),
			deliveryAddress: required(TEXT_LIMITS.deliveryAddress, err.deliveryAddressRequired),
			deliveryAddressEdited: z.boolean(),
			staffPart: z.boolean(),
			// The social worker's part: anything typed may stay, within its length.
			staffDate: text(TEXT_LIMITS.staffDate, err.dateInvalid),
			caseMark: text(TEXT_LIMITS.caseMark, err.caseMarkShorter)
		})
		.check(textRequiredWhen('centre', 'other', 'centreOther', err.centreOtherRequired));
}

export function validateResignation(
	form: ResignationForm,
	today: string
): Validation<ResignationField> {
	return collectErrors<ResignationField>(resignationSchema(today), withDeliveryDefault(form));
}
