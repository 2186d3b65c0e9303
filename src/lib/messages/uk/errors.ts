// What the engine refuses, in Polish: each problem (src/lib/rules/errors.ts) and each reason an
// amount cannot be read (src/lib/rules/amount-text.ts) as a sentence that says what to type.
import type { AllowanceProblem, AmountProblem } from '$lib/rules';
import { formatDateLong } from '$lib/format';
import { grouped } from '../grouped';

/** The example amount every amount message shows. */
export const AMOUNT_EXAMPLE = '2469,50';
const EXAMPLE = `np. ${AMOUNT_EXAMPLE}`;

/** Why a text is not an amount, and a form that works. */
export function amountMessage(p: AmountProblem): string {
	switch (p.kind) {
		case 'empty':
			return `Wpisz kwotę w złotych, ${EXAMPLE}`;
		case 'negative':
			return `Kwota nie może być ujemna. Wpisz kwotę w złotych, ${EXAMPLE}`;
		case 'plus':
			return `Wpisz samą kwotę, bez znaku „+”, ${EXAMPLE}`;
		case 'characters':
			return `Wpisz samą kwotę: cyfry, ewentualnie spacje i przecinek przed groszami, ${EXAMPLE}`;
		case 'meant': {
			const shown = `${grouped(p.whole)},${p.fraction.padEnd(2, '0')}`;
			const typed = p.fraction ? `${p.whole},${p.fraction}` : p.whole;
			return `Czy chodziło o ${shown} zł? Jeśli tak, wpisz ${typed} – przecinek stawiaj tylko przed groszami, a tysięcy nie oddzielaj albo oddziel je spacją, ${EXAMPLE} lub 2 469,50`;
		}
		case 'marks':
			return `Przecinek stawiaj tylko przed groszami; tysięcy nie oddzielaj albo oddziel je spacją, ${EXAMPLE} lub 2 469,50`;
		case 'fraction':
			return `Po przecinku wpisz grosze (1 lub 2 cyfry), ${EXAMPLE}`;
		case 'fractionLength':
			return `Kwota może mieć najwyżej 2 cyfry po przecinku (grosze), ${EXAMPLE}`;
		case 'noWhole':
			return `Przed przecinkiem wpisz złote, np. 0,50 lub ${AMOUNT_EXAMPLE}`;
		case 'spaces':
			return `Spacji używaj tylko między grupami po 3 cyfry, np. 2 469,50 lub ${AMOUNT_EXAMPLE}`;
		case 'tooLarge':
			return `Kwota jest zbyt duża. Wpisz miesięczną kwotę w złotych, ${EXAMPLE}`;
	}
}

const CRITERION_EXAMPLE = { single: '1010,00', perPerson: '823,00' } as const;
const dateLong = (iso: string) => `${formatDateLong(iso)} r.`;

/** What the engine refused, and what to type instead. */
export function allowanceMessage(p: AllowanceProblem): string {
	switch (p.code) {
		case 'input.invalid':
			return 'Sprawdź dane w formularzu.';
		case 'household.choose':
			return 'Wybierz: osoba samotnie gospodarująca albo rodzina.';
		case 'members.list':
			return 'Podaj, jak każda osoba korzysta z ośrodka wsparcia.';
		case 'members.kind':
			return 'Dla każdej osoby zaznacz: „Nie korzysta z ośrodka”, „Korzysta z Domu Dziennego Pobytu lub Klubu Senior+” albo „Dostaje już posiłek z programu”.';
		case 'members.singleIsOne':
			return `Osoba samotnie gospodarująca to 1 osoba (podano ${p.count}). Dla 2 lub więcej osób wybierz „rodzina”.`;
		case 'members.familySize':
			return `Kalkulator liczy rodziny od 2 do ${p.max} osób (podano ${p.count}). Dla 1 osoby wybierz „Mieszkam i gospodaruję sam / sama”; przy większej rodzinie zapytaj w Ośrodku.`;
		case 'members.count':
			return `Kalkulator liczy od 1 do ${p.max} osób, np. 3.`;
		case 'income.text':
			return 'Wpisz dochód w złotych, np. 2469,50';
		case 'foodPart.text':
			return 'Wpisz kwotę w złotych, np. 123,45 (albo 0)';
		case 'receivesFoodProducts.yesNo':
			return 'Zaznacz tak albo nie.';
		case 'lunches.integer':
			return 'Wpisz liczbę obiadów w miesiącu: liczbę całkowitą od 0 do 31, np. 20.';
		case 'lunches.negative':
			return 'Liczba obiadów nie może być ujemna; wpisz od 0 do 31, np. 20.';
		case 'lunches.overMonth':
			return 'W miesiącu jest najwyżej 31 dni; wpisz od 0 do 31, np. 20.';
		case 'date.text':
			return 'Podaj datę w postaci rrrr-mm-dd, np. 2025-12-01.';
		case 'date.format':
			return `Podaj datę w postaci rrrr-mm-dd, np. 2025-12-01 (podano: „${p.text}”).`;
		case 'date.beforeOrder':
			return `Kalkulator liczy według Zarządzenia Nr 24/2025, obowiązującego od ${dateLong(p.orderFrom)}, i nie zawiera kwot na dzień ${dateLong(p.date)} Wpisz datę nie wcześniejszą niż ${dateLong(p.orderFrom)}`;
		case 'date.noCriteria':
			return `Kryteria dochodowe na dzień ${dateLong(p.date)} nie są zapisane w kalkulatorze (są od ${dateLong(p.knownFrom)}).`;
		case 'criteria.both':
			return 'Podaj oba kryteria: dla osoby samotnie gospodarującej i na osobę w rodzinie.';
		case 'criterion.text':
			return `Wpisz kryterium w złotych, np. ${CRITERION_EXAMPLE[p.which]}`;
		case 'criterion.zero':
			return `Kryterium musi być większe od zera, np. ${CRITERION_EXAMPLE[p.which]}`;
		case 'amount':
			return amountMessage(p.problem);
	}
}
