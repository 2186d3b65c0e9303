// What every language's explanation of a result has in common: the shape of a worded step and
// the one sentence-maker per kind of step (src/lib/rules/types.ts, StepFacts). Each language's
// steps.ts holds the words; wordStepWith pairs a step with its kind's words.
import type { Step, StepFacts, StepKind } from '$lib/rules';

/** A step in words: what the page, the printout and the PDF show. */
export interface WordedStep {
	title: string;
	text: string;
	/** The numbers of the step, labelled and written the language's way. */
	values: Array<{ label: string; value: string }>;
}

export interface Words<F> {
	title: (f: F) => string;
	text: (f: F) => string;
	values: (f: F) => Array<{ label: string; value: string }>;
}

/** One sentence-maker per kind of step: a kind without words fails the type check. */
export type StepMessages = { [K in StepKind]: Words<StepFacts[K]> };

/** A step in the words of `messages`. */
export function wordStepWith(messages: StepMessages, step: Step): WordedStep {
	// TypeScript cannot pair `kind` and `facts` through the lookup; StepMessages pairs them.
	const words = messages[step.kind] as unknown as Words<Step['facts']>;
	return {
		title: words.title(step.facts),
		text: words.text(step.facts),
		values: words.values(step.facts)
	};
}
