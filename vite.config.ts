import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import jspdfCore from './scripts/jspdf-core.js';
import pdfFiles from './scripts/pdf-files.js';

// For the update test only (tests/e2e/update.spec.ts): BUILD_SALT gives every chunk a new
// name, as a new version of the code does, so that the old names are gone from the server.
const salt = process.env.BUILD_SALT;
const renameChunks = { name: 'build-salt', augmentChunkHash: () => salt };

export default defineConfig({
	// jsPDF without the plugins the PDFs never use (see the file). It pays for itself: measured
	// on 2026-11-30 with jsPDF 4.2.1, the PDF chunk is 108 KB (37 KB gzip) instead of 407 KB
	// (130 KB gzip) for every first PDF on a phone. jsPDF is pinned with ~ and
	// tests/unit/jspdf-core.test.ts fails on a version whose statements it no longer finds.
	// pdf-files: which chunks make PDFs, for the service worker (see the file).
	plugins: [jspdfCore(), sveltekit(), pdfFiles(), ...(salt ? [renameChunks] : [])],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
