// Runs Debian's nginx with deploy/nginx.conf, for the hosting test (tests/e2e/nginx.spec.ts):
// the same file the centre installs, with only its listen address, its two site folders and
// nginx's own files (pid, logs, temp folders) moved: to a loopback port, to the given builds
// and to a temporary folder. Nothing under /etc/nginx is written and port 80 is never used.
// In the foreground, one process (master_process off), so stopping this script stops nginx.
// Usage: node scripts/nginx.js [dir=build] [subDir=build-sub] [port=4175]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const NO_NGINX =
	'nginx is not installed: the hosting test runs deploy/nginx.conf in Debian’s nginx (apt-get install nginx-light; .ci/run installs it).';

/** The nginx binary, or null. */
export function findNginx() {
	for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin']) {
		const path = join(dir || '.', 'nginx');
		if (existsSync(path)) return path;
	}
	return null;
}

/** Replaces `pattern` in `text`, insisting that it matches exactly `count` times. */
function replaceExactly(text, pattern, replacement, count, what) {
	const found = text.match(pattern)?.length ?? 0;
	if (found !== count) {
		throw new Error(`deploy/nginx.conf: expected ${count} ${what}, found ${found}`);
	}
	return text.replace(pattern, replacement);
}

/** deploy/nginx.conf with its listen lines, root and alias moved; everything else unchanged. */
export function siteConfig(conf, { dir, subDir, port }) {
	// Active lines only: the commented HTTPS lines stay as they are.
	let first = true;
	conf = replaceExactly(
		conf,
		/^([ \t]*)listen[ \t]+[^;#\n]+;[ \t]*$/gm,
		(_, indent) => {
			const line = first ? `${indent}listen 127.0.0.1:${port};` : `${indent}# (listen removed)`;
			first = false;
			return line;
		},
		2,
		'listen lines'
	);
	conf = replaceExactly(conf, /^([ \t]*)root[ \t]+[^;\n]+;/gm, `$1root ${dir};`, 1, 'root');
	conf = replaceExactly(conf, /^([ \t]*)alias[ \t]+[^;\n]+;/gm, `$1alias ${subDir}/;`, 1, 'alias');
	return conf;
}

/** The main configuration that wraps the site, with every path under `temp`. */
export function mainConfig(nginx, temp) {
	// Each module built in has a temp folder compiled under /var/lib/nginx: move them all.
	const flags = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr;
	const modules = [
		['client-body', 'client_body_temp_path', null],
		['proxy', 'proxy_temp_path', 'http_proxy'],
		['fastcgi', 'fastcgi_temp_path', 'http_fastcgi'],
		['uwsgi', 'uwsgi_temp_path', 'http_uwsgi'],
		['scgi', 'scgi_temp_path', 'http_scgi']
	];
	const temps = modules
		.filter(([, , module]) => !module || !flags.includes(`--without-${module}_module`))
		.map(([name, directive]) => `\t${directive} ${join(temp, name)};`);
	return [
		'daemon off;',
		'master_process off;',
		`pid ${join(temp, 'nginx.pid')};`,
		`error_log ${join(temp, 'error.log')} warn;`,
		'events { worker_connections 64; }',
		'http {',
		`\taccess_log ${join(temp, 'access.log')};`,
		...temps,
		`\tinclude ${join(temp, 'site.conf')};`,
		'}',
		''
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'build', subDir = 'build-sub', port = '4175'] = process.argv.slice(2);
	const nginx = findNginx();
	if (!nginx) {
		console.error(NO_NGINX);
		process.exit(1);
	}
	for (const build of [dir, subDir]) {
		if (!existsSync(join(build, 'index.html'))) {
			console.error(`${build}/index.html is missing: build the site first (npm run build).`);
			process.exit(1);
		}
	}
	// One folder per port, emptied at each start (a killed run cannot clean up after itself).
	const temp = join(tmpdir(), `mops-posilek-nginx-${port}`);
	rmSync(temp, { recursive: true, force: true });
	mkdirSync(temp, { recursive: true });
	const site = siteConfig(readFileSync('deploy/nginx.conf', 'utf8'), {
		dir: resolve(dir),
		subDir: resolve(subDir),
		port
	});
	writeFileSync(join(temp, 'site.conf'), site);
	writeFileSync(join(temp, 'nginx.conf'), mainConfig(nginx, temp));
	const args = ['-p', temp, '-e', join(temp, 'error.log'), '-c', join(temp, 'nginx.conf')];
	// Fails fast, with nginx's own message, on a configuration error.
	execFileSync(nginx, [...args, '-t', '-q'], { stdio: 'inherit' });
	const child = spawn(nginx, args, { stdio: 'inherit' });
	console.log(`nginx serves ${dir} at http://127.0.0.1:${port}/ and ${subDir} at /kalkulator/`);
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.on(signal, () => child.kill('SIGQUIT'));
	}
	child.on('exit', (code, signal) => {
		rmSync(temp, { recursive: true, force: true });
		process.exit(code ?? (['SIGQUIT', 'SIGTERM', 'SIGINT'].includes(signal ?? '') ? 0 : 1));
	});
}
