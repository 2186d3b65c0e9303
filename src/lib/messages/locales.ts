// The site's languages: Polish at the root, the others under their own folder (/uk/, /en/),
// each a build of its own (scripts/build.js). A language's name is written in that language,
// the same on every page, so that a person finds their own.
export const LOCALES = [
	{ code: 'pl', name: 'Polski', folder: '' },
	{ code: 'uk', name: 'Українська', folder: 'uk' },
	{ code: 'en', name: 'English', folder: 'en' }
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];
