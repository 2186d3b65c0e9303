// How long a typed text may be. Fields carry no `maxlength`: a browser cuts a paste at it without
// a word, and "1" + many spaces + "x" cut to "1 …" would be read as 1 zł, a different valid value
// than what was typed (issue 14). The whole text stays in the field, as typed, and its check says
// it is too long and what to type instead (GOV.UK: "must be 500 characters or less"). The check
// comes before any reading of the text, so a pasted page costs one comparison, not a parse.
import { common } from '$messages';

/**
 * The message for a text longer than `max` characters, spaces around it not counted (they
 * change no value: the readers trim them, the documents collapse them), else undefined: the
 * limit, then `what` to type. Characters are UTF-16 units: an emoji counts as two, which the
 * generous limits absorb.
 */
export function tooLong(text: string, max: number, what: string): string | undefined {
	if (text.length <= max) return undefined;
	const length = text.trim().length;
	return length > max
		? `${common.tooLong(max, length.toLocaleString('pl-PL'))} ${what}`
		: undefined;
}
