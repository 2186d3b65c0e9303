import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.js';

// scripts/playwright.js finds the browser and passes it here as CHROMIUM_PATH.
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	use: {
		baseURL: 'http://127.0.0.1:4173/',
		locale: 'pl-PL',
		timezoneId: 'Europe/Warsaw',
		trace: 'off',
		launchOptions: { executablePath, args: CHROMIUM_ARGS }
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], channel: undefined },
			testIgnore: /sub-path\.spec\.ts/
		},
		{
			name: 'sub-path',
			use: { ...devices['Desktop Chrome'], baseURL: 'http://127.0.0.1:4174/kalkulator/' },
			testMatch: /sub-path\.spec\.ts/
		}
	],
	webServer: [
		{
			command: 'node scripts/serve.js build 4173 /',
			url: 'http://127.0.0.1:4173/',
			reuseExistingServer: !process.env.CI
		},
		{
			command: 'node scripts/serve.js build-sub 4174 /kalkulator',
			url: 'http://127.0.0.1:4174/kalkulator/',
			reuseExistingServer: !process.env.CI
		}
	]
});
