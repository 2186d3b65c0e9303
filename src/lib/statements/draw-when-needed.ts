// The statement's live preview is drawn only when someone may look at it (issue 18): a statement
// page starts with its fields, and the preview (a sheet of some sixty styled lines) is drawn
// when it comes near the screen, at the first thing typed or chosen (so it is there, at its
// full height, before anyone scrolls down to it), before the page is printed (the printout is
// the preview), and otherwise ten seconds after the page has started (after its start-up
// work): so that a print from a browser menu that announces nothing still has it.

/** How far ahead of the screen the preview starts to be drawn: half a screen. */
const AHEAD = '50% 0px';
/** After how long the preview is drawn anyway (ms). */
const LATEST = 10_000;

/**
 * Calls `draw` when `target` comes within half a screen of the viewport, at an input in `form`,
 * ten seconds after the start, and before the page is printed, until the returned function
 * stops it; drawing twice changes nothing. Before printing, `draw(true)`: the sheet must be
 * drawn at once, since `window.print()` lays the page out right after the event, before any
 * microtask in which Svelte would apply the change.
 */
export function drawWhenNeeded(
	target: Element,
	form: EventTarget,
	draw: (now?: boolean) => void
): () => void {
	const soon = () => draw();
	const now = () => draw(true);
	const observer = new IntersectionObserver(
		(entries) => entries.some((entry) => entry.isIntersecting) && soon(),
		{ rootMargin: AHEAD }
	);
	observer.observe(target);
	form.addEventListener('input', soon, true);
	addEventListener('beforeprint', now);
	const later = setTimeout(soon, LATEST);
	return () => {
		observer.disconnect();
		form.removeEventListener('input', soon, true);
		removeEventListener('beforeprint', now);
		clearTimeout(later);
	};
}
