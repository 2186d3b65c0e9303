import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import jspdfCore from './scripts/jspdf-core.js';

export default defineConfig({
	// jsPDF without the plugins the PDFs never use (see the file): ~100 KB instead of ~400 KB.
	plugins: [jspdfCore(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
