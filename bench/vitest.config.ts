// npm run bench (calculation part): not a test, a measurement. Run on its own config so that
// the ordinary test run never includes it.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	test: { include: ['bench/**/*.bench-run.ts'], environment: 'node', testTimeout: 120_000 }
});
