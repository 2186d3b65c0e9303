// Every page is prerendered: the site is plain files with no server behind it.
export const prerender = true;
export const trailingSlash = 'always';
