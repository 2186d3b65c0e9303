// Runs Playwright with the Chromium that scripts/chromium.js finds, or stops with one sentence.
import { spawn } from 'node:child_process';
import { findChromium, NO_BROWSER } from './chromium.js';

const found = await findChromium();
if (!found) {
	console.error(NO_BROWSER);
	process.exit(1);
}
const env = { ...process.env };
if (found.path) env.CHROMIUM_PATH = found.path;
const child = spawn('npx', ['playwright', ...process.argv.slice(2)], { stdio: 'inherit', env });
child.on('exit', (code) => process.exit(code ?? 1));
