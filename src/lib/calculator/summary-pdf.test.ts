import { describe, expect, it } from 'vitest';
import { documentText } from '$lib/pdf/model';
import { defaultValues, type FormValues } from './form';
import { evaluate } from './validate';
import { pdfSafe, summaryDocument } from './summary-pdf';

const TODAY = '2026-11-23';

function doc(over: Partial<FormValues>) {
	const values = { ...defaultValues(), ...over };
	const o = evaluate(values, TODAY);
	if (!o.result || !o.input) throw new Error('no result');
	return summaryDocument({
		values,
		input: o.input,
		result: o.result,
		assumedIncome: o.assumedIncome,
		foodPart: o.foodPart,
		people: o.people,
		printedOn: '2026-11-24',
		link: LINK
	});
}

const LINK = 'https://example.org/kalkulator/#household=single&members=centre&income=700&food=50';

// What the embedded font subset can draw (scripts/build-fonts.js).
const FONT =
	/^[\u0020-\u007e\u00a0-\u017f\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2212\n]*$/;

describe('summary PDF model', () => {
	it('names as typed by staff only the criterion the household uses, not the statutory other', () => {
		const family = documentText(
			doc({ household: 'family', members: ['none', 'none'], income: '1200', critPerPerson: '900' })
		);
		expect(family).toContain('900,00\u00a0zł (podane ręcznie)');
		expect(family).not.toContain('1010,00\u00a0zł (podane ręcznie)');
		const single = documentText(doc({ income: '700', critSingle: '1100' }));
		expect(single).toContain('1100,00\u00a0zł (podane ręcznie)');
		expect(single).not.toContain('823,00\u00a0zł (podane ręcznie)');
	});

	it('has the inputs, the amount, every step with its source, the dates', () => {
		const text = documentText(doc({ income: '700', members: ['centre'], foodPart: '50' }));
		expect(text).toContain('Wyliczenie zasiłku celowego na zakup żywności');
		expect(text).toContain(
			'Kwota maksymalna zasiłku według zasad Ośrodka: do 230,00\u00a0zł miesięcznie'
		);
		expect(text).toContain('700,00\u00a0zł');
		expect(text).toContain('Data wyliczenia: 23 listopada 2026');
		expect(text).toContain('Wydrukowano: 24 listopada 2026');
		for (const rule of ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R9'])
			expect(text).toContain(`(zasada ${rule} kalkulatora) – „`);
		expect(text).toContain(
			'Podstawa: Zał. nr 4, pkt 1 (zasada R1 kalkulatora) – „Świadczenie pieniężne'
		);
		expect(text).toContain('Odliczono część zasiłku okresowego lub stałego na zakup żywności');
		expect(text).toContain('50,00\u00a0zł z 275,00\u00a0zł');
		expect(text).toContain(
			'art. 106 ust. 4 i art. 107 ustawy z dnia 12 marca 2004 r. o pomocy społecznej'
		);
		expect(text).not.toContain('pkt 2.3');
		expect(text).toContain('Dz.U. 2024 poz. 1044');
	});

	it('shows a family with its people and the range assumption', () => {
		const text = documentText(
			doc({
				household: 'family',
				members: ['none', 'centre', 'meals'],
				incomeMode: 'range',
				range: 'mid'
			})
		);
		expect(text).toContain('rodzina, 3 osoby');
		expect(text).toContain('Osoba 2');
		expect(text).toContain('górną granicę wybranego przedziału');
		expect(text).toContain('425,00\u00a0zł');
	});

	it('above 100 % says the food part does not apply, never "brak"', () => {
		const text = documentText(doc({ income: '1500', members: ['none'] }));
		expect(text).toContain('Część zasiłku okresowego lub stałego na zakup żywności');
		expect(text).toContain('nie dotyczy (dochód powyżej 100 % kryterium)');
		expect(text).not.toContain('brak');
	});

	it('carries a QR code of the link next to the amount, with what it is for', () => {
		const d = doc({ income: '700', members: ['centre'], foodPart: '50' });
		const code = d.blocks.find((b) => b.kind === 'qr');
		if (code?.kind !== 'qr') throw new Error('no QR block');
		expect(code.moduleSize).toBeGreaterThanOrEqual(0.5);
		expect(code.quietZone).toBeGreaterThanOrEqual(4);
		expect(code.runs.length).toBeGreaterThan(50);
		const text = documentText(d);
		expect(text).toContain('[QR] Otwórz to wyliczenie w telefonie');
		// Right after the notice that goes with the amount, before the steps.
		expect(text.indexOf('[QR]')).toBeGreaterThan(text.indexOf('Kwota maksymalna zasiłku'));
		expect(text.indexOf('[QR]')).toBeLessThan(text.indexOf('Kroki wyliczenia'));
	});

	it('uses only characters the font has', () => {
		const d = doc({
			household: 'family',
			members: ['centre', 'centre'],
			income: '3000',
			lunchesPerMonth: '20'
		});
		expect(documentText(d)).toMatch(FONT);
		expect(d.title).toMatch(FONT);
		expect(pdfSafe('a → b ✓')).toBe('a -> b x');
	});

	it('keeps every Ukrainian letter, the apostrophe and the numero sign (the font has them)', () => {
		const ukrainian = 'АаБбВвГгҐґДдЕеЄєЖжЗзИиІіЇїЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЬьЮюЯя ʼ’ № «»';
		expect(pdfSafe(ukrainian)).toBe(ukrainian);
		expect(pdfSafe('ы э ё ӂ')).toBe('ы э ё ?');
	});
});
