// Statement B: resigning from a support centre (Załącznik nr 2 do Procedury; procedure point
// 5.1 a). Part 1 is the resident's; part 2, below a dashed line, is the social worker's note to
// the Benefits Department: blank unless staff fill it, then it repeats part 1's values.
import { statementWords } from './statement-words';
import { formatDateShort } from '$lib/format';
import { paragraph, rule, type Block, type PdfDocument } from '$lib/pdf/model';
import {
	addressLine,
	clean,
	headerBlocks,
	headingBlock,
	longDate,
	orBlank,
	pdfFileName,
	signatureBlocks,
	statementDocument,
	type ApplicantFields
} from './common';

const text = statementWords.resignation;
/** Blanks inside a partly filled sentence (only seen in the live preview). */
const NUMBER_BLANK = '……………………………';
const DATE_BLANK = '……………… 20……';
const CENTRE_BLANK = '…………………………………';

/** The centres named in the brief; 'other' lets the person type another. */
export const CENTRES = [
	'Dom Dziennego Pobytu Nr 1',
	'Dom Dziennego Pobytu Nr 2',
	'Dom Dziennego Pobytu Nr 3',
	'Dom Dziennego Pobytu Nr 4',
	'Dom Dziennego Pobytu Nr 5',
	'Klub Senior+',
	'Ośrodek Wsparcia Dziennego dla Osób z Zespołem Otępiennym'
] as const;

export type Centre = (typeof CENTRES)[number] | 'other';

export interface ResignationForm extends ApplicantFields {
	effectiveDate: string;
	/** '' until chosen. */
	centre: Centre | '';
	centreOther: string;
	decisionNumber: string;
	decisionDate: string;
	/** Used only once edited; until then the applicant's address is (deliveryAddressEdited). */
	deliveryAddress: string;
	deliveryAddressEdited: boolean;
	staffPart: boolean;
	/** The social worker's own date for part 2 (not the resident's); '' leaves the blank. */
	staffDate: string;
	caseMark: string;
}

export type ResignationField = keyof ResignationForm;

/** Field order on the page (and in the error summary). */
export const RESIGNATION_FIELDS: readonly ResignationField[] = [
	'date',
	'name',
	'street',
	'postalCode',
	'effectiveDate',
	'centre',
	'centreOther',
	'decisionNumber',
	'decisionDate',
	'deliveryAddress',
	'staffPart',
	'staffDate',
	'caseMark'
];

export function resignationDefaults(today: string): ResignationForm {
	return {
		date: formatDateShort(today),
		name: '',
		street: '',
		postalCode: '',
		effectiveDate: '',
		centre: '',
		centreOther: '',
		decisionNumber: '',
		decisionDate: '',
		deliveryAddress: '',
		deliveryAddressEdited: false,
		staffPart: false,
		staffDate: '',
		caseMark: ''
	};
}

/** The centre's name as printed; '' if none chosen. */
export function centreName(form: Pick<ResignationForm, 'centre' | 'centreOther'>): string {
	if (form.centre === 'other') return clean(form.centreOther);
	return form.centre;
}

/** The form with the delivery address it stands for: the applicant's until edited. */
export function withDeliveryDefault(form: ResignationForm): ResignationForm {
	return form.deliveryAddressEdited ? form : { ...form, deliveryAddress: addressLine(form) };
}

/** "DPŚ.5121.15.2025" from "15.2025" (or from a full mark typed with its prefix). */
export function caseMark(value: string): string {
	const v = clean(value).replace(/^DP[SŚ]\.?\s*5121\.?\s*/i, '');
	return v ? `${text.caseMarkPrefix}${v}` : `${text.caseMarkPrefix}${text.caseMarkBlank}`;
}

function part1(form: ResignationForm | null): Block[] {
	const effective = form ? longDate(form.effectiveDate) : '';
	const centre = form ? centreName(form) : '';
	const decisionNo = form ? clean(form.decisionNumber) : '';
	const decisionDate = form ? longDate(form.decisionDate) : '';
	const address = form ? clean(form.deliveryAddress) : '';
	return [
		paragraph(
			`${effective ? text.effective(effective) : text.effectiveBlank}\n${centre || text.centreBlank}`,
			{ firstLineIndent: 6, lineHeight: 1.6 }
		),
		paragraph(
			decisionNo || decisionDate
				? text.decision(orBlank(decisionNo, NUMBER_BLANK), decisionDate || DATE_BLANK)
				: text.decisionBlank,
			{ lineHeight: 1.6, spaceBefore: 1 }
		),
		paragraph(`${text.address} ${address || text.addressBlank}`, {
			lineHeight: 1.6,
			spaceBefore: 1
		}),
		...signatureBlocks(text.signature, statementWords.signatureDots, 10)
	];
}

function part2(form: ResignationForm | null): Block[] {
	const staff = form?.staffPart ? form : null;
	const date = staff ? longDate(staff.staffDate) : '';
	const decisionNo = staff ? clean(staff.decisionNumber) : '';
	const decisionDate = staff ? longDate(staff.decisionDate) : '';
	const centre = staff ? centreName(staff) : '';
	const effective = staff ? longDate(staff.effectiveDate) : '';
	const address = staff ? clean(staff.deliveryAddress) : '';
	return [
		rule({ dash: true, spaceBefore: 8, spaceAfter: 6, lineWidth: 0.3 }),
		paragraph(date ? statementWords.placeDate(date) : text.staffPlaceDateBlank, { align: 'right' }),
		paragraph(staff ? caseMark(staff.caseMark) : `${text.caseMarkPrefix}${text.caseMarkBlank}`, {
			spaceBefore: 2
		}),
		paragraph([{ text: text.addressee.join('\n'), bold: true }], { indent: 110, spaceBefore: 4 }),
		paragraph(
			staff
				? text.staffDecision(
						orBlank(decisionNo, NUMBER_BLANK),
						decisionDate || DATE_BLANK,
						centre || CENTRE_BLANK
					)
				: text.staffDecisionBlank,
			{ firstLineIndent: 6, lineHeight: 1.6, spaceBefore: 6 }
		),
		paragraph(effective ? text.staffEffective(effective) : text.staffEffectiveBlank, {
			lineHeight: 1.6
		}),
		paragraph(`${text.address} ${address || text.staffAddressBlank}`, { lineHeight: 1.6 }),
		...signatureBlocks(text.staffSignature, statementWords.signatureDots, 10)
	];
}

/** The statement as a document; `null` gives the blank form with dotted lines. */
export function resignationDocument(input: ResignationForm | null): PdfDocument {
	const form = input && withDeliveryDefault(input);
	return statementDocument(statementWords.resignation.docTitle, [
		...headerBlocks(2, form),
		headingBlock(),
		...part1(form),
		...part2(form)
	]);
}

export function resignationFileName(form: ResignationForm | null): string {
	return pdfFileName(statementWords.resignation.fileName, form ? form.date : null);
}
