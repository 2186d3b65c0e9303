// What a printout says while there is no result (Ctrl+P on an unfinished calculation, which no
// check stops): which fields to put right, with the message each has, and what was typed, so
// the paper is not an almost blank page. Pure; the engine's output comes in as an argument.
import { calculator as m } from '$messages';
import { calculatorResult as res } from '$messages/calculator-result';
import { calculatorErrors } from '$messages/calculator-errors';
import { FIELD_ORDER, MAX_LENGTH, type FormValues } from './form';
import type { Validation } from './validate';

export interface PendingPrint {
	/** "Dochód: Wpisz samą kwotę: cyfry…", in the order of the page. */
	fix: string[];
	/** What was typed or chosen; `asTyped`: the person's own text, quoted back. */
	typed: { label: string; value: string; asTyped?: true }[];
}

/** Every problem, shown on the screen yet or not, and what the form holds. */
export function pendingPrint(
	v: FormValues,
	outcome: Pick<Validation, 'errors' | 'personErrors'>
): PendingPrint {
	const labels = calculatorErrors.summaryLabels;
	const fix: string[] = [];
	for (const key of FIELD_ORDER) {
		const message = outcome.errors[key];
		if (message) fix.push(`${labels[key]}: ${message}`);
		if (key === 'members') fix.push(...outcome.personErrors.filter(Boolean));
	}

	const typed: PendingPrint['typed'] = [];
	const text = (label: string, value: string, max: number = MAX_LENGTH.amount) => {
		const t = value.trim();
		if (t === '') return;
		typed.push(
			t.length > max
				? { label, value: res.printPending.tooLong }
				: { label, value: res.quoted(t), asTyped: true }
		);
	};
	const n = v.members.length;
	if (v.household === 'single')
		typed.push({ label: labels.household, value: m.household.singleHint });
	if (v.household === 'family') {
		typed.push({
			label: labels.household,
			value: res.inputFamily(n)
		});
	}
	if (v.incomeMode === 'exact') text(labels.income, v.income);
	else if (v.range !== '') {
		const range = {
			low: m.income.rangeLowGeneric,
			mid: m.income.rangeMidGeneric,
			high: m.income.rangeHighGeneric
		};
		typed.push({ label: labels.range, value: range[v.range] });
	}
	text(labels.foodPart, v.foodPart);
	if (v.receivesFoodProducts !== '') {
		typed.push({
			label: labels.receivesFoodProducts,
			value: v.receivesFoodProducts === 'yes' ? m.products.yes : m.products.no
		});
	}
	text(labels.lunchesPerMonth, v.lunchesPerMonth, MAX_LENGTH.lunches);
	text(labels.date, v.date, MAX_LENGTH.date);
	text(labels.critSingle, v.critSingle);
	text(labels.critPerPerson, v.critPerPerson);
	return { fix, typed };
}
