import { describe, expect, it } from 'vitest';
import { kioskQuery, readKioskConfig } from './config';

describe('kiosk mode from the address', () => {
	it.each([
		[
			'an address without ?kiosk is the ordinary site',
			'',
			{ on: false, idleSeconds: 120, warnSeconds: 30 }
		],
		[
			'?kiosk turns it on with 2 minutes and a 30 s warning',
			'?kiosk',
			{ on: true, idleSeconds: 120, warnSeconds: 30 }
		],
		[
			'idle is configurable for the centre and for tests',
			'?kiosk&idle=5',
			{ on: true, idleSeconds: 5, warnSeconds: 30 }
		],
		[
			'the warning never lasts under 20 seconds (WCAG 2.2.1)',
			'?kiosk&warn=3',
			{ on: true, idleSeconds: 120, warnSeconds: 20 }
		],
		[
			'a warning of exactly 20 seconds is kept',
			'?kiosk&warn=20',
			{ on: true, idleSeconds: 120, warnSeconds: 20 }
		],
		[
			'malformed timings fall back to the defaults',
			'?kiosk&idle=abc&warn=-4',
			{ on: true, idleSeconds: 120, warnSeconds: 30 }
		],
		[
			'an idle time of 0 becomes 1 second',
			'?kiosk&idle=0',
			{ on: true, idleSeconds: 1, warnSeconds: 30 }
		]
	])('%s', (_name, search, expected) => {
		expect(readKioskConfig(search)).toEqual(expected);
	});

	it('writes back an address that reads as the same configuration', () => {
		const config = readKioskConfig('?kiosk&idle=7&warn=25');
		expect(kioskQuery(config)).toBe('?kiosk&idle=7&warn=25');
		expect(readKioskConfig(kioskQuery(config))).toEqual(config);
		expect(kioskQuery(readKioskConfig('?kiosk'))).toBe('?kiosk');
	});
});
