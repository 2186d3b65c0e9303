import { plural, SECOND_FORMS } from './words';

import type { KioskWork } from '../types';

export const kiosk = {
	startOver: 'Zacznij od nowa',
	warningTitle: {
		calculation: 'Czy nadal korzystasz z kalkulatora?',
		statement: 'Czy nadal wypełniasz oświadczenie?',
		other: 'Czy nadal korzystasz z terminala?'
	} satisfies Record<KioskWork, string>,
	warningBody: (seconds: number, work: KioskWork) => {
		const inSeconds = `Za ${seconds} ${plural(seconds, SECOND_FORMS)}`;
		const after =
			'a terminal wróci do strony startowej. Dzięki temu następna osoba nie zobaczy Twoich danych.';
		return {
			calculation: `${inSeconds} wynik i wszystko, co wpisano, znikną z ekranu, ${after}`,
			statement: `${inSeconds} wszystko, co wpisano w formularzu, zniknie z ekranu, ${after}`,
			other: `${inSeconds} wszystko, co wpisano, zniknie z ekranu, ${after}`
		}[work];
	},
	continue: 'Tak, kontynuuję',
	clearNow: 'Nie, zacznij od nowa',
	banner:
		'Terminal samoobsługowy: po zakończeniu naciśnij „Zacznij od nowa”, aby usunąć swoje dane.'
} as const;
