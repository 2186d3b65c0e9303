// npm run startup: the work each page does while it starts, measured against a bare SvelteKit
// page (bench/bare: one heading, one paragraph, one button, built with the project's own
// installed versions). Each page is loaded in a fresh browser context (an empty cache: a first
// visit) with the CPU throttled 4× through the DevTools protocol, five times, interleaved with
// the bare page so that both see the same machine. Chromium's own counters (Performance.getMetrics)
// give the time spent in script (compile and evaluation) and in style and layout until the
// page is idle; a trace of the same load counts the elements styled and the layout objects laid
// out. Prints the medians and each page's ratio to the bare page. A report, not a gate:
// wall-clock readings follow the machine's load; the ratio is steadier, the counts steadier still.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER } from './chromium.js';
import { serve } from './serve.js';

const ROUNDS = Number(process.env.STARTUP_ROUNDS ?? 5);
const THROTTLE = 4;
const buildDir = process.env.BUILD_DIR ?? 'build';
const port = Number(process.env.STARTUP_PORT ?? 4190);

const PAGES = [
	'/',
	'/#household=family&members=none,centre&income=2000&date=2026-11-23',
	'/oswiadczenia/',
	'/oswiadczenia/opiekun-faktyczny/',
	'/oswiadczenia/rezygnacja/',
	'/zrodla/',
	'/jak-skorzystac/',
	'/404.html'
];

const found = await findChromium();
if (!found) {
	console.error(NO_BROWSER);
	process.exit(1);
}
if (!existsSync(`${buildDir}/index.html`)) execSync('npm run build', { stdio: 'inherit' });
console.log('Building the bare SvelteKit page (bench/bare)…');
execSync('npx vite build', { cwd: 'bench/bare', stdio: 'inherit' });

const site = await serve(buildDir, port, '/');
const bare = await serve('bench/bare/build', port + 1, '/');
const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });

/**
 * One cold load of `url`, until the network is idle: script, style and layout time (ms, from
 * Performance.getMetrics), and from a trace of the same load how many elements were styled and
 * layout objects laid out: counts that do not follow the machine's load.
 */
async function measure(url) {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	await cdp.send('Performance.enable');
	let styled = 0;
	let laidOut = 0;
	cdp.on('Tracing.dataCollected', ({ value }) => {
		for (const event of value) {
			if (event.ph !== 'X') continue;
			if (event.name === 'UpdateLayoutTree') styled += event.args?.elementCount ?? 0;
			if (event.name === 'Layout') laidOut += event.args?.beginData?.dirtyObjects ?? 0;
		}
	});
	const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline',
		transferMode: 'ReportEvents'
	});
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(300);
	const { metrics } = await cdp.send('Performance.getMetrics');
	await cdp.send('Tracing.end');
	await traced;
	await context.close();
	const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value * 1000]));
	return {
		script: m.ScriptDuration ?? 0,
		style: (m.RecalcStyleDuration ?? 0) + (m.LayoutDuration ?? 0),
		styled,
		laidOut
	};
}

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const samples = new Map([['bare', []], ...PAGES.map((p) => [p, []])]);
try {
	for (let round = 1; round <= ROUNDS; round++) {
		process.stdout.write(`round ${round}/${ROUNDS}…\n`);
		for (const path of PAGES) {
			samples.get('bare').push(await measure(bare.url));
			samples.get(path).push(await measure(site.url + path.slice(1)));
		}
	}
} finally {
	await browser.close();
	site.server.close();
	bare.server.close();
}

const rows = [...samples].map(([path, runs]) => {
	const of = (pick) => median(runs.map(pick));
	return {
		path,
		script: of((r) => r.script),
		style: of((r) => r.style),
		total: of((r) => r.script + r.style),
		styled: of((r) => r.styled),
		laidOut: of((r) => r.laidOut)
	};
});
// A Chromium that wrote these events differently would read as no work at all: say so.
for (const { path, styled, laidOut } of rows) {
	if (!styled || !laidOut) console.warn(`${path}: no styled elements or laid-out objects traced`);
}
const bareTotal = rows[0].total;
const ms = (v) => v.toFixed(0);
console.log(
	`\nStart-up work, CPU throttled ${THROTTLE}×, medians of ${ROUNDS} cold loads (ms; ratio to the bare page;` +
		' elements styled and layout objects laid out, from a trace):\n'
);
console.log('| page | script | style + layout | total | × bare | styled | laid out |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const { path, script, style, total, styled, laidOut } of rows) {
	const name = path === 'bare' ? 'bare SvelteKit page' : path.replace(/#.*/, '#… (a calculation)');
	console.log(
		`| ${name} | ${ms(script)} | ${ms(style)} | ${ms(total)} | ${(total / bareTotal).toFixed(2)} | ${ms(styled)} | ${ms(laidOut)} |`
	);
}
