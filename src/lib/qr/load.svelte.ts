/**
 * The QR encoder (./matrix.ts), loaded on demand: when a person is about to print (pointer
 * over or focus on "Drukuj"/the PDF button, or the click itself). Never on page load: a first
 * visit must not download it (npm run size). What the print view shows reads `qrEncoder.ready`.
 */
type Encoder = typeof import('./matrix');

export const qrEncoder = $state<{ ready: Encoder | null }>({ ready: null });

let loading: Promise<Encoder> | undefined;

export function loadQr(): Promise<Encoder> {
	if (!loading) {
		const started = import('./matrix');
		started.then(
			(encoder) => (qrEncoder.ready = encoder),
			() => loading === started && (loading = undefined)
		);
		loading = started;
	}
	return loading;
}

/** For onpointerenter/onfocus of the buttons that print. */
export function preloadQr(): void {
	loadQr().catch(() => {});
}
