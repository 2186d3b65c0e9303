// The statements' own words: the text of załączniki nr 1 and 2 of the order's procedure, as the
// centre files them. They are Polish documents in every language of the site, so this text is
// not a message to translate; the pages say so in the reader's language.
export const statementWords = {
	attachment: (n: 1 | 2) => [
		`Załącznik nr ${n}`,
		'do Procedury postępowania',
		'w sprawach dotyczących korzystania',
		'z usług ośrodków wsparcia'
	],
	placeDate: (date: string) => `Kędzierzyn–Koźle, ${date} roku`,
	placeDateBlank: 'Kędzierzyn–Koźle, ……… 20… roku',
	nameBlank: '………..………..……………………',
	streetPrefix: 'ul. ',
	streetBlank: 'ul. …………………………………..',
	town: 'Kędzierzyn – Koźle',
	postalBlank: '47–2…..',
	heading: 'OŚWIADCZENIE',
	signatureLine: '………………………………………………..',
	signatureDots: '....................................................',
	carer: {
		fileName: 'oswiadczenie-opiekun-faktyczny',
		docTitle: 'Oświadczenie – wskazanie opiekuna faktycznego',
		intro:
			'Oświadczam, że w związku z ubieganiem się o przyznanie usług ośrodka wsparcia dziennego z usługami opiekuńczymi, wskazuję jako mojego opiekuna faktycznego',
		titleBlank: 'Panią/Pana',
		title: { Pani: 'Panią', Pan: 'Pana' },
		nameBlank: '.............................................................................',
		phone: 'tel. kontaktowy',
		phoneBlank: '...................................................',
		access: 'Opiekun faktyczny ma prawo dostępu do informacji dotyczących mojej osoby:',
		full: '1) w pełnym zakresie*',
		limited: '2) w zakresie ograniczonym do',
		limitedBlank: '……………………………………………………………………………………………',
		footnote: '*zaznaczyć właściwe',
		signature: '(podpis wnioskodawcy)'
	},
	resignation: {
		fileName: 'oswiadczenie-rezygnacja',
		docTitle: 'Oświadczenie – rezygnacja z usług ośrodka wsparcia',
		effective: (date: string) =>
			`Oświadczam, że z dniem ${date} roku rezygnuję z usług ośrodka wsparcia`,
		effectiveBlank:
			'Oświadczam, że z dniem ............ 20.....roku rezygnuję z usług ośrodka wsparcia',
		centreBlank: '...................................................................',
		decision: (no: string, date: string) =>
			`Proszę o uchylenie decyzji nr ${no} z dnia ${date} roku w sprawie skierowania mnie do ośrodka wsparcia.`,
		decisionBlank:
			'Proszę o uchylenie decyzji nr ….............................................. z dnia ....…....20...... roku w sprawie skierowania mnie do ośrodka wsparcia.',
		address: 'Decyzję proszę przesłać na adres',
		addressBlank: '………………………………………………………………………………………………',
		signature: '(podpis)',
		staffPlaceDateBlank: 'Kędzierzyn–Koźle, ……… 20.... roku',
		caseMarkPrefix: 'DPŚ.5121.',
		caseMarkBlank: ' ……………',
		addressee: ['Dział Świadczeń', 'w miejscu'],
		staffDecision: (no: string, date: string, centre: string) =>
			`Proszę o uchylenie decyzji nr ${no} z dnia ${date} roku w sprawie skierowania ww. do ośrodka wsparcia ${centre}`,
		staffDecisionBlank:
			'Proszę o uchylenie decyzji nr ........................................................ z dnia .......……20…..roku w sprawie skierowania ww. do ośrodka wsparcia …..………………………………………………',
		staffEffective: (date: string) => `z dniem ${date} roku.`,
		staffEffectiveBlank: 'z dniem ……………………… roku.',
		staffAddressBlank: '……………………………………………………………………………………………………',
		staffSignature: '(podpis i pieczątka pracownika socjalnego)'
	}
} as const;
