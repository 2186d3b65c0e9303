// npm start: builds the site when there is no build yet, then serves it on localhost.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serve } from './serve.js';

if (!existsSync('build/index.html')) {
	console.log('No build yet: building the site…');
	execSync('npm run build', { stdio: 'inherit' });
}
const port = Number(process.env.PORT ?? 4173);
const { url } = await serve('build', port, '/');
console.log(`Kalkulator działa pod adresem ${url}  (Ctrl+C kończy)`);
