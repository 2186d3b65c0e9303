import type { kiosk as pl } from '../pl/kiosk';
import type { Widen } from '../types';
import { plural, SECOND_FORMS } from './words';

import type { KioskWork } from '../types';

export const kiosk: Widen<typeof pl> = {
	startOver: 'Start again',
	warningTitle: {
		calculation: 'Are you still using the calculator?',
		statement: 'Are you still filling in the statement?',
		other: 'Are you still using this terminal?'
	} satisfies Record<KioskWork, string>,
	warningBody: (seconds: number, work: KioskWork) => {
		const inSeconds = `In ${seconds} ${plural(seconds, SECOND_FORMS)}`;
		const after =
			'and the terminal will go back to the start page. This way, the next person will not see your information.';
		return {
			calculation: `${inSeconds}, the result and everything that was typed will disappear from the screen, ${after}`,
			statement: `${inSeconds}, everything that was typed in the form will disappear from the screen, ${after}`,
			other: `${inSeconds}, everything that was typed will disappear from the screen, ${after}`
		}[work];
	},
	continue: 'Yes, continue',
	clearNow: 'No, start again',
	banner:
		'Self-service terminal: when you have finished, press “Start again” to remove your information.'
};
