// The kiosk switch at run time. Turned on by the first page's address (?kiosk), then kept for
// the life of the browser tab in sessionStorage under one key, "kiosk", whose value is only the
// kiosk's own address query ("?kiosk&idle=20&warn=20"): no personal data. So kiosk mode
// survives links, Back, Forward, reloads and the back-forward cache, and nothing on a page can
// turn it off; closing the tab (or the browser, which at the kiosk runs incognito) does.
import { resolve } from '$app/paths';
import { KIOSK_DEFAULTS, kioskQuery, readKioskConfig, type KioskConfig } from './config';

/** The sessionStorage key of the kiosk flag (its value: the kiosk's query string). */
export const KIOSK_KEY = 'kiosk';
/** Set by a reset for the page it loads, which then shows its top; removed at once. */
const FRESH_KEY = 'kiosk:fresh';
/**
 * The start page of the language the kiosk was started in (its address with ?kiosk): a reset
 * goes back there, so a visitor who switched to another language leaves it behind them.
 */
const HOME_KEY = 'kiosk:home';

class KioskMode {
	config = $state<KioskConfig>(KIOSK_DEFAULTS);

	get on(): boolean {
		return this.config.on;
	}

	/**
	 * Called by the layout in the browser once the page has started. Returns true when the
	 * page must not be shown (it came back from the history of an earlier person) and a reset
	 * has already begun.
	 */
	start(search: string): boolean {
		if (!this.config.on) {
			const fromAddress = readKioskConfig(search);
			if (fromAddress.on) store(HOME_KEY, new URL(resolve('/'), location.href).pathname);
			this.config = fromAddress.on ? fromAddress : readKioskConfig(stored(KIOSK_KEY) ?? '');
		}
		if (!this.config.on) return false;
		store(KIOSK_KEY, kioskQuery(this.config));
		if (cameBackFromHistory()) {
			this.reset();
			return true;
		}
		if (takeFresh()) scrollTo(0, 0);
		return false;
	}

	/**
	 * Clears everything: a fresh load of the start page replaces this document, so no field,
	 * dialog or fragment of the previous person survives. Pages that Back or Forward bring
	 * back start over in the same way (`start`, and the pageshow handler in KioskShell).
	 */
	reset(): void {
		const home = stored(HOME_KEY) ?? resolve('/');
		const start = new URL(home + kioskQuery(this.config), location.href).href;
		forgetFrameworkState();
		store(KIOSK_KEY, kioskQuery(this.config));
		store(HOME_KEY, home);
		try {
			sessionStorage.setItem(FRESH_KEY, '1');
		} catch {
			// Storage disabled: the start page may open scrolled.
		}
		location.replace(start);
	}
}

export const kioskMode = new KioskMode();

/**
 * True when this document was loaded by Back or Forward. At the kiosk every reset loads a new
 * document, so a page that history brings back from another document may belong to the person
 * before: it starts over. (Back and Forward between pages of one document stay within the
 * current person's visit and keep working.)
 */
function cameBackFromHistory(): boolean {
	const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
	return entry?.type === 'back_forward';
}

/** A value of this tab's sessionStorage; null when there is none or storage is disabled. */
function stored(key: string): string | null {
	try {
		return sessionStorage.getItem(key);
	} catch {
		return null;
	}
}

/**
 * Keeps a value in this tab's sessionStorage. With storage disabled, kiosk mode lasts as long as
 * the document (the address still has it) and a reset goes to this language's start page.
 */
function store(key: string, value: string): void {
	try {
		sessionStorage.setItem(key, value);
	} catch {
		// Storage disabled: see above.
	}
}

function takeFresh(): boolean {
	try {
		const fresh = sessionStorage.getItem(FRESH_KEY) !== null;
		sessionStorage.removeItem(FRESH_KEY);
		return fresh;
	} catch {
		return false;
	}
}

/**
 * SvelteKit itself keeps scroll positions in sessionStorage ("sveltekit:scroll",
 * "sveltekit:snapshot"). They hold no personal data, but a kiosk must keep nothing of the
 * previous person, so everything but the kiosk flag (and its home page) is dropped at each
 * reset. The site writes no storage of its own beyond them, and the language switch's brief
 * hand-over of a statement's text ($lib/language-handoff), which a reset drops too.
 */
function forgetFrameworkState(): void {
	try {
		sessionStorage.clear();
	} catch {
		// Storage disabled: nothing to forget.
	}
}
