// A plain static file server for the built site: what any web host does, nothing more: files,
// a 404 page, and gzip for text (as nginx's `gzip on` or any static host does), so that
// Lighthouse and the benchmarks see the bytes a real visitor downloads.
// Usage: node scripts/serve.js [dir=build] [port=4173] [base=/]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.ttf': 'font/ttf',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf'
};
/** Sent gzip-compressed when the browser accepts it. */
const COMPRESSIBLE = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.webmanifest',
	'.svg',
	'.ttf',
	'.txt'
]);
/** Compressed bodies, by file and modification time. */
const gzipped = new Map();

/** @param {string} file */
function gzipOf(file) {
	const key = `${file}:${statSync(file).mtimeMs}`;
	let body = gzipped.get(key);
	if (!body) gzipped.set(key, (body = gzipSync(readFileSync(file))));
	return body;
}

/** Starts the server; resolves with its address once it listens. */
export function serve(dir = 'build', port = 4173, base = '/') {
	const root = resolve(dir);
	const prefix = base === '/' ? '' : base.replace(/\/+$/, '');
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (prefix) {
			if (path === prefix) path = prefix + '/';
			if (!path.startsWith(prefix + '/')) return notFound(res, root);
			path = path.slice(prefix.length);
		}
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) return notFound(res);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { location: prefix + path + '/' + url.search });
				return res.end();
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file) && existsSync(file + '.html')) file += '.html';
		if (!existsSync(file) || !statSync(file).isFile()) return notFound(res, root);
		const headers = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache',
			vary: 'accept-encoding'
		};
		if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			const body = gzipOf(file);
			res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
			return res.end(req.method === 'HEAD' ? undefined : body);
		}
		res.writeHead(200, headers);
		createReadStream(file).pipe(res);
	});
	return new Promise((ok) => {
		server.listen(port, '127.0.0.1', () =>
			ok({ server, url: `http://127.0.0.1:${port}${prefix}/` })
		);
	});
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string} [root]
 */
function notFound(res, root) {
	const page = root && join(root, '404.html');
	if (page && existsSync(page)) {
		res.writeHead(404, { 'content-type': TYPES['.html'] });
		return createReadStream(page).pipe(res);
	}
	res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
	res.end('Nie znaleziono strony (404).');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir, port, base] = process.argv.slice(2);
	const { url } = await serve(dir, Number(port ?? 4173), base ?? '/');
	console.log(`Serving ${dir ?? 'build'} at ${url}`);
}
