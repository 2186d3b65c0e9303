// R4: the maximum amounts of tables 1–4 of zał. nr 4 (zł a month, per person), the values only:
// the start page's tables show them without loading the rules. parameters.ts (MAXIMA) pairs
// each with its source.
export const MAXIMUM_AMOUNTS = {
	upTo100: {
		single: { none: '500.00', centre: '275.00' },
		family: { none: '400.00', centre: '225.00' }
	},
	upTo200: {
		single: { none: '300.00', centre: '195.00' },
		family: { none: '250.00', centre: '175.00' }
	}
} as const;
