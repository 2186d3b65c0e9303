import { describe, expect, it } from 'vitest';
import { kiosk } from './kiosk';

describe('the kiosk warning counts down in words', () => {
	it.each([
		[1, 'Za 1 sekundę'],
		[2, 'Za 2 sekundy'],
		[4, 'Za 4 sekundy'],
		[5, 'Za 5 sekund'],
		[12, 'Za 12 sekund'],
		[22, 'Za 22 sekundy'],
		[30, 'Za 30 sekund']
	])('%i s reads „%s …”', (seconds, start) => {
		expect(kiosk.warningBody(seconds, 'other').startsWith(`${start} `)).toBe(true);
	});

	it('names what it clears, and that the start page comes next', () => {
		expect(kiosk.warningBody(30, 'calculation')).toContain('wynik i wszystko, co wpisano, znikną');
		expect(kiosk.warningBody(30, 'statement')).toContain('wpisano w formularzu, zniknie');
		expect(kiosk.warningBody(30, 'statement')).toContain('wróci do strony startowej');
	});
});
