/**
 * Czech/Slovak birth numbers: `YYMMDD/XXXX` (also with spaces around the slash), `YYMMDD/XXX`
 * (before 1954), or ten digits unbroken. Nine digits without a slash are too much like any other
 * number to claim. The date and mod-11 rules are in `isBirthNumber`.
 */
import { isBirthNumber } from './checksums.js';
import { eachMatch, isWordChar, type Found } from './found.js';

// ASCII-only pattern without a leading look-behind (fast); what comes before is checked by hand.
const BIRTH_NUMBER = /(?:(\d{6})(?:[ \u00a0]?\/[ \u00a0]?|[-_])(\d{3,4})|(\d{10}))(?![A-Za-z0-9]|[/.\-][0-9])/g;

export const BIRTH_NUMBER_PRIORITY = 7;

export function detectBirthNumbers(text: string, out: Found[], currentYear: number, from = 0): void {
  eachMatch(BIRTH_NUMBER, text, (match) => {
    const digits = match[3] ?? `${match[1]}${match[2]}`;
    const end = match.index + match[0].length;
    if (isWordChar(text, match.index - 1) || '/.-'.includes(text[match.index - 1] ?? ' ') || isWordChar(text, end)) return;
    if (isBirthNumber(digits, currentYear)) {
      out.push({ start: match.index, end: match.index + match[0].length, kind: 'birthNumber', priority: BIRTH_NUMBER_PRIORITY });
    }
  }, from);
}
