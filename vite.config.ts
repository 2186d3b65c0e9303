import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import jspdfCore from './scripts/jspdf-core.js';
import { maximaTexts } from './src/lib/calculator/maxima-texts';

export default defineConfig({
	// jsPDF without the plugins the PDFs never use (see the file): ~100 KB instead of ~400 KB.
	plugins: [jspdfCore(), sveltekit()],
	// The maxima tables' amounts, formatted here so the start page hydrates without Intl.
	define: { __MAXIMA_TEXTS__: JSON.stringify(maximaTexts()) },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
