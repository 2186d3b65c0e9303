// After a new deployment, a tab opened before it still runs the old build. The code it loads
// later (the rules engine, a statement's checks, jsPDF) has a new name in the new build and may
// be gone from the server. When such a load fails, this tells whether that is the reason, so
// the page can recover without losing the person's work (README, "Updates").
import { updated } from '$app/state';

/** After a failed load of the site's own code: has a newer build been deployed since this tab opened? */
export async function newVersionDeployed(): Promise<boolean> {
	try {
		return await updated.check();
	} catch {
		// Offline or the server unreachable: the load failed for that reason, not for an update.
		return false;
	}
}

/**
 * Loads the page again, with the calculator's inputs in the address (`fragment`, as a link to
 * the calculation holds them): the new version opens with the same form.
 */
export function reloadWith(fragment: string): void {
	const page = location.href.replace(/#.*$/, '');
	history.replaceState(history.state, '', fragment ? `${page}#${fragment}` : page);
	location.reload();
}

/** How browsers word a failed import() of a script (Chromium, Firefox, Safari). */
const FAILED_IMPORT = /dynamically imported module|Importing a module script failed/;

/**
 * After a new deployment SvelteKit may preload the old build's code for a link under the pointer
 * and not catch the failure: a promise rejected with no one to hear it. Nothing is lost (the
 * click itself loads the new version in full, see +layout.svelte), so such a rejection is
 * handled here instead of surfacing as an error. Any other rejection is left alone. Returns the
 * clean-up.
 */
export function quietFailedPreloads(): () => void {
	const onRejection = (event: PromiseRejectionEvent) => {
		const reason: unknown = event.reason;
		if (reason instanceof Error && FAILED_IMPORT.test(reason.message)) event.preventDefault();
	};
	addEventListener('unhandledrejection', onRejection);
	return () => removeEventListener('unhandledrejection', onRejection);
}
