// Types SvelteKit reads for the app (see "app.d.ts" in the SvelteKit docs).
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
