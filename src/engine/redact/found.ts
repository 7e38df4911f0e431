/** A stretch of text a detector claims, and the helpers detectors share. */

export interface Found {
  start: number;
  /** Exclusive. */
  end: number;
  /** A built-in kind, a host pattern's id, or `''` for a stretch that only protects (a URL's path). */
  kind: string;
  /** Lower wins when two stretches overlap. */
  priority: number;
  /** What the mask shows of the value (a card's last four digits); absent for other kinds. */
  shown?: string;
}

export type Detect = (text: string, out: Found[]) => void;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the character at `index` is a letter or digit (false outside the text). */
export function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  // Latin-1 and Latin Extended letters (Czech and Slovak ones among them) but × and ÷, without the regex.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  // Elsewhere: look at the whole code point (a low surrogate alone says nothing).
  const from = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** An ASCII digit's char code. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Manual form of the look-behind the number patterns would need (kept out of the patterns: a
 * leading look-behind makes the regex engine try every position the slow way). True when the
 * text before `start` is a letter or digit, one of `also`, or a digit behind one separator.
 */
export function joinsPrevious(text: string, start: number, also = ''): boolean {
  if (start === 0) return false;
  // Char codes throughout: a one-character string per look was most of this check's cost.
  const before = text.charCodeAt(start - 1);
  if (isWordChar(text, start - 1)) return true;
  for (let k = 0; k < also.length; k += 1) if (also.charCodeAt(k) === before) return true;
  const separator = before === 32 || before === 0xa0 || before === 46 || before === 45 || before === 47;
  return separator && start > 1 && isAsciiDigit(text.charCodeAt(start - 2));
}

/** How many ASCII digits `text` holds between `start` and `end`. */
export function countDigits(text: string, start: number, end: number): number {
  let digits = 0;
  for (let i = start; i < end; i += 1) if (isAsciiDigit(text.charCodeAt(i))) digits += 1;
  return digits;
}

/**
 * What `accept` returns for a match it turns down for what comes before it (it continues a longer
 * number or word, the check a look-behind would make): the search goes on from the match's next
 * character, as it would with a look-behind in the pattern, so a value that starts inside the
 * turned-down match is still found (`…0008)00420 799 958 670`: the phone after the bracket).
 */
export const LOOK_INSIDE = Symbol('look inside');

/** Runs a global regex over the text from `from` on, handing each match to `accept`. */
export function eachMatch(regex: RegExp, text: string, accept: (match: RegExpExecArray) => void | typeof LOOK_INSIDE, from = 0): void {
  regex.lastIndex = from;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (accept(match) === LOOK_INSIDE) regex.lastIndex = match.index + 1;
    else if (match[0].length === 0) regex.lastIndex += 1;
  }
}
