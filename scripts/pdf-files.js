// A Vite plugin: writes `_app/pdf-files.json`, the list of the client chunks that make PDFs
// (src/lib/pdf/render.ts and jsPDF). The service worker reads it when it installs, so that it
// precaches everything a visitor needs but these (about 45 KB gzip that a phone on a limited
// plan rarely needs); it caches them on first use, and precaches them at the kiosk, which
// prints all day (src/service-worker.ts). Chunk names are hashes: only the build knows which
// chunk holds what.
const PDF_MODULE =
	/[\\/]node_modules[\\/]jspdf[\\/]|[\\/]src[\\/]lib[\\/]pdf[\\/]render\.ts$|\0jspdf-core/;

/** @returns {import('vite').Plugin} */
export default function pdfFiles() {
	return {
		name: 'pdf-files',
		apply: 'build',
		generateBundle(_options, bundle) {
			if (this.environment?.name !== 'client') return;
			const files = Object.values(bundle)
				.filter((file) => file.type === 'chunk' && file.moduleIds.some((id) => PDF_MODULE.test(id)))
				.map((chunk) => chunk.fileName);
			if (files.length === 0) this.error('pdf-files: no chunk holds the PDF renderer or jsPDF');
			this.emitFile({
				type: 'asset',
				fileName: '_app/pdf-files.json',
				source: JSON.stringify(files)
			});
		}
	};
}
