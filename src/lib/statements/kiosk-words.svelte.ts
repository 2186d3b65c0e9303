// The statements' words at the kiosk ($messages/statement-kiosk), loaded only there: the kiosk's
// shell asks for them as it starts (src/lib/kiosk/KioskShell.svelte). Until they arrive, and
// anywhere else, a page shows its ordinary words.
import type { statementKiosk } from '$messages/statement-kiosk';
import { kioskMode } from '$lib/kiosk/kiosk.svelte';

type KioskWords = typeof statementKiosk;

let words: KioskWords | null = $state.raw(null);
let loading: Promise<void> | null = null;

/** Fetches the kiosk's words once (again after a failed try). */
export function loadKioskWords(): Promise<void> {
	loading ??= import('$messages/statement-kiosk').then(
		(module) => {
			words = module.statementKiosk;
		},
		() => {
			loading = null;
		}
	);
	return loading;
}

/** At the kiosk, its words for `key`; elsewhere (or before they arrive) `otherwise`. */
export function atKiosk(key: keyof KioskWords, otherwise: string): string {
	return kioskMode.on && words ? words[key] : otherwise;
}
