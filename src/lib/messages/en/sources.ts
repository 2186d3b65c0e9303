// The sources page (/zrodla/). Import this file directly (not through ./index), so that the
// calculator's first visit does not carry it.
import type { calculatorSources as pl } from '../pl/sources';
import type { Widen } from '../types';
export const calculatorSources: Widen<typeof pl> = {
	pageTitle: 'Legal basis – MOPS Kędzierzyn-Koźle',
	heading: 'Legal basis',
	lead: 'Where the numbers in the calculator come from: each value with the date from which it applies and the legal act that sets it, and the exact wording of the rules of the Centre (MOPS – Miejski Ośrodek Pomocy Społecznej, the Municipal Social Welfare Centre).',
	back: 'Back to the calculator',
	toc: 'On this page',
	parametersHeading: 'Values used in the calculator',
	parametersIntro: (date: string) => `As of ${date}.`,
	colParameter: 'Value',
	colValue: 'Amount',
	colValid: 'In force',
	colSource: 'Source',
	validRange: (from: string, to: string | null) => (to ? `from ${from} to ${to}` : `from ${from}`),
	critSingle: 'Income criterion (kryterium dochodowe) – person running a one-person household',
	critPerPerson: 'Income criterion (kryterium dochodowe) – person in a family',
	limit: 'Income limit in the programme',
	limitValue: (p: string) => `${p}% of the criterion`,
	lunchPrice: 'Price of a lunch at a support centre (income over 100%)',
	maximum: (table: number, who: string) => `Maximum amount – table No. ${table}, ${who}`,
	reviewNote: (date: string) =>
		`The income criteria are reviewed every three years. From ${date}, the calculator warns that they may have changed; staff can then type the criterion in by hand (“Options for staff”).`,
	reviewNoteKiosk: (date: string) =>
		`The income criteria are reviewed every three years. From ${date}, the calculator warns that they may have changed – in that case, ask a member of the Centre’s staff about the current amounts.`,
	earlierNote: (date: string) =>
		`The Centre’s amounts apply from ${date}. For an earlier date, the calculator does not calculate the allowance.`,
	rulesHeading: 'Rules of the calculator (R1–R9)',
	rulesIntro:
		'Each step of the calculation has a rule number. Below: what each rule does and which point of the Order it is based on. Citations in Polish use “zał. nr” for “attachment No.” and “pkt” for “point”.',
	orderHeading: 'Rules of the Centre – wording',
	orderIntro:
		'Order No. 24/2025 of the Director of the Municipal Social Welfare Centre in Kędzierzyn-Koźle (Zarządzenie Nr 24/2025 Dyrektora Miejskiego Ośrodka Pomocy Społecznej w Kędzierzynie-Koźlu) of 20 November 2025, attachment No. 4: “Rules for granting a cash benefit in the form of a special-purpose allowance under the multi-annual government programme ‘Meals at school and at home’ at the Municipal Social Welfare Centre in Kędzierzyn-Koźle” (“Zasady przyznawania świadczenia pieniężnego w postaci zasiłku celowego w ramach wieloletniego rządowego programu »Posiłek w szkole i w domu« w Miejskim Ośrodku Pomocy Społecznej w Kędzierzynie-Koźlu”). Exact quotations in Polish, in the order of the Order: first points 1–4, then tables No. 1–4.',
	point: (n: number) => `Point ${n}`,
	columnNone: 'First column',
	columnCentre: 'Second column',
	procedureHeading: 'Who decides: a decision after a family interview',
	procedureIntro:
		'The Order gives maximum amounts (“Maksymalne kwoty świadczeń” – “Maximum amounts of benefits”). The result of the calculator is the highest amount that the Centre may grant under its rules – not a decision.',
	procedureBasis:
		'The Centre decides in an administrative decision whether to grant a special-purpose allowance (zasiłek celowy) and how much it will be. A decision on social assistance benefits is issued after a family interview (rodzinny wywiad środowiskowy; Article 106(4) of the Social Assistance Act of 12 March 2004 – ustawa o pomocy społecznej); the interview is carried out by a social worker (Article 107 of this Act). In the interview, the social worker also establishes the income.',
	readingsHeading: 'How the calculator reads the Order',
	readingsIntro:
		'The Order does not say these things directly. Below is how the calculator understands them. The Centre’s staff can confirm them or decide differently.',
	readings: [
		'A month: the Order does not say for what period the amounts are. The calculator shows them as monthly amounts, because the “Meals at school and at home” programme (“Posiłek w szkole i w domu”) pays the allowance every month.',
		'One form of support (point 4): a meal counts for each person separately – a person who receives a meal does not increase the amount, and the other people are counted as usual. Food products count for the whole household – when the household receives them, the amount of the allowance is zero.',
		'Rounding (tables No. 1 and 3): the calculated amount is rounded up to full tens of złoty, but not above the maximum amount, because the tables give maximum amounts. If the part of a periodic or permanent allowance is equal to the maximum amount or higher, at most the whole maximum amount is deducted.',
		'The columns of the tables (“Osoba korzystająca z bezpłatnych usług ośrodka wsparcia” – a person using the free services of a support centre; “[…] w kwocie 8,00 zł za obiad” – […] at PLN 8.00 per lunch) say to whom the maximum amount applies – they do not set fees. The fee for the stay and meals at a day-care centre (Dom Dziennego Pobytu) and a Senior+ Club (Klub Senior+) depends on income; it is set by the resolutions of the City Council of Kędzierzyn-Koźle and an order of the Director of the Centre, and for each person by a decision (the Procedure, points 4.1, 4.2 and 4.4).'
	],
	actLink: 'text of the regulation in ISAP',
	actAtKiosk: 'Text of the regulation: Internet System of Legal Acts (ISAP), isap.sejm.gov.pl',
	rules: [
		{
			id: 'R1',
			title: 'Who can get the allowance',
			text: 'The income of the household can be from 0 to 200% of the income criterion. For a family, the income per person is compared with the criterion per person in a family. With an income above 200%, the allowance from this programme cannot be granted.',
			ref: 'Attachment No. 4, point 1',
			anchor: 'pkt-1'
		},
		{
			id: 'R2',
			title: 'Income level',
			text: 'Up to and including 100% of the criterion – tables No. 1 and 3. Over 100% up to and including 200% – tables No. 2 and 4.',
			ref: 'Attachment No. 4, tables No. 1–4 (headings)',
			anchor: 'tabele'
		},
		{
			id: 'R3',
			title: 'Use of a support centre',
			text: 'For each person: does not use a support centre, uses a day-care centre (Dom Dziennego Pobytu) or a Senior+ Club (Klub Senior+), or already receives a meal from the programme. A person who uses a centre matches the second column of the table: “Osoba korzystająca z bezpłatnych usług ośrodka wsparcia” (a person using the free services of a support centre; tables No. 1 and 3) or “Osoba korzystająca z usług ośrodka wsparcia w kwocie 8,00 zł za obiad” (a person using the services of a support centre at PLN 8.00 per lunch; table No. 4; in table No. 2 “za 1 obiad” – per 1 lunch).',
			ref: 'Attachment No. 4, tables No. 1–4 (columns)',
			anchor: 'tabele'
		},
		{
			id: 'R4',
			title: 'Maximum amount for a person',
			text: 'The amount from the table for the income, the type of household and the use of a support centre. For a person who uses a centre, the Order gives a different maximum amount than for a person who does not; the result shows both.',
			ref: 'Attachment No. 4, tables No. 1–4',
			anchor: 'tabele'
		},
		{
			id: 'R5',
			title: 'Maximum amount for a family',
			text: 'The sum of the amounts of all people in the family.',
			ref: 'Attachment No. 4, under tables No. 3 and 4',
			anchor: 'tabela-3'
		},
		{
			id: 'R6',
			title: 'Part of a periodic or permanent allowance for buying food',
			text: 'Only with an income up to 100% of the criterion: the part of a periodic allowance (zasiłek okresowy) or permanent allowance (zasiłek stały) meant for buying food is taken away from the maximum amount, and the result is rounded up to full tens of złoty – but not above the maximum amount. With an income above 100%, nothing is taken away.',
			ref: 'Attachment No. 4, tables No. 1 and 3',
			anchor: 'tabela-1'
		},
		{
			id: 'R7',
			title: 'One form of support at a time',
			text: 'A meal, or the food allowance (zasiłek celowy na zakup żywności), or food products. The calculator reads this point like this: a person who receives a meal does not increase the amount (for each person separately); a household that receives food products has an amount of zero (for the whole household).',
			ref: 'Attachment No. 4, point 4',
			anchor: 'pkt-4'
		},
		{
			id: 'R8',
			title: 'Lunches at a support centre (information)',
			text: 'With an income above 100%, the column of the table speaks of a person who uses the services of a support centre “w kwocie 8,00 zł za obiad” (at PLN 8.00 per lunch). For comparison, the calculator shows the price of one person’s lunches. This is information only: the allowance is for buying food, not for paying for lunches, and it does not change with the number of lunches.',
			ref: 'Attachment No. 4, tables No. 2 and 4',
			anchor: 'tabela-2'
		},
		{
			id: 'R9',
			title: 'Particularly justified cases',
			text: 'The amounts may be higher after agreement with and approval by the Director of the Centre. The calculator does not apply this, but it says so under every result.',
			ref: 'Attachment No. 4, point 3',
			anchor: 'pkt-3'
		}
	]
};
