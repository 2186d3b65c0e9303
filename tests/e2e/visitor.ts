// A visitor's typing, shared by the tests that look for its traces (kiosk-visitor.spec.ts,
// browser-stores.spec.ts): values found nowhere else on the site, so any sighting of them in a
// page, a field, an address, a storage or a browser file is a trace of this visitor.
import type { Page } from '@playwright/test';

export const TYPED = {
	income: '1357,91',
	name: 'Teofila Śladowska',
	street: 'Zapomnianej 17/3',
	postalCode: '47-232',
	carerName: 'Kunegunda Przeźroczysta',
	carerPhone: '612 345 678',
	centreOther: 'Klub Pamiętliwych',
	decisionNumber: 'DPŚ.5121.87.2026',
	deliveryAddress: 'ul. Skrytki 9, 47-232 Kędzierzyn-Koźle'
} as const;

/** What must never be seen again: every typed value (the income as typed and as a number). */
export const TRACES: readonly string[] = [...Object.values(TYPED), '1357.91', '1357'];

export async function fillCalculator(page: Page): Promise<void> {
	await page.getByLabel('Łączny miesięczny dochód netto gospodarstwa').fill(TYPED.income);
}

async function fillApplicant(page: Page): Promise<void> {
	await page.getByLabel('Imię i nazwisko', { exact: true }).fill(TYPED.name);
	await page.getByLabel('Ulica i numer domu lub mieszkania').fill(TYPED.street);
	await page.getByLabel('Kod pocztowy').fill(TYPED.postalCode);
}

export async function fillCarer(page: Page): Promise<void> {
	await fillApplicant(page);
	await page.getByLabel('Pani', { exact: true }).check();
	await page.getByLabel('Imię i nazwisko opiekuna faktycznego').fill(TYPED.carerName);
	await page.getByLabel('Telefon kontaktowy opiekuna').fill(TYPED.carerPhone);
	await page.getByLabel('w pełnym zakresie').check();
}

export async function fillResignation(page: Page): Promise<void> {
	await fillApplicant(page);
	await page.getByLabel('Rezygnuję z dniem').fill('2026-12-01');
	await page.getByLabel('Inny ośrodek').check();
	await page.getByLabel('Nazwa ośrodka').fill(TYPED.centreOther);
	await page.getByLabel('Numer decyzji').fill(TYPED.decisionNumber);
	await page.getByLabel('Data decyzji').fill('2025-01-15');
	await page.getByLabel('Adres, na który przesłać decyzję').fill(TYPED.deliveryAddress);
}
