// How the order's places (src/lib/rules/parameters.ts, REFS) are worded in English, beside the
// Polish citation ($lib/messages/ref-translation).
import type { RefPattern } from '../ref-translation';

const COLUMN = { pierwsza: 'first', druga: 'second' } as Record<string, string>;

export const refPatterns: readonly RefPattern[] = [
	[
		/^Zał\. nr 4, pkt (\d) i tabela nr (\d)$/,
		(m) => `attachment No. 4, point ${m[1]} and table No. ${m[2]}`
	],
	[/^Zał\. nr 4, pkt (\d)$/, (m) => `attachment No. 4, point ${m[1]}`],
	[
		/^Zał\. nr 4, tabela nr (\d), kolumna (pierwsza|druga)$/,
		(m) => `attachment No. 4, table No. ${m[1]}, ${COLUMN[m[2] ?? ''] ?? ''} column`
	],
	[/^Zał\. nr 4, tabela nr (\d)$/, (m) => `attachment No. 4, table No. ${m[1]}`],
	[
		/^Zał\. nr 4, tabele nr (\d) i (\d)$/,
		(m) => `attachment No. 4, tables No. ${m[1]} and ${m[2]}`
	],
	[/^Zał\. nr 4, pod tabelą nr (\d)$/, (m) => `attachment No. 4, under table No. ${m[1]}`],
	[/^§ 1 pkt (\d)$/, (m) => `§ 1, point ${m[1]}`],
	[/^podane przez pracownika ośrodka$/, () => 'given by the Centre’s staff']
];
