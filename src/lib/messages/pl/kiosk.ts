/** What the inactivity warning will clear: the page's own work, named so a person knows. */
export type KioskWork = 'calculation' | 'statement' | 'other';

export const kiosk = {
	startOver: 'Zacznij od nowa',
	warningTitle: {
		calculation: 'Czy nadal korzystasz z kalkulatora?',
		statement: 'Czy nadal wypełniasz oświadczenie?',
		other: 'Czy nadal korzystasz z terminala?'
	} satisfies Record<KioskWork, string>,
	warningBody: (seconds: number, work: KioskWork) =>
		({
			calculation: `Za ${seconds} s wyliczenie i wszystkie wpisane dane zostaną usunięte, żeby następna osoba ich nie zobaczyła.`,
			statement: `Za ${seconds} s formularz i wszystkie wpisane dane zostaną usunięte, żeby następna osoba ich nie zobaczyła.`,
			other: `Za ${seconds} s wszystkie wpisane dane zostaną usunięte i wrócisz na stronę startową, żeby następna osoba ich nie zobaczyła.`
		})[work],
	continue: 'Kontynuuj',
	clearNow: 'Usuń dane teraz',
	banner:
		'Terminal samoobsługowy: po zakończeniu naciśnij „Zacznij od nowa”, aby usunąć swoje dane.'
} as const;
