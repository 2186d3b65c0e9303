// npm start: builds the site from what is checked out, then serves it on localhost.
// It always builds (about half a minute), so that after a `git pull` the site served is the
// code in the folder, never an older build left in build/. SKIP_BUILD=1 serves build/ as it is.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serve } from './serve.js';

if (!process.env.SKIP_BUILD || !existsSync('build/index.html')) {
	console.log('Building the site…');
	execSync('npm run build', { stdio: 'inherit' });
}
const port = Number(process.env.PORT ?? 4173);
const { url } = await serve('build', port, '/');
console.log(`Kalkulator działa pod adresem ${url}  (Ctrl+C kończy)`);
