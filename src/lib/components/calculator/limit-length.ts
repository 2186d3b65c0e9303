// The longest text each calculator field takes (`maxlength`): a pasted page of text is cut at
// the field, not carried into every keystroke. Generous: "999 999 999,99 zł" is 17 characters.
//
// Set from outside the shared TextField (which has no `maxlength` prop yet) by a Svelte action
// on the form; a MutationObserver also covers the fields that appear later (the food part,
// lunches, the staff options). To be replaced by a TextField prop.
export const MAX_LENGTH: Record<string, number> = {
	income: 30,
	food: 30,
	'crit-single': 30,
	'crit-per-person': 30,
	lunches: 10,
	date: 20
};

function apply(root: HTMLElement): void {
	for (const [id, max] of Object.entries(MAX_LENGTH)) {
		const input = root.querySelector<HTMLInputElement>(`input#${id}`);
		if (input && input.maxLength !== max) input.maxLength = max;
	}
}

/** `use:limitLength` on the calculator's form. */
export function limitLength(root: HTMLElement): { destroy(): void } {
	apply(root);
	const observer = new MutationObserver(() => apply(root));
	observer.observe(root, { childList: true, subtree: true });
	return { destroy: () => observer.disconnect() };
}
