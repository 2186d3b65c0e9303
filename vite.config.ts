import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';
import jspdfCore from './scripts/jspdf-core.js';

export default defineConfig(async () => {
	// The maxima tables' amounts, formatted here by the site's own formatMoney so the start page
	// hydrates without making an Intl object (src/lib/calculator/maxima-texts.ts). Loaded through
	// Vite's module runner: TypeScript and $lib work as in the site.
	const { module: maxima } = await runnerImport<typeof import('./src/lib/calculator/maxima-texts')>(
		'./src/lib/calculator/maxima-texts.ts',
		{
			resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } }
		}
	);

	return {
		// jsPDF without the plugins the PDFs never use (see the file): ~100 KB instead of ~400 KB.
		plugins: [jspdfCore(), sveltekit()],
		define: { __MAXIMA_TEXTS__: JSON.stringify(maxima.maximaTexts()) },
		test: {
			include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
			environment: 'node'
		}
	};
});
