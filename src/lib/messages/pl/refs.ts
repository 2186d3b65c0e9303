// How the order's places (src/lib/rules/parameters.ts, REFS) are worded in this language, beside
// the Polish citation: Polish needs nothing ($lib/messages/ref-translation).
import type { RefPattern } from '../ref-translation';

export const refPatterns: readonly RefPattern[] | null = null;
