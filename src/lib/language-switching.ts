// The moment the language switch is clicked, for whatever must happen first: a statement page
// hands what was typed to the other language ($lib/language-handoff registers itself here, so
// pages without a statement never load it), and the leave guard then lets the page go.
let prepare: (() => boolean) | null = null;
let switching = false;

/** Runs `fn` when the language switch is clicked; it returns true if nothing is lost by leaving. */
export function beforeLanguageSwitch(fn: () => boolean): () => void {
	prepare = fn;
	return () => {
		if (prepare === fn) prepare = null;
	};
}

/** Called by the language switch as it is clicked. */
export function languageSwitchClicked(): void {
	switching = prepare ? prepare() : false;
}

/** Leaving now is the language switch, with what was typed handed over. */
export function leavingForLanguage(): boolean {
	return switching;
}
