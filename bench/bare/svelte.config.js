// A bare SvelteKit page, built with the project's own installed versions: the yardstick of
// `npm run startup` (scripts/startup.js). Never part of the site.
import adapter from '@sveltejs/adapter-static';

export default {
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		paths: { relative: true },
		inlineStyleThreshold: Infinity
	}
};
