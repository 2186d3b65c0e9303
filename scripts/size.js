// npm run size: what the first visit of each page downloads, gzip-compressed, against a budget.
// Reads the built site (build/ or BUILD_DIR): each prerendered page, the stylesheets and
// modules it links, and every module those import statically (dynamic imports are left out:
// they load only when asked for, like the PDF library). Exits 1 above the budget.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const BUDGET = { total: 75 * KB, js: 55 * KB };
const PDF_MARKERS = [/jsPDF\.API/, /\.ttf$/i, /noto-sans/i];

const root = resolve(process.env.BUILD_DIR ?? 'build');

function pages(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : pages(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

function kind(path) {
	if (path.endsWith('.js')) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (path.endsWith('.html')) return 'html';
	if (/\.(ttf|woff2?|otf)$/.test(path)) return 'font';
	return 'other';
}

/** Every file the first visit of a page loads: the page, its links, their static imports. */
function firstVisit(page) {
	const html = readFileSync(page, 'utf8');
	const files = new Set([page]);
	const queue = [];
	const refs = [
		...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet|icon|manifest)"[^>]*>/g)
	].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]);
	// The boot script imports the entry modules by path.
	refs.push(...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1]));
	for (const ref of refs) {
		if (!ref || /^[a-z]+:/.test(ref)) continue;
		const path = ref.startsWith('/') ? join(root, ref) : resolve(dirname(page), ref);
		if (existsSync(path)) queue.push(path);
	}
	while (queue.length) {
		const file = queue.pop();
		if (files.has(file)) continue;
		files.add(file);
		if (!file.endsWith('.js')) continue;
		const code = readFileSync(file, 'utf8');
		// Static imports and re-exports only; import("…") is on demand.
		for (const m of code.matchAll(
			/(?:^|[;\s}])(?:import|export)\s*(?:[^'"();]*?from\s*)?["']([^"']+\.js)["']/g
		)) {
			const dep = resolve(dirname(file), m[1]);
			if (existsSync(dep)) queue.push(dep);
		}
	}
	return [...files];
}

export function measure() {
	if (!existsSync(root)) throw new Error(`No built site in ${root}: run npm run build first.`);
	return pages(root).map((page) => {
		const totals = { html: 0, css: 0, js: 0, font: 0, other: 0 };
		const pdf = [];
		for (const file of firstVisit(page)) {
			totals[kind(file)] += gz(file);
			const text = file.endsWith('.js') ? readFileSync(file, 'utf8') : '';
			if (PDF_MARKERS.some((re) => re.test(file) || re.test(text))) pdf.push(relative(root, file));
		}
		const total = Object.values(totals).reduce((a, b) => a + b, 0);
		return { page: '/' + relative(root, page).replace(/index\.html$/, ''), ...totals, total, pdf };
	});
}

const kb = (n) => (n / KB).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
	const rows = measure();
	const failures = [];
	console.log(`First visit, gzip, KB (budget: ${kb(BUDGET.total)} in all, ${kb(BUDGET.js)} JS)\n`);
	console.log('| page | HTML | CSS | JS | fonts | other | total |');
	console.log('|---|---:|---:|---:|---:|---:|---:|');
	for (const r of rows) {
		console.log(
			`| ${r.page} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.font)} | ${kb(r.other)} | ${kb(r.total)} |`
		);
		if (r.total > BUDGET.total) failures.push(`${r.page}: ${kb(r.total)} KB in all`);
		if (r.js > BUDGET.js) failures.push(`${r.page}: ${kb(r.js)} KB of JS`);
		if (r.pdf.length)
			failures.push(`${r.page}: the PDF library or font on a first visit (${r.pdf.join(', ')})`);
	}
	if (failures.length) {
		console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
		process.exit(1);
	}
	console.log('\nAll pages within budget.');
}
