// Types SvelteKit reads for the app (see "app.d.ts" in the SvelteKit docs).
declare global {
	/** The maxima tables' amounts as text, made at build time (vite.config.ts, maxima-texts.ts). */
	const __MAXIMA_TEXTS__: Readonly<Record<string, string>>;

	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
