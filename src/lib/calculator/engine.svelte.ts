// Bringing the rules engine (and the result panel that comes with it) to the calculator: at the
// first sign of use of the form, at once for a link that holds a calculation, again after a
// failed load, and never twice. A failed load after a new deployment is told apart from a lost
// connection (the page then offers the new version with what was typed).
import type { Component } from 'svelte';
import { onFirstUse } from '$lib/first-use';
import { newVersionDeployed } from '$lib/update/new-version';
import { holdsCalculation, isStateFragment } from './fragment';
import { loadEvaluator, type CalculatorState } from './state.svelte';

/** The result panel's props: what the page gives it. */
export type ResultPanelComponent = Component<{ calc: CalculatorState; printedOn: string }>;

export class EngineLoader {
	/** The result panel, once loaded; the page shows a waiting note before. */
	panel = $state.raw<ResultPanelComponent | null>(null);
	/** The engine's code is gone from the server: a new version was deployed. */
	outdated = $state(false);

	#loading: Promise<void> | null = null;
	#stopWaiting = () => {};
	#area: HTMLElement | null = null;

	constructor(
		private readonly calc: CalculatorState,
		private readonly loadPanel: () => Promise<{ default: ResultPanelComponent }>
	) {}

	/** Fetches the engine and the panel once (again after a failed try). */
	start = (): Promise<void> => {
		this.#loading ??= Promise.all([loadEvaluator(), this.loadPanel()]).then(
			([evaluator, panel]) => {
				this.panel = panel.default;
				this.calc.evaluator = evaluator;
			},
			async () => {
				if (await newVersionDeployed()) {
					this.outdated = true;
					return;
				}
				// Offline or a lost connection: the next touch of the form tries again.
				this.#loading = null;
				if (this.#area) this.#stopWaiting = onFirstUse(this.#area, this.start);
			}
		);
		return this.#loading;
	};

	/**
	 * On mount: a link's calculation replaces the form (without one, the form keeps what
	 * hydration took from the inputs: on a slow line a person may have typed before the scripts
	 * arrived). The engine comes at once for a link or a form already typed into, else at the
	 * first use of `area`; a later change of the address's calculation is loaded too.
	 * `openedFromLink` runs once the engine has worked out a link's calculation. Returns the
	 * clean-up.
	 */
	attach(area: HTMLElement, hash: string, openedFromLink: () => void): () => void {
		this.#area = area;
		const fromLink = holdsCalculation(hash);
		if (fromLink) {
			this.calc.load(hash);
			void this.start().then(openedFromLink);
		} else if (this.calc.fragment) void this.start();
		else this.#stopWaiting = onFirstUse(area, this.start);
		const onHashChange = () => {
			if (!isStateFragment(location.hash)) return;
			this.calc.load(location.hash);
			if (holdsCalculation(location.hash)) void this.start();
		};
		addEventListener('hashchange', onHashChange);
		return () => {
			this.#stopWaiting();
			removeEventListener('hashchange', onHashChange);
		};
	}
}

/**
 * The address that holds the calculation: `href` with the fragment replaced (or removed when
 * the form is empty). The page writes it with history.replaceState, so Back is not filled.
 */
export function addressWith(href: string, fragment: string): string {
	const base = href.replace(/#.*$/, '');
	return fragment ? `${base}#${fragment}` : base;
}
