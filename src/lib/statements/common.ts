// What both statements share: the applicant's fields and their checks, the document header
// (attachment lines, place and date, name and address) and the signature block.
import { formatDatePolish } from '$lib/format';
import { parseDate } from '$lib/typed-date';
import { statements as t } from '$messages';
import { statementWords } from './statement-words';
import { createDocument, paragraph, space, type Block, type PdfDocument } from '$lib/pdf/model';
import { printable } from '$lib/pdf/safe-text';

const doc = statementWords;

/** The applicant's part of both forms, as typed (dates as people write them, see parseDate). */
export interface ApplicantFields {
	date: string;
	name: string;
	street: string;
	postalCode: string;
}

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export type Validation<K extends string> = { ok: true } | { ok: false; errors: FieldErrors<K> };

export { isIsoDate, parseDate } from '$lib/typed-date';

/**
 * The longest text each statement field takes, spaces around it not counted. The validation
 * checks it first and says what to type ($lib/text-limit); no `maxlength` cuts a paste without
 * a word. Generous: the longest names and addresses fit with room to spare, and a field's text
 * still fits its line or lines on the one page of the statement.
 */
export const TEXT_LIMITS = {
	/** "15 października 2026 roku" is 25. */
	date: 40,
	/** "Maria Magdalena Brzęczyszczykiewicz-Grzegorzewska" is 49. */
	name: 80,
	street: 80,
	/** "47 - 220" is 8. */
	postalCode: 20,
	carerName: 80,
	/** "+48 77 123 45 67" is 16. */
	carerPhone: 30,
	scopeLimitedTo: 300,
	effectiveDate: 40,
	/** "Ośrodek Wsparcia Dziennego dla Osób z Zespołem Otępiennym" is 57. */
	centreOther: 80,
	/** "DPŚ.5121.15.2025" is 16. */
	decisionNumber: 40,
	decisionDate: 40,
	deliveryAddress: 120,
	staffDate: 40,
	caseMark: 30
} as const;

/** NN-NNN: the postal code as printed. */
export const POSTAL_CODE = /^\d{2}-\d{3}$/;

/** "47-220" from "47220", "47 220", "47-220", "47 - 220"; anything else as it is, trimmed. */
export function normalisePostalCode(value: string): string {
	const v = value.normalize('NFKC').trim();
	const m = /^(\d{2})[\s\-‐-―]*(\d{3})$/.exec(v);
	return m ? `${m[1]}-${m[2]}` : v;
}

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
	const code = normalisePostalCode(form.postalCode);
	return POSTAL_CODE.test(code) && !isLocalPostalCode(code)
		? { postalCode: t.warnings.postalCodeOutside }
		: {};
}

// ---------------------------------------------------------------------------------------------
// Document pieces

/**
 * What people type, as it goes on one line of the document and of its preview: white space
 * collapsed, and made printable (see `printable`: NFC, no control or bidi characters, a visible
 * mark for what the font cannot show).
 */
export function clean(value: string): string {
	return printable(value);
}

/** "23 listopada 2026" from a date as typed (see parseDate); empty string if there is none. */
export function longDate(value: string): string {
	const iso = parseDate(value);
	return iso ? formatDatePolish(iso) : '';
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
	const code = clean(normalisePostalCode(form.postalCode));
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
	const code = form ? clean(normalisePostalCode(form.postalCode)) : '';
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
	const iso = date === null ? null : parseDate(date);
	return iso ? `${stem}-${iso}.pdf` : `${stem}-pusty.pdf`;
}
