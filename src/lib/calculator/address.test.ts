import { describe, expect, it } from 'vitest';
import { addressWith } from './engine.svelte';

describe('addressWith: the address that holds the calculation', () => {
	it.each([
		['https://x.pl/', 'income=700', 'https://x.pl/#income=700'],
		['https://x.pl/#income=1', 'income=700', 'https://x.pl/#income=700'],
		['https://x.pl/kalkulator/?kiosk#a', '', 'https://x.pl/kalkulator/?kiosk'],
		['https://x.pl/', '', 'https://x.pl/']
	])('%s with „%s” → %s', (href, fragment, next) => {
		expect(addressWith(href, fragment)).toBe(next);
	});
});
