// How the order's places (src/lib/rules/parameters.ts, REFS) are worded in Ukrainian, beside the
// Polish citation ($lib/messages/ref-translation).
import type { RefPattern } from '../ref-translation';

const COLUMN = { pierwsza: 'перший', druga: 'другий' } as Record<string, string>;

export const refPatterns: readonly RefPattern[] = [
	[
		/^Zał\. nr 4, pkt (\d) i tabela nr (\d)$/,
		(m) => `додаток № 4, пункт ${m[1]} і таблиця № ${m[2]}`
	],
	[/^Zał\. nr 4, pkt (\d)$/, (m) => `додаток № 4, пункт ${m[1]}`],
	[
		/^Zał\. nr 4, tabela nr (\d), kolumna (pierwsza|druga)$/,
		(m) => `додаток № 4, таблиця № ${m[1]}, ${COLUMN[m[2] ?? ''] ?? ''} стовпець`
	],
	[/^Zał\. nr 4, tabela nr (\d)$/, (m) => `додаток № 4, таблиця № ${m[1]}`],
	[/^Zał\. nr 4, tabele nr (\d) i (\d)$/, (m) => `додаток № 4, таблиці № ${m[1]} і № ${m[2]}`],
	[/^Zał\. nr 4, pod tabelą nr (\d)$/, (m) => `додаток № 4, під таблицею № ${m[1]}`],
	[/^§ 1 pkt (\d)$/, (m) => `§ 1, пункт ${m[1]}`],
	[/^podane przez pracownika ośrodka$/, () => 'вказано працівником Центру']
];
