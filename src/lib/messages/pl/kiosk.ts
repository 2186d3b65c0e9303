export const kiosk = {
	startOver: 'Zacznij od nowa',
	warningTitle: 'Czy nadal korzystasz z kalkulatora?',
	warningBody: (seconds: number) =>
		`Za ${seconds} s wszystkie wpisane dane zostaną usunięte, żeby następna osoba ich nie zobaczyła.`,
	continue: 'Kontynuuj',
	clearNow: 'Usuń dane teraz',
	banner:
		'Terminal samoobsługowy: po zakończeniu naciśnij „Zacznij od nowa”, aby usunąć swoje dane.'
} as const;
