// The "Pobierz wyliczenie (PDF)" summary as a pure document model: the inputs, the amount, the
// steps with their sources, the parameters with their dates, and the date of printing. The
// shared renderer ($lib/pdf/render, loaded on click) turns it into a PDF.
import { pdfSafe } from '$lib/pdf/safe-text';
import {
	createDocument,
	paragraph,
	qr,
	rule,
	space,
	table,
	type Block,
	type PdfDocument
} from '$lib/pdf/model';
import type { AllowanceInput, AllowanceResult } from '$lib/rules';
import { calculator as m } from '$messages';
import { calculatorResult as res } from '$messages/calculator-result';
import { wordStep, wordWarning } from '$messages/steps';
import { quoteInline } from '$lib/messages/quote-translation';
import { refInline } from '$lib/messages/ref-translation';
import { formatDateLong, formatMoney } from '$lib/format';
import { QUIET_ZONE, qrMatrix, qrRuns } from '$lib/qr/matrix';
import type { FormValues } from './form';
import {
	deductionLine,
	hasFacts,
	inputLines,
	parameterLines,
	verdict,
	why,
	type Line,
	type PersonRow
} from './summary';

export interface SummaryInput {
	values: FormValues;
	input: AllowanceInput;
	result: AllowanceResult;
	assumedIncome: string | null;
	foodPart: string | null;
	people: PersonRow[];
	/** yyyy-mm-dd: the day the summary is made. */
	printedOn: string;
	/** The link that reopens this calculation (the page's address with its fragment). */
	link: string;
}

/**
 * Side of one QR module, mm: 0.5 mm or more reads from a 150 dpi print (3 dots a module);
 * links of up to ~150 characters fit in 45 modules, ~28 mm with the quiet zone.
 */
export const QR_MODULE_MM = 0.55;

/** The QR code that opens the same calculation, with what it is for beside it. */
function linkCode(link: string): Block {
	const matrix = qrMatrix(link);
	return qr(
		{ modules: matrix.size, runs: qrRuns(matrix), quietZone: QUIET_ZONE },
		{
			moduleSize: QR_MODULE_MM,
			caption: [{ text: pdfSafe(res.qr.title) + '\n', bold: true }, { text: pdfSafe(res.qr.text) }],
			captionSize: 9,
			spaceBefore: 1,
			spaceAfter: 1
		}
	);
}

// pdfSafe lives with the PDF machinery (one home for what the font can show).
export { pdfSafe };

function lines(items: Line[]): Block {
	return table(
		[{ width: 0.42 }, { width: 0.58 }],
		items.map((l) => ({ cells: [pdfSafe(l.label), pdfSafe(l.value)] })),
		{ borders: 'rows', size: 9, spaceAfter: 2 }
	);
}

function heading(text: string): Block {
	return paragraph([{ text: pdfSafe(text), bold: true }], {
		size: 11,
		spaceBefore: 3,
		spaceAfter: 1,
		keepWithNext: true
	});
}

export function summaryDocument(s: SummaryInput): PdfDocument {
	const { values, input, result, assumedIncome } = s;
	const blocks: Block[] = [
		paragraph([{ text: pdfSafe(res.pdf.title), bold: true }], { size: 15, spaceAfter: 1 }),
		paragraph(pdfSafe(res.pdf.subtitle), { size: 9, spaceAfter: 1 }),
		paragraph(
			pdfSafe(
				`${res.calcDate}: ${formatDateLong(result.parameters.date)}. ${res.printedOn}: ${formatDateLong(s.printedOn)}.`
			),
			{ size: 9, spaceAfter: 2 }
		),
		rule({ spaceAfter: 2 })
	];

	for (const warning of result.warnings) {
		blocks.push(paragraph(pdfSafe(wordWarning(warning)), { size: 9 }));
	}

	blocks.push(
		heading(res.inputsHeading),
		lines(inputLines(values, input, result, assumedIncome, s.foodPart))
	);
	if (assumedIncome) {
		blocks.push(
			paragraph(
				pdfSafe(
					values.range === 'high'
						? m.income.assumedHigh(formatMoney(result.thresholds.upTo200))
						: m.income.assumed(formatMoney(assumedIncome))
				),
				{ size: 9, spaceAfter: 2 }
			)
		);
	}

	blocks.push(
		heading(m.result.heading),
		paragraph(
			[
				{ text: pdfSafe(`${res.amountLabel} `) },
				{
					text: pdfSafe(
						result.amount === '0.00'
							? formatMoney(result.amount)
							: `${res.upTo} ${formatMoney(result.amount)} ${res.perMonth}`
					),
					bold: true
				}
			],
			{ size: 14, spaceAfter: 1 }
		),
		paragraph(pdfSafe(`${verdict(values, result)} ${why(result, input.household === 'family')}`), {
			size: 10,
			spaceAfter: 1
		})
	);
	if (hasFacts(result)) {
		const facts: Line[] = [{ label: res.facts.maximum, value: formatMoney(result.maximum) }];
		if (result.deduction !== '0.00') {
			facts.push({ label: res.facts.deduction, value: deductionLine(result) });
		}
		blocks.push(lines(facts));
	}
	// The notice stays next to the amount: a maximum, decided by the centre after the interview.
	blocks.push(
		paragraph(
			[{ text: pdfSafe(`${res.estimateTitle}. `), bold: true }, { text: pdfSafe(res.estimate) }],
			{ size: 9, spaceBefore: 1, spaceAfter: 2 }
		),
		linkCode(s.link)
	);

	const rows = s.people;
	if (rows.length > 1 || rows.some((r) => r.kind !== 'none')) {
		blocks.push(
			heading(res.peopleHeading),
			table(
				[{ width: 0.3 }, { width: 0.35, align: 'right' }, { width: 0.35, align: 'right' }],
				[
					{ cells: [res.colPerson, res.colWithout, res.colWith] },
					...rows.map((r) => ({
						cells: [
							pdfSafe(r.label),
							r.kind === 'meals'
								? pdfSafe(res.useMeals)
								: pdfSafe(formatMoney(r.without) + (r.kind === 'none' ? ' (x)' : '')),
							r.kind === 'meals'
								? '0,00\u00a0zł'
								: pdfSafe(`${formatMoney(r.with)}${r.kind === 'centre' ? ' (x)' : ''}`)
						]
					}))
				],
				{ header: true, size: 9, spaceAfter: 1 }
			),
			paragraph(pdfSafe(`(x) – ${res.chosenMark.replace(/^✓ – /, '')} ${res.comparisonNote}`), {
				size: 8,
				spaceAfter: 2
			})
		);
	}

	blocks.push(heading(res.pdf.stepsHeading));
	result.steps.forEach((step, i) => {
		const words = wordStep(step);
		blocks.push(
			paragraph([{ text: pdfSafe(`${i + 1}. ${words.title}`), bold: true }], {
				size: 9.5,
				spaceBefore: 1.5,
				keepWithNext: true
			}),
			paragraph(pdfSafe(words.text), { size: 9, indent: 4 }),
			paragraph(
				pdfSafe(
					`${res.pdf.basis} ${refInline(step.source.ref)} (${res.ruleId(step.rule)}) – ${quoteInline(step.source.quote)}`
				),
				{
					size: 7.5,
					indent: 4
				}
			)
		);
	});

	blocks.push(heading(res.parametersHeading), lines(parameterLines(result, input.household)));
	blocks.push(
		space(2),
		rule({ spaceAfter: 1 }),
		paragraph(pdfSafe(res.special), { size: 8.5 }),
		paragraph(pdfSafe(res.pdf.footer), { size: 8, spaceBefore: 1 })
	);

	return createDocument({
		title: pdfSafe(res.pdf.title),
		subject: pdfSafe(res.pdf.subtitle),
		author: 'MOPS Kędzierzyn-Koźle',
		margins: { top: 15, right: 15, bottom: 15, left: 15 },
		fontSize: 10,
		lineHeight: 1.3,
		blocks
	});
}
