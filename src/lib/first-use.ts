// "Import on interaction": code that a part of the page needs only once someone starts using it
// (the calculator's rules engine) is fetched at the first sign of use, not with the page, so the
// first visit stays small on slow mobile data. The signs come before the first typed character
// (a finger or mouse pressed, a field focused, a key pressed), so the code is there by the time
// it is needed.
const SIGNS = ['pointerdown', 'touchstart', 'focusin', 'keydown', 'input'] as const;

/** Calls `start` once, at the first sign of use inside `area`; returns a function that stops listening. */
export function onFirstUse(area: EventTarget, start: () => void): () => void {
	const fire = () => {
		stop();
		start();
	};
	const stop = () => {
		for (const sign of SIGNS) area.removeEventListener(sign, fire, true);
	};
	for (const sign of SIGNS) area.addEventListener(sign, fire, { capture: true, passive: true });
	return stop;
}
