// The statement's live preview is drawn only when someone may look at it (issue 18): a statement
// page starts with its fields, and the preview (a sheet of some sixty styled lines) is drawn
// when it comes near the screen, at the first thing typed or chosen, or before the page is
// printed (the printout is the preview).

/** How far ahead of the screen the preview starts to be drawn: half a screen. */
const AHEAD = '50% 0px';

/**
 * Calls `draw` once: when `sheet` comes within half a screen of the viewport, at the first input
 * in `form`, or before the page is printed. Returns a function that stops waiting.
 */
export function drawWhenNeeded(sheet: Element, form: EventTarget, draw: () => void): () => void {
	let observer: IntersectionObserver | undefined;
	const stop = () => {
		observer?.disconnect();
		form.removeEventListener('input', fire, true);
		removeEventListener('beforeprint', fire);
	};
	function fire() {
		stop();
		draw();
	}
	if (typeof IntersectionObserver === 'function') {
		observer = new IntersectionObserver(
			(entries) => {
				if (entries.some((entry) => entry.isIntersecting)) fire();
			},
			{ rootMargin: AHEAD }
		);
		observer.observe(sheet);
	}
	form.addEventListener('input', fire, true);
	addEventListener('beforeprint', fire);
	return stop;
}
