import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'bench/results/',
			// The bare SvelteKit yardstick of npm run startup: a fixture outside the project's tsconfig.
			'bench/bare/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		// No {@html} anywhere: nothing a person types may ever become markup (issue 7).
		rules: { 'no-undef': 'off', 'svelte/no-at-html-tags': 'error' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The law is pure: no clock, no DOM, no framework in src/lib/rules.
		files: ['src/lib/rules/**/*.ts'],
		ignores: ['src/lib/rules/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['svelte', 'svelte/*', '$app/*', '$lib/components/*'] }
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "NewExpression[callee.name='Date'][arguments.length=0]",
					message: 'The date is an argument of the rules, never the clock.'
				},
				{
					selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
					message: 'The date is an argument of the rules, never the clock.'
				},
				{
					selector: "CallExpression[callee.name='parseFloat']",
					message: 'Money is Decimal from strings.'
				}
			]
		}
	}
);
