import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.js';

// Where the built site is and which ports serve it; overridable so that two checkouts or two
// engineers can run the browser tests at once (BUILD_DIR=build-x E2E_PORT=4273 npm run test:e2e).
const buildDir = process.env.BUILD_DIR ?? 'build';
const subDir = `${buildDir}-sub`;
const port = Number(process.env.E2E_PORT ?? 4173);
const subPort = port + 1;
const origin = `http://127.0.0.1:${port}/`;
const subOrigin = `http://127.0.0.1:${subPort}/kalkulator/`;
const withSubPath = existsSync(subDir);
// Debian's nginx with deploy/nginx.conf, serving both builds (tests/e2e/nginx.spec.ts).
const nginxPort = port + 2;
const nginxOrigin = `http://127.0.0.1:${nginxPort}/`;

// scripts/playwright.js finds the browser and passes it here as CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	// axe over the longest pages (sources, a family result) needs more than 30 s on a loaded 2-core
	// machine; a hang still fails within a minute.
	timeout: 60_000,
	use: {
		baseURL: origin,
		locale: 'pl-PL',
		timezoneId: 'Europe/Warsaw',
		trace: 'off',
		// The offline tests allow the service worker; elsewhere it would hide requests from the guard.
		serviceWorkers: 'block',
		launchOptions: { executablePath, args: CHROMIUM_ARGS }
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], channel: undefined },
			testIgnore: /(sub-path|nginx)\.spec\.ts/
		},
		...(withSubPath
			? [
					{
						name: 'sub-path',
						use: { ...devices['Desktop Chrome'], baseURL: subOrigin },
						testMatch: /sub-path\.spec\.ts/
					},
					{
						name: 'nginx',
						use: { ...devices['Desktop Chrome'], baseURL: nginxOrigin },
						testMatch: /nginx\.spec\.ts/
					}
				]
			: [])
	],
	webServer: [
		{
			command: `node scripts/serve.js ${buildDir} ${port} /`,
			url: origin,
			reuseExistingServer: !process.env.CI
		},
		...(withSubPath
			? [
					{
						command: `node scripts/serve.js ${subDir} ${subPort} /kalkulator`,
						url: subOrigin,
						reuseExistingServer: !process.env.CI
					},
					{
						// Stops with one sentence if nginx is not installed (CI installs it).
						command: `node scripts/nginx.js ${buildDir} ${subDir} ${nginxPort}`,
						url: nginxOrigin,
						reuseExistingServer: !process.env.CI,
						// Lets the script stop nginx and remove its temporary folder.
						gracefulShutdown: { signal: 'SIGTERM', timeout: 5000 }
					}
				]
			: [])
	]
});
