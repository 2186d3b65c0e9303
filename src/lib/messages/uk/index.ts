// Every UI string of the site, in Polish. One entry point, one file per part of the site,
// so that another language can be added as a sibling folder with the same shape.
export { common } from './common';
export { calculator } from './calculator';
export { statements } from './statements';
export { kiosk } from './kiosk';
