import { describe, expect, it } from 'vitest';
import { languageAddress } from './language-address';

describe('the same page in another language', () => {
	it.each([
		['./', '/', 'pl', 'uk', './uk/'],
		['./', '/', 'pl', 'pl', './'],
		['../../', '/oswiadczenia/rezygnacja', 'pl', 'en', '../../en/oswiadczenia/rezygnacja/'],
		['../../', '/oswiadczenia/rezygnacja', 'uk', 'pl', '../../../oswiadczenia/rezygnacja/'],
		['../', '/zrodla', 'uk', 'en', '../../en/zrodla/'],
		['/uk/', '/zrodla', 'uk', 'uk', '/uk/../uk/zrodla/'],
		['/kalkulator/', '/jak-skorzystac', 'pl', 'uk', '/kalkulator/uk/jak-skorzystac/'],
		['/kalkulator/en/', '/', 'en', 'pl', '/kalkulator/en/../'],
		['', null, 'pl', 'en', './en/']
	] as const)(
		'from root %j, route %j in %s, the %s page is %j',
		(root, route, current, target, address) => {
			expect(languageAddress(root, route, current)(target)).toBe(address);
		}
	);
});
