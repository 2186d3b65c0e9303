// What is typed into a statement lives only in this tab's memory: leaving the page loses it.
// While a form holds text that was neither downloaded nor printed, leaving asks first: a link
// in the site (the menu, Back) with the browser's confirm in plain Polish, closing or reloading
// the tab with the browser's own "leave site?" (beforeunload; its words are the browser's).
// Never at the kiosk: there the inactivity reset and "Zacznij od nowa" must clear the screen
// for the next person without a question, and a dialog left open would keep one person's data
// on the screen (a confirm also stops every timer of the page while it is open).
import type { BeforeNavigate } from '@sveltejs/kit';
import { kioskMode } from '$lib/kiosk/kiosk.svelte';
import { leavingForLanguage } from '$lib/language-switching';

interface Guard {
	/** True while leaving would lose something. */
	unsaved: () => boolean;
	/** The question; OK leaves. */
	question: string;
}

let guard: Guard | null = null;
/** The person said yes once: the rest of this leaving (e.g. a full reload after it) asks no more. */
let confirmed = false;

/** Asks before leaving while `unsaved()` holds (a page registers one); returns the release. */
export function guardLeaving(unsaved: () => boolean, question: string): () => void {
	const own: Guard = { unsaved, question };
	guard = own;
	confirmed = false;
	return () => {
		if (guard === own) guard = null;
	};
}

/**
 * For the layout's beforeNavigate: false when the navigation must be cancelled. For a link or
 * Back inside the site it asks (window.confirm); for leaving the document it returns false, and
 * cancelling then makes the browser ask.
 */
export function mayLeave(navigation: Pick<BeforeNavigate, 'type' | 'from' | 'to'>): boolean {
	if (!guard || confirmed || kioskMode.on || !guard.unsaved()) return true;
	// The language switch carries the typed text to the other language's page.
	if (leavingForLanguage()) return true;
	if (navigation.type === 'leave') return false;
	// A link within the page (the skip link) loses nothing. (Not `location`: on Back it already
	// shows the page being gone to.)
	const { from, to } = navigation;
	if (from && to && from.url.pathname === to.url.pathname) return true;
	confirmed = confirm(guard.question);
	return confirmed;
}
