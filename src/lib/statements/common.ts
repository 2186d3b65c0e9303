// What both statements share: the applicant's fields and their checks, the document header
// (attachment lines, place and date, name and address) and the signature block.
import { formatDateLong } from '$lib/format';
import { statements as t } from '$lib/messages/pl';
import { createDocument, paragraph, space, type Block, type PdfDocument } from '$lib/pdf/model';

const doc = t.document;

/** The applicant's part of both forms, as typed (dates as yyyy-mm-dd from <input type=date>). */
export interface ApplicantFields {
	date: string;
	name: string;
	street: string;
	postalCode: string;
}

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export type Validation<K extends string> = { ok: true } | { ok: false; errors: FieldErrors<K> };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written yyyy-mm-dd. */
export function isIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 1900;
}

/** NN-NNN, spaces around allowed. */
export const POSTAL_CODE = /^\d{2}-\d{3}$/;

/** Kędzierzyn-Koźle's postal codes are 47-200 … 47-2xx. */
export function isLocalPostalCode(code: string): boolean {
	return /^47-2\d{2}$/.test(code.trim());
}

/** Polish phone number: 9 digits, optional +48 / 0048 in front, spaces or dashes between. */
export function isPolishPhone(value: string): boolean {
	const compact = value.trim().replace(/[\s-]/g, '');
	return /^(?:\+48|0048)?\d{9}$/.test(compact) && /^[+\d][\d\s-]*$/.test(value.trim());
}

/** Non-blocking warnings for the applicant's fields. */
export function applicantWarnings(form: Pick<ApplicantFields, 'postalCode'>): {
	postalCode?: string;
} {
	const code = form.postalCode.trim();
	return POSTAL_CODE.test(code) && !isLocalPostalCode(code)
		? { postalCode: t.warnings.postalCodeOutside }
		: {};
}

// ---------------------------------------------------------------------------------------------
// Document pieces

/** Collapses runs of white space: what people type goes on one line in the document. */
export function clean(value: string): string {
	return value.replace(/\s+/g, ' ').trim();
}

/** "23 listopada 2026" from yyyy-mm-dd; empty string if there is no valid date. */
export function longDate(iso: string): string {
	return isIsoDate(iso) ? formatDateLong(iso) : '';
}

/** Street as printed after "ul."; a typed "ul." is not doubled, "al."/"pl."/"os." are kept. */
export function streetLine(street: string): string {
	const s = clean(street);
	if (/^(ul\.|ulica\b)/i.test(s)) return `${doc.streetPrefix}${s.replace(/^(ul\.|ulica)\s*/i, '')}`;
	if (/^(al\.|aleja\b|pl\.|plac\b|os\.|osiedle\b)/i.test(s)) return s;
	return `${doc.streetPrefix}${s}`;
}

/** The applicant's address on one line, as the delivery address default. */
export function addressLine(form: Pick<ApplicantFields, 'street' | 'postalCode'>): string {
	const street = clean(form.street);
	const code = form.postalCode.trim();
	if (!street && !code) return '';
	return [street ? streetLine(street) : '', `${code} ${doc.town}`.trim()]
		.filter(Boolean)
		.join(', ');
}

/** Value or the blank's dotted line when the value is empty. */
export function orBlank(value: string, blank: string): string {
	const v = clean(value);
	return v === '' ? blank : v;
}

const HEADER_INDENT = 110;

/** Attachment lines (top right), place and date, name and address. `null` = blank form. */
export function headerBlocks(attachment: 1 | 2, form: ApplicantFields | null): Block[] {
	const date = form ? longDate(form.date) : '';
	const code = form?.postalCode.trim() ?? '';
	return [
		paragraph(doc.attachment(attachment).join('\n'), {
			indent: HEADER_INDENT,
			size: 9,
			lineHeight: 1.25
		}),
		paragraph(date ? doc.placeDate(date) : doc.placeDateBlank, {
			align: 'right',
			spaceBefore: 8
		}),
		paragraph(form ? orBlank(form.name, doc.nameBlank) : doc.nameBlank, { spaceBefore: 6 }),
		paragraph(form && clean(form.street) ? streetLine(form.street) : doc.streetBlank),
		paragraph(`${code || doc.postalBlank} ${doc.town}`)
	];
}

export function headingBlock(): Block {
	return paragraph([{ text: doc.heading, bold: true }], {
		align: 'center',
		size: 13,
		spaceBefore: 10,
		spaceAfter: 6,
		keepWithNext: true
	});
}

/** The empty signature line with its caption under it, on the right. */
export function signatureBlocks(
	caption: string,
	line: string = doc.signatureLine,
	spaceBefore = 14
): Block[] {
	return [
		space(spaceBefore),
		paragraph(line, { indent: 95, width: 75, align: 'center', keepWithNext: true }),
		paragraph(caption, { indent: 95, width: 75, align: 'center', size: 9 })
	];
}

/** The statements' document frame: A4, 20 mm margins, 11 pt. */
export function statementDocument(title: string, blocks: Block[]): PdfDocument {
	return createDocument({
		title,
		subject: title,
		author: 'Miejski Ośrodek Pomocy Społecznej w Kędzierzynie-Koźlu',
		blocks
	});
}

/** "oswiadczenie-opiekun-faktyczny-2026-11-23.pdf", or "…-pusty.pdf" for the blank form. */
export function pdfFileName(stem: string, date: string | null): string {
	return date && isIsoDate(date) ? `${stem}-${date}.pdf` : `${stem}-pusty.pdf`;
}
