import { describe, expect, it } from 'vitest';
import { layoutDocument, type Measure, type TextItem } from '$lib/pdf/layout';
import { documentText } from '$lib/pdf/model';
import { carerDefaults, carerDocument, carerFileName, type CarerForm } from './carer';
import { validateCarer } from './carer-schema';
import { TEXT_LIMITS } from './common';

const filled: CarerForm = {
	date: '2026-11-23',
	name: 'Łucja Świątek-Żółć',
	street: 'Gałczyńskiego 7/12',
	postalCode: '47-220',
	carerTitle: 'Pani',
	carerName: 'Żaneta Ćwik',
	carerPhone: '600 123 456',
	scope: 'full',
	scopeLimitedTo: ''
};

const text = (form: CarerForm | null) => documentText(carerDocument(form));

describe('carer statement document', () => {
	it('prints the header, the applicant and the chosen "Panią" without "Pana"', () => {
		const t = text(filled);
		expect(t).toContain(
			'Załącznik nr 1\ndo Procedury postępowania\nw sprawach dotyczących korzystania\nz usług ośrodków wsparcia'
		);
		expect(t).toContain('Kędzierzyn–Koźle, 23 listopada 2026 roku');
		expect(t).toContain('Łucja Świątek-Żółć\nul. Gałczyńskiego 7/12\n47-220 Kędzierzyn – Koźle');
		expect(t).toContain('OŚWIADCZENIE');
		expect(t).toContain(
			'Oświadczam, że w związku z ubieganiem się o przyznanie usług ośrodka wsparcia dziennego z usługami opiekuńczymi, wskazuję jako mojego opiekuna faktycznego Panią Żaneta Ćwik tel. kontaktowy 600 123 456'
		);
		expect(t).not.toContain('Pana');
		expect(t).toContain('(podpis wnioskodawcy)');
	});

	it('prints "Pana" for a man', () => {
		expect(text({ ...filled, carerTitle: 'Pan' })).toContain('faktycznego Pana Żaneta Ćwik');
		expect(text({ ...filled, carerTitle: 'Pan' })).not.toContain('Panią');
	});

	it('marks the full scope and leaves the limited one blank', () => {
		const t = text(filled);
		expect(t).toContain('[X] 1) w pełnym zakresie*');
		expect(t).toContain('[ ] 2) w zakresie ograniczonym do ……');
	});

	it('marks the limited scope with its text', () => {
		const t = text({ ...filled, scope: 'limited', scopeLimitedTo: '  spraw  dowozu ' });
		expect(t).toContain('[ ] 1) w pełnym zakresie*');
		expect(t).toContain('[X] 2) w zakresie ograniczonym do spraw dowozu*');
	});

	it('does not double a typed "ul." and keeps "al."', () => {
		expect(text({ ...filled, street: 'ul. Krótka 1' })).toContain('\nul. Krótka 1\n');
		expect(text({ ...filled, street: 'al. Jana Pawła II 3' })).toContain('\nal. Jana Pawła II 3\n');
	});

	it('the blank form has the original dotted lines and nothing marked', () => {
		const t = text(null);
		expect(t).toContain('Kędzierzyn–Koźle, ……… 20… roku');
		expect(t).toContain('………..………..……………………\nul. …………………………………..\n47–2….. Kędzierzyn – Koźle');
		expect(t).toContain(
			'opiekuna faktycznego Panią/Pana ............................................................................. tel. kontaktowy ...................................................'
		);
		expect(t).toContain('[ ] 1) w pełnym zakresie*');
		expect(t).toContain('[ ] 2) w zakresie ograniczonym do ……………………………………………………………………………………………*');
		expect(t).toContain('*zaznaczyć właściwe');
	});

	it('wraps long values inside the margins, on one page', () => {
		const mono: Measure = (text, size) => Array.from(text).length * size * 0.2;
		const long = {
			...filled,
			carerName: 'Bardzo-Długie-Nazwisko'.repeat(8),
			scope: 'limited' as const
		};
		const pages = layoutDocument(
			carerDocument({ ...long, scopeLimitedTo: 'spraw '.repeat(60) }),
			mono
		);
		expect(pages).toHaveLength(1);
		for (const item of pages[0]!.items.filter((i): i is TextItem => i.kind === 'text')) {
			expect(item.x).toBeGreaterThanOrEqual(20);
			expect(item.x + mono(item.text, item.size, item.bold)).toBeLessThanOrEqual(190.001);
		}
	});

	it('names the file after the statement date, or "pusty"', () => {
		expect(carerFileName(filled)).toBe('oswiadczenie-opiekun-faktyczny-2026-11-23.pdf');
		expect(carerFileName(null)).toBe('oswiadczenie-opiekun-faktyczny-pusty.pdf');
	});
});

describe('carer statement validation', () => {
	const errorsOf = (form: CarerForm) => {
		const result = validateCarer(form);
		return result.ok ? {} : result.errors;
	};

	it('accepts a complete form', () => {
		expect(validateCarer(filled)).toEqual({ ok: true });
	});

	it('lists every missing field with a message saying what to type', () => {
		expect(errorsOf(carerDefaults('2026-11-23'))).toEqual({
			name: 'Wpisz swoje imię i nazwisko',
			street: 'Wpisz ulicę i numer domu, na przykład Piastowska 12/3',
			postalCode: 'Wpisz kod pocztowy, na przykład 47-220',
			carerTitle: 'Zaznacz, czy opiekunem jest Pani, czy Pan',
			carerName: 'Wpisz imię i nazwisko opiekuna faktycznego',
			carerPhone: 'Wpisz numer telefonu opiekuna, na przykład 600 123 456',
			scope: 'Zaznacz, w jakim zakresie opiekun ma dostęp do informacji'
		});
	});

	it('requires the limited-scope text only when that option is chosen', () => {
		expect(errorsOf({ ...filled, scope: 'limited' })).toEqual({
			scopeLimitedTo: 'Napisz, do jakich informacji ograniczasz dostęp opiekuna'
		});
		expect(errorsOf({ ...filled, scope: 'limited', scopeLimitedTo: 'dowozu' })).toEqual({});
		expect(errorsOf({ ...filled, scope: 'full', scopeLimitedTo: '' })).toEqual({});
	});

	it('reports the limited-scope text together with other problems', () => {
		const errors = errorsOf({ ...filled, name: '', scope: 'limited' });
		expect(Object.keys(errors)).toEqual(['name', 'scopeLimitedTo']);
	});

	it.each([
		'600123456',
		'600 123 456',
		'600-123-456',
		'+48 600 123 456',
		'+48600123456',
		'77 123 45 67',
		'0048 600 123 456'
	])('accepts the phone number %s', (phone) => {
		expect(errorsOf({ ...filled, carerPhone: phone })).toEqual({});
	});

	it.each([
		'60012345',
		'6001234567',
		'+49 600 123 456',
		'tel. 600123456',
		'600 123 45a',
		'+48 60012345'
	])('rejects the phone number %s', (phone) => {
		expect(errorsOf({ ...filled, carerPhone: phone })).toEqual({
			carerPhone: 'Wpisz numer telefonu z 9 cyfr, na przykład 600 123 456 albo +48 600 123 456'
		});
	});

	it('requires a real date', () => {
		expect(errorsOf({ ...filled, date: '' })).toEqual({
			date: 'Wpisz datę oświadczenia, na przykład 23.11.2026'
		});
		expect(errorsOf({ ...filled, date: '2026-02-30' })).toEqual({
			date: 'Wpisz prawdziwą datę, na przykład 23.11.2026'
		});
	});

	it.each([
		['name', 'Wpisz swoje imię i nazwisko'],
		['street', 'Wpisz ulicę i numer domu, na przykład Piastowska 12/3'],
		['carerName', 'Wpisz imię i nazwisko opiekuna faktycznego'],
		['carerPhone', 'Wpisz numer telefonu z 9 cyfr, na przykład 600 123 456 albo +48 600 123 456'],
		[
			'scopeLimitedTo',
			'Napisz krócej, do jakich informacji opiekun może mieć dostęp, na przykład: spraw związanych z dowozem i posiłkami'
		]
	] as const)('%s: a text longer than the field takes says so, and what to type', (key, what) => {
		const max = TEXT_LIMITS[key];
		const form = { ...filled, scope: 'limited' as const, scopeLimitedTo: 'spraw' };
		expect(errorsOf({ ...form, [key]: 'x'.repeat(100_000) })[key]).toBe(
			`Tekst w tym polu jest za długi: zmieści się najwyżej ${max} znaków, a wpisano ich 100\u00a0000. ${what}`
		);
	});

	it('every field at its limit still fits the one page of the statement', () => {
		const mono: Measure = (text, size) => Array.from(text).length * size * 0.2;
		const at = (key: keyof typeof TEXT_LIMITS) => 'Wąż '.repeat(TEXT_LIMITS[key] / 4);
		const full: CarerForm = {
			...filled,
			name: at('name'),
			street: at('street'),
			carerName: at('carerName'),
			scope: 'limited',
			scopeLimitedTo: at('scopeLimitedTo')
		};
		expect(layoutDocument(carerDocument(full), mono)).toHaveLength(1);
	});
});
