// Kiosk mode is switched on by the address: any page with ?kiosk. The centre's IT sets
// /?kiosk as the start page of the full-screen browser. Options, also in the address:
//   idle=SECONDS  time without input before the warning (default 120)
//   warn=SECONDS  how long the warning counts down before everything is cleared
//                 (default 30, never under 20: WCAG 2.2.1 asks for at least 20 s to react)

export interface KioskConfig {
	on: boolean;
	idleSeconds: number;
	warnSeconds: number;
}

export const KIOSK_DEFAULTS: KioskConfig = { on: false, idleSeconds: 120, warnSeconds: 30 };
const MIN_WARN_SECONDS = 20;

function seconds(raw: string | null, fallback: number, min: number): number {
	if (raw === null || !/^\d{1,5}$/.test(raw)) return fallback;
	return Math.max(min, Number(raw));
}

/** Reads the kiosk switch and its timings from an address's query string. */
export function readKioskConfig(search: string): KioskConfig {
	const params = new URLSearchParams(search);
	if (!params.has('kiosk')) return KIOSK_DEFAULTS;
	return {
		on: true,
		idleSeconds: seconds(params.get('idle'), KIOSK_DEFAULTS.idleSeconds, 1),
		warnSeconds: seconds(params.get('warn'), KIOSK_DEFAULTS.warnSeconds, MIN_WARN_SECONDS)
	};
}

/** The query string that brings a fresh kiosk back with the same timings. */
export function kioskQuery(config: KioskConfig): string {
	const params = new URLSearchParams();
	params.set('kiosk', '');
	if (config.idleSeconds !== KIOSK_DEFAULTS.idleSeconds)
		params.set('idle', String(config.idleSeconds));
	if (config.warnSeconds !== KIOSK_DEFAULTS.warnSeconds)
		params.set('warn', String(config.warnSeconds));
	return '?' + params.toString().replace('kiosk=', 'kiosk');
}
