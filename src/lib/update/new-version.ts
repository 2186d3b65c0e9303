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
