import { describe, expect, it } from 'vitest';
import { documentText } from '$lib/pdf/model';
import {
	caseMark,
	resignationDefaults,
	resignationDocument,
	resignationFileName,
	withDeliveryDefault,
	type ResignationForm
} from './resignation';
import { validateResignation } from './resignation-schema';
import { TEXT_LIMITS } from './common';
import { layoutDocument, type Measure } from '$lib/pdf/layout';

const TODAY = '2026-11-23';

const filled: ResignationForm = {
	date: TODAY,
	name: 'Łucja Świątek-Żółć',
	street: 'Gałczyńskiego 7/12',
	postalCode: '47-220',
	effectiveDate: '2026-12-01',
	centre: 'Dom Dziennego Pobytu Nr 3',
	centreOther: '',
	decisionNumber: 'DPŚ.5121.15.2025',
	decisionDate: '2025-01-15',
	deliveryAddress: '',
	deliveryAddressEdited: false,
	staffPart: false,
	staffDate: '',
	caseMark: ''
};

const text = (form: ResignationForm | null) => documentText(resignationDocument(form));
/** The text after the dashed line. */
const part2 = (form: ResignationForm | null) => text(form).split('\n----\n')[1] ?? '';

describe('resignation statement document', () => {
	it('prints part 1 with the values in the original wording', () => {
		const t = text(filled);
		expect(t).toContain('Załącznik nr 2\ndo Procedury postępowania');
		expect(t).toContain('Kędzierzyn–Koźle, 23 listopada 2026 roku');
		expect(t).toContain(
			'Oświadczam, że z dniem 1 grudnia 2026 roku rezygnuję z usług ośrodka wsparcia\nDom Dziennego Pobytu Nr 3'
		);
		expect(t).toContain(
			'Proszę o uchylenie decyzji nr DPŚ.5121.15.2025 z dnia 15 stycznia 2025 roku w sprawie skierowania mnie do ośrodka wsparcia.'
		);
		expect(t).toContain(
			'Decyzję proszę przesłać na adres ul. Gałczyńskiego 7/12, 47-220 Kędzierzyn – Koźle'
		);
		expect(t).toContain('(podpis)');
	});

	it('prints part 2 blank, as the original, when the staff part is off', () => {
		const p2 = part2(filled);
		expect(p2).toContain('Kędzierzyn–Koźle, ……… 20.... roku');
		expect(p2).toContain('DPŚ.5121. ……………');
		expect(p2).toContain('Dział Świadczeń\nw miejscu');
		expect(p2).toContain(
			'Proszę o uchylenie decyzji nr ........................................................ z dnia .......……20…..roku w sprawie skierowania ww. do ośrodka wsparcia …..………………………………………………'
		);
		expect(p2).toContain('z dniem ……………………… roku.');
		expect(p2).toContain('(podpis i pieczątka pracownika socjalnego)');
		expect(p2).not.toContain('DPŚ.5121.15.2025');
	});

	it('repeats part 1 in part 2 with the case mark when the staff part is on', () => {
		const p2 = part2({
			...filled,
			staffPart: true,
			staffDate: '2026-11-25',
			caseMark: '42.2026'
		});
		// The worker's note has its own date, not the resident's (23 November).
		expect(p2).toContain('Kędzierzyn–Koźle, 25 listopada 2026 roku');
		expect(p2).not.toContain('23 listopada 2026');
		expect(p2).toContain('DPŚ.5121.42.2026');
		expect(p2).toContain(
			'Proszę o uchylenie decyzji nr DPŚ.5121.15.2025 z dnia 15 stycznia 2025 roku w sprawie skierowania ww. do ośrodka wsparcia Dom Dziennego Pobytu Nr 3'
		);
		expect(p2).toContain('z dniem 1 grudnia 2026 roku.');
		expect(p2).toContain(
			'Decyzję proszę przesłać na adres ul. Gałczyńskiego 7/12, 47-220 Kędzierzyn – Koźle'
		);
	});

	it("leaves the worker's date blank when staff have not given one", () => {
		const p2 = part2({ ...filled, staffPart: true, caseMark: '42.2026' });
		expect(p2).toContain('Kędzierzyn–Koźle, ……… 20.... roku');
		expect(p2).not.toContain('23 listopada 2026');
	});

	it('takes a case mark typed with or without its prefix; empty leaves the blank', () => {
		expect(caseMark('42.2026')).toBe('DPŚ.5121.42.2026');
		expect(caseMark('DPŚ.5121.42.2026')).toBe('DPŚ.5121.42.2026');
		expect(caseMark('')).toBe('DPŚ.5121. ……………');
	});

	it('prints another centre as typed', () => {
		const form = { ...filled, centre: 'other' as const, centreOther: 'Klub „Pod Lipami”' };
		expect(text(form)).toContain('rezygnuję z usług ośrodka wsparcia\nKlub „Pod Lipami”');
		expect(part2({ ...form, staffPart: true })).toContain('ośrodka wsparcia Klub „Pod Lipami”');
	});

	it('uses the applicant address until the delivery address is edited', () => {
		expect(withDeliveryDefault(filled).deliveryAddress).toBe(
			'ul. Gałczyńskiego 7/12, 47-220 Kędzierzyn – Koźle'
		);
		const edited = { ...filled, deliveryAddress: 'ul. Długa 1', deliveryAddressEdited: true };
		expect(withDeliveryDefault(edited).deliveryAddress).toBe('ul. Długa 1');
		expect(text(edited)).toContain('Decyzję proszę przesłać na adres ul. Długa 1');
	});

	it('the blank form has the original dotted lines', () => {
		const t = text(null);
		expect(t).toContain(
			'Oświadczam, że z dniem ............ 20.....roku rezygnuję z usług ośrodka wsparcia\n...................................................................'
		);
		expect(t).toContain(
			'Proszę o uchylenie decyzji nr ….............................................. z dnia ....…....20...... roku w sprawie skierowania mnie do ośrodka wsparcia.'
		);
		expect(t).toContain('47–2….. Kędzierzyn – Koźle');
		expect(t.match(/----/g)).toHaveLength(1);
	});

	it('names the file after the statement date, or "pusty"', () => {
		expect(resignationFileName(filled)).toBe('oswiadczenie-rezygnacja-2026-11-23.pdf');
		expect(resignationFileName(null)).toBe('oswiadczenie-rezygnacja-pusty.pdf');
	});
});

describe('resignation statement validation', () => {
	const errorsOf = (form: ResignationForm, today = TODAY) => {
		const result = validateResignation(form, today);
		return result.ok ? {} : result.errors;
	};

	it('accepts a complete form (the delivery address defaults to the applicant’s)', () => {
		expect(validateResignation(filled, TODAY)).toEqual({ ok: true });
	});

	it('lists every missing field', () => {
		expect(errorsOf(resignationDefaults(TODAY))).toEqual({
			name: 'Wpisz swoje imię i nazwisko',
			street: 'Wpisz ulicę i numer domu, na przykład Piastowska 12/3',
			postalCode: 'Wpisz kod pocztowy, na przykład 47-220',
			effectiveDate: 'Wpisz datę, od której rezygnujesz, na przykład 1.12.2026',
			centre: 'Zaznacz ośrodek, z którego usług rezygnujesz',
			deliveryAddress: 'Wpisz adres, na który przesłać decyzję'
		});
	});

	it('lets the decision’s number and date stay blank on purpose, printing the dotted lines', () => {
		const blank = { ...filled, decisionNumber: '', decisionDate: '' };
		expect(errorsOf(blank)).toEqual({});
		expect(text(blank)).toContain(
			'Proszę o uchylenie decyzji nr ….............................................. z dnia ....…....20...... roku'
		);
		expect(errorsOf({ ...filled, decisionDate: '31.02.2025' })).toEqual({
			decisionDate: 'Wpisz prawdziwą datę, na przykład 23.11.2026'
		});
	});

	it('takes dates as people write them', () => {
		const typed = { ...filled, effectiveDate: '1 grudnia 2026', decisionDate: '15.1.2025' };
		expect(errorsOf(typed)).toEqual({});
		const t = text(typed);
		expect(t).toContain('z dniem 1 grudnia 2026 roku');
		expect(t).toContain('z dnia 15 stycznia 2025 roku');
	});

	it('refuses a decision dated after today, which is an argument', () => {
		expect(errorsOf({ ...filled, decisionDate: '2026-11-24' })).toEqual({
			decisionDate: 'Data decyzji nie może być późniejsza niż dzisiaj'
		});
		expect(errorsOf({ ...filled, decisionDate: '2026-11-23' })).toEqual({});
		expect(errorsOf({ ...filled, decisionDate: '2026-11-24' }, '2026-11-24')).toEqual({});
	});

	it('requires the name of another centre only when "inny" is chosen', () => {
		expect(errorsOf({ ...filled, centre: 'other' })).toEqual({
			centreOther: 'Wpisz nazwę ośrodka'
		});
		expect(errorsOf({ ...filled, centre: 'other', centreOther: 'Klub' })).toEqual({});
	});

	it('requires an edited delivery address not to be empty', () => {
		expect(errorsOf({ ...filled, deliveryAddress: ' ', deliveryAddressEdited: true })).toEqual({
			deliveryAddress: 'Wpisz adres, na który przesłać decyzję'
		});
	});

	const fields = [
		['date', 'Wpisz datę oświadczenia, na przykład 23.11.2026'],
		['name', 'Wpisz swoje imię i nazwisko'],
		['street', 'Wpisz ulicę i numer domu, na przykład Piastowska 12/3'],
		['postalCode', 'Wpisz kod pocztowy z pięciu cyfr, na przykład 47-220'],
		['effectiveDate', 'Wpisz datę, od której rezygnujesz, na przykład 1.12.2026'],
		['centreOther', 'Wpisz nazwę ośrodka'],
		['decisionNumber', 'Wpisz sam numer decyzji, na przykład DPŚ.5121.15.2025'],
		['decisionDate', 'Wpisz prawdziwą datę, na przykład 23.11.2026'],
		['deliveryAddress', 'Wpisz adres, na który przesłać decyzję'],
		['staffDate', 'Wpisz prawdziwą datę, na przykład 23.11.2026'],
		['caseMark', 'Wpisz sam znak sprawy, który następuje po „DPŚ.5121.”, na przykład 15.2025']
	] as const;

	it.each(fields)(
		'%s: a text longer than the field takes says so, and what to type',
		(key, what) => {
			const max = TEXT_LIMITS[key];
			const form = { ...filled, centre: 'other' as const, deliveryAddressEdited: true };
			const long = 'a' + ' '.repeat(max) + 'b';
			expect(errorsOf({ ...form, [key]: long })[key]).toBe(
				`Tekst w tym polu jest za długi: zmieści się najwyżej ${max} znaków, a wpisano ich ${max + 2}. ${what}`
			);
			// Spaces around the text are not counted; the limit itself is allowed.
			const fits = errorsOf({ ...form, [key]: ' '.repeat(max) + 'a'.repeat(max) + ' ' })[key];
			expect(fits ?? '').not.toContain('za długi');
		}
	);

	it('each field at its limit keeps the statement on one page, the worker’s part filled in', () => {
		const mono: Measure = (text, size) => Array.from(text).length * size * 0.2;
		const at = (key: keyof typeof TEXT_LIMITS) => 'Wąż '.repeat(TEXT_LIMITS[key] / 4);
		const base: ResignationForm = {
			...filled,
			centre: 'other',
			centreOther: 'Klub',
			deliveryAddressEdited: true,
			deliveryAddress: 'Piastowska 1',
			staffPart: true
		};
		const keys = ['name', 'street', 'centreOther', 'decisionNumber', 'deliveryAddress', 'caseMark'];
		for (const key of keys as (keyof typeof TEXT_LIMITS)[]) {
			const pages = layoutDocument(resignationDocument({ ...base, [key]: at(key) }), mono);
			expect(pages, key).toHaveLength(1);
		}
		// All of them at once: two pages at most, nothing lost.
		const all = {
			...base,
			...Object.fromEntries(keys.map((k) => [k, at(k as keyof typeof TEXT_LIMITS)]))
		};
		expect(layoutDocument(resignationDocument(all), mono).length).toBeLessThanOrEqual(2);
	});
});
