// npm run build: the site in every language, as plain files. Polish is built into BUILD_DIR
// (default build/) for BASE_PATH (default the root); Ukrainian and English are builds of their
// own into BUILD_DIR/uk and BUILD_DIR/en, for BASE_PATH/uk and BASE_PATH/en (svelte.config.js
// reads LOCALE). Each language's pages then carry only that language's words. Polish goes
// first: its build empties BUILD_DIR. One after another, in one .svelte-kit: about 30 s.
import { spawn } from 'node:child_process';

const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const out = process.env.BUILD_DIR ?? 'build';

/** One language's build; resolves when it is written, rejects with its exit code. */
function build(locale) {
	const env = { ...process.env, LOCALE: locale };
	if (locale !== 'pl') {
		Object.assign(env, { BASE_PATH: `${base}/${locale}`, BUILD_DIR: `${out}/${locale}` });
	}
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], { env, stdio: 'inherit' });
		child.on('exit', (code) => {
			if (code !== 0) return reject(new Error(`The ${locale} build failed (exit ${code}).`));
			console.log(`${locale}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
			resolve();
		});
	});
}

try {
	for (const locale of ['pl', 'uk', 'en']) await build(locale);
	console.log(`The site is in ${out}/ (Polish), ${out}/uk/ and ${out}/en/.`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
}
