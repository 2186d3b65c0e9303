/**
 * Today's date in Poland as yyyy-mm-dd. The single documented place in src/lib/rules that reads
 * the clock (through Intl, with no Date constructor); the rules themselves take the date as an
 * argument. index.ts uses it only when the caller gives no date.
 */
export function todayInWarsaw(): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Warsaw',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format();
}
