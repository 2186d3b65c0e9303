// The kiosk switch at run time. Read once from the first page's address, then kept in memory
// while the person moves between pages (nothing is stored: no storage APIs, no cookies).
import { resolve } from '$app/paths';
import { KIOSK_DEFAULTS, kioskQuery, readKioskConfig, type KioskConfig } from './config';

class KioskMode {
	config = $state<KioskConfig>(KIOSK_DEFAULTS);

	get on(): boolean {
		return this.config.on;
	}

	/** Called by the layout in the browser with the address the site was opened at. */
	start(search: string): void {
		if (!this.config.on) this.config = readKioskConfig(search);
		if (this.config.on) forgetFrameworkState();
	}

	/**
	 * Clears everything: a fresh load of the start page replaces this document, so no field,
	 * dialog or fragment of the previous person survives, and the Back button leads only to
	 * pages that open empty (see the pageshow handler in KioskShell).
	 */
	reset(): void {
		const start = new URL(resolve('/') + kioskQuery(this.config), location.href).href;
		forgetFrameworkState();
		location.replace(start);
	}
}

export const kioskMode = new KioskMode();

/**
 * SvelteKit itself keeps scroll positions in sessionStorage ("sveltekit:scroll",
 * "sveltekit:snapshot"). They hold no personal data, but a kiosk must keep nothing of the
 * previous person, so they are dropped when a kiosk session starts and when it is reset.
 * The site writes no storage of its own.
 */
function forgetFrameworkState(): void {
	try {
		sessionStorage.clear();
	} catch {
		// Storage disabled: nothing to forget.
	}
}
