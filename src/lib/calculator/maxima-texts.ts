// The maxima tables' amounts (R4, tables 1–4) as text, made at build time. The tables are part
// of the start page, and formatting them while the page hydrates would make its first Intl
// object, which loads the browser's locale data (35–80 ms measured in Chromium here). The build
// formats them with the same formatMoney (vite.config.ts puts the texts into __MAXIMA_TEXTS__,
// declared in app.d.ts), and the prerendered HTML already shows them.
import { formatMoney } from '$lib/format';
import { MAXIMA } from '$lib/rules/parameters';

/** The build's texts; none while vite.config.ts itself loads this module to make them. */
const TEXTS: Readonly<Record<string, string>> =
	typeof __MAXIMA_TEXTS__ === 'undefined' ? {} : __MAXIMA_TEXTS__;

/** Every amount of tables 1–4 with its text: run by the build. */
export function maximaTexts(): Record<string, string> {
	const texts: Record<string, string> = {};
	for (const tier of Object.values(MAXIMA))
		for (const household of Object.values(tier))
			for (const { value } of Object.values(household)) texts[value] = formatMoney(value);
	return texts;
}

/** The text of one of the tables' amounts; an amount the build did not know is formatted now. */
export function maximumText(amount: string): string {
	return TEXTS[amount] ?? formatMoney(amount);
}
