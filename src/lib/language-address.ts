// The address of the page being shown, in another language of the site. Polish is the site's
// root, every other language a folder in it (src/lib/messages/locales.ts); each is a build of
// its own with the same pages. Relative to this build's root, so it works under any sub-path.
import { LOCALES, type LocaleCode } from '$lib/messages/locales';

const folderOf = (code: LocaleCode) => LOCALES.find((l) => l.code === code)?.folder ?? '';

/**
 * `root`: this build's root as $app/paths resolve('/') gives it ("./", "../../", "/uk/");
 * `routeId`: the page's route ("/oswiadczenia/rezygnacja"; null on the not-found page, whose
 * counterpart is the start page); `current`: this build's language.
 */
export function languageAddress(
	root: string,
	routeId: string | null,
	current: LocaleCode
): (target: LocaleCode) => string {
	const base = root === '' ? './' : root.endsWith('/') ? root : `${root}/`;
	const page = routeId && routeId !== '/' ? `${routeId.replace(/^\/|\/$/g, '')}/` : '';
	const up = folderOf(current) ? '../' : '';
	return (target) => {
		const folder = folderOf(target);
		return `${base}${up}${folder ? `${folder}/` : ''}${page}`;
	};
}
