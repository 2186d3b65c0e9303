import type { common as pl } from '../pl/common';
import type { Widen } from '../types';
export const common: Widen<typeof pl> = {
	siteName: 'Food allowance calculator',
	siteOwner: 'Municipal Social Welfare Centre (MOPS) in Kędzierzyn-Koźle',
	siteDescription:
		'Check how much the food allowance (zasiłek celowy na zakup żywności) from the “Meals at school and at home” programme (“Posiłek w szkole i w domu”) at MOPS Kędzierzyn-Koźle can be at most, and fill in the statements about support centres.',
	skipToContent: 'Skip to main content',
	/** The language switch: its label; each language's own name is in ../locales.ts. */
	language: 'Language of this website',
	nav: {
		label: 'Main menu',
		calculator: 'Calculator',
		statements: 'Statements',
		guide: 'Day-care centre and Senior+ Club',
		sources: 'Legal basis'
	},
	footer: {
		basis:
			'Calculations follow Order No. 24/2025 of the Director of MOPS in Kędzierzyn-Koźle of 20 November 2025 (attachment No. 4).',
		privacy:
			'This website does not send or save anything you type: everything stays in this browser.',
		kioskPrivacy:
			'This website does not send anything you type over the internet and does not save it. Your data disappears from the screen when you press “Start again” or when nobody touches the screen for a while.',
		estimate: 'This is a help tool only. The Centre decides whether to grant a benefit.'
	},
	noScript:
		'The calculator and the statement forms work only when JavaScript is turned on in your browser. You can read the tables of amounts below without it.',
	errorSummaryTitle: 'Correct the information in the form',
	/** Read before a field's error by screen readers (hidden on screen). */
	errorPrefix: 'Error:',
	/**
	 * Before what to type in a field whose text is longer than it takes (see $lib/text-limit).
	 * The count tells a person who sees "1" that a paste brought more, out of view.
	 */
	tooLong: (max: number, typed: string) =>
		`The text in this field is too long: it can have at most ${max} characters, and it has ${typed}.`,
	notFoundTitle: 'Page not found',
	notFoundBody: 'Check the address or go back to the calculator.',
	backHome: 'Back to the calculator',
	guideLink:
		'How to start using a day-care centre (Dom Dziennego Pobytu) or a Senior+ Club (Klub Senior+), what it costs and how to stop using it (resign)',
	update: {
		calculator:
			'A new version of this page has been published since you opened it. Load it – the information you typed will stay in the form, and the result will be calculated again.',
		reload: 'Load the new version',
		statement:
			'A new version of this page has been published since you opened it, so a PDF file can no longer be made here. The information you typed is still in the form – you can print the statement from the preview.',
		kioskStatement:
			'This page has been updated in the meantime, and this printout cannot be made now. The information you typed is still in the form: press “Print from the preview”, and after you take the printout, press “Start again” to remove your data.',
		printPreview: 'Print from the preview'
	}
};
