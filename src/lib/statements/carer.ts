// Statement A: designating a de-facto carer (Załącznik nr 1 do Procedury; procedure point 2.2).
// The fields, their defaults and the document model (form or blank → PdfDocument); the zod
// schema is in carer-schema.ts, loaded at the first use of the form.
import { statementWords } from './statement-words';
import { formatDateShort } from '$lib/format';
import { paragraph, type Block, type PdfDocument } from '$lib/pdf/model';
import {
	clean,
	headerBlocks,
	headingBlock,
	orBlank,
	pdfFileName,
	signatureBlocks,
	statementDocument,
	type ApplicantFields
} from './common';

const text = statementWords.carer;

export type CarerTitle = 'Pani' | 'Pan';
export type Scope = 'full' | 'limited';

export interface CarerForm extends ApplicantFields {
	/** '' until chosen. */
	carerTitle: CarerTitle | '';
	carerName: string;
	carerPhone: string;
	/** '' until chosen. */
	scope: Scope | '';
	scopeLimitedTo: string;
}

export type CarerField = keyof CarerForm;

/** Field order on the page (and in the error summary). */
export const CARER_FIELDS: readonly CarerField[] = [
	'date',
	'name',
	'street',
	'postalCode',
	'carerTitle',
	'carerName',
	'carerPhone',
	'scope',
	'scopeLimitedTo'
];

export function carerDefaults(today: string): CarerForm {
	return {
		date: formatDateShort(today),
		name: '',
		street: '',
		postalCode: '',
		carerTitle: '',
		carerName: '',
		carerPhone: '',
		scope: '',
		scopeLimitedTo: ''
	};
}

/** The statement as a document; `null` gives the blank form with dotted lines. */
export function carerDocument(form: CarerForm | null): PdfDocument {
	const title = form?.carerTitle ? text.title[form.carerTitle] : text.titleBlank;
	const name = form ? orBlank(form.carerName, text.nameBlank) : text.nameBlank;
	const phone = form ? orBlank(form.carerPhone, text.phoneBlank) : text.phoneBlank;
	const limitedTo = form ? clean(form.scopeLimitedTo) : '';
	const scope = form?.scope ?? '';

	const blocks: Block[] = [
		...headerBlocks(1, form),
		headingBlock(),
		paragraph(`${text.intro} ${title} ${name} ${text.phone} ${phone}`, {
			firstLineIndent: 6,
			lineHeight: 1.6
		}),
		paragraph(text.access, { spaceBefore: 2, keepWithNext: true }),
		paragraph(text.full, {
			mark: scope === 'full' ? 'checked' : 'unchecked',
			spaceBefore: 1.5
		}),
		paragraph(
			`${text.limited} ${scope === 'limited' && limitedTo ? limitedTo : text.limitedBlank}*`,
			{ mark: scope === 'limited' ? 'checked' : 'unchecked', spaceBefore: 1.5 }
		),
		paragraph(text.footnote, { size: 9, spaceBefore: 3 }),
		...signatureBlocks(text.signature)
	];
	return statementDocument(statementWords.carer.docTitle, blocks);
}

export function carerFileName(form: CarerForm | null): string {
	return pdfFileName(statementWords.carer.fileName, form ? form.date : null);
}
