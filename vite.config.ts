import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import jspdfCore from './scripts/jspdf-core.js';
import pdfFiles from './scripts/pdf-files.js';

// For the update test only (tests/e2e/update.spec.ts): BUILD_SALT gives every chunk a new
// name, as a new version of the code does, so that the old names are gone from the server.
const salt = process.env.BUILD_SALT;
const renameChunks = { name: 'build-salt', augmentChunkHash: () => salt };

export default defineConfig({
	// jsPDF without the plugins the PDFs never use (see the file): ~100 KB instead of ~400 KB.
	// pdf-files: which chunks make PDFs, for the service worker (see the file).
	plugins: [jspdfCore(), sveltekit(), pdfFiles(), ...(salt ? [renameChunks] : [])],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
