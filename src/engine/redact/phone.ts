/**
 * Phone numbers: international (`+420 602 123 456`, `00421 905 123 456`, `+1 (555) 123-4567`) and
 * the Czech/Slovak national forms (`602 123 456`, `602123456`, `602 12 34 56`, `0905 123 456`,
 * `02/123 45 678`). National numbers look like prices, order numbers and amounts, so they are
 * dropped next to a currency or unit and after words naming another kind of number (order,
 * invoice, tracking…) unless a phone word (tel., mobil, call…) is nearer.
 */
import { countDigits, eachMatch, isAsciiDigit, isWordChar, joinsPrevious, LOOK_INSIDE, type Found } from './found.js';
import { currencyBefore, lastNumberWord } from './number-words.js';

const SEP = String.raw`[ \u00a0.\-\/]`;
/** `+` or `00`, a country code, then groups (a trunk prefix may sit in brackets). */
const INTERNATIONAL = new RegExp(
  String.raw`(?:\+|00)[1-9]\d{0,2}\)?(?:${SEP}?(?:\(\d{1,4}\)|\d{1,4})){2,7}(?![0-9])`,
  'g',
);
// The patterns are ASCII-only and start with a digit or `+` (non-Unicode regexes without a leading
// look-behind run several times faster); what comes before a number is checked by `joinsPrevious`.
/** Czech: nine digits starting 2–9, as 3-3-3, 3-2-2-2 or unbroken. */
const CZECH = /[2-9]\d{2}(?:(?:[ \u00a0.-]?\d{3}){2}|(?:[ \u00a0]\d{2}){3})(?![0-9]|[.,\-/][0-9]|[ \u00a0][0-9])/g;
/** Slovak (and Czech written with a trunk 0): ten digits starting 0, area code up to 4 digits. */
const SLOVAK = /0[1-9]\d{0,2}(?:[ \u00a0.\-/]?\d{2,4}){2,4}(?![0-9]|[.,\-/][0-9]|[ \u00a0][0-9])/g;

/**
 * A currency or unit right after a number (sticky: tried where the number ends, on the whole
 * text, with nothing cut out of it).
 */
const UNIT_AFTER = /[ \u00a0]?(?:kč|kc|czk|eur|€|usd|\$|sk\b|,-|\.-|%|ks\b|kus|km\b|kg\b|m2|korun|let\b|bod|point|dollar|euro|x\b|×)/iy;
/** True when a currency or unit follows the number ending at `end`. */
function unitAfter(text: string, end: number): boolean {
  UNIT_AFTER.lastIndex = end;
  return UNIT_AFTER.test(text);
}

export const PHONE_PRIORITY = 8;

/** True when `text` holds a word that decides whether a number beside it is a phone (`order`, `tel.`…). */
export function holdsNumberWord(text: string): boolean {
  return lastNumberWord(text, 0, text.length) !== undefined;
}

/** How far before a national number the words and currency that weigh on it are looked for. */
const CONTEXT_BEFORE = 40;

/** A national number stands unless its surroundings say it is money, a quantity or another kind of number. */
function plausibleNational(text: string, start: number, end: number): boolean {
  if (unitAfter(text, end)) return false;
  const from = Math.max(0, start - CONTEXT_BEFORE);
  return !currencyBefore(text, from, start) && lastNumberWord(text, from, start, true) !== 'other';
}

/** End of the match after `wanted` national digits past the country code (so `+420 602 123 456 15` stops at 456). */
function cutAfterDigits(text: string, from: number, end: number, wanted: number): number {
  let seen = 0;
  for (let i = from; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++seen === wanted) return i + 1;
  }
  return end;
}

/** Which forms to look for; the redactor leaves out a form whose shape the text lacks. */
export interface PhoneForms {
  international: boolean;
  czech: boolean;
  slovak: boolean;
}

const ALL_FORMS: PhoneForms = { international: true, czech: true, slovak: true };

export function detectPhones(text: string, out: Found[], from = 0, forms: PhoneForms = ALL_FORMS): void {
  if (forms.international) detectInternational(text, out, from);
  if (forms.czech) detectNational(CZECH, text, out, from);
  if (forms.slovak) detectNational(SLOVAK, text, out, from);
}

function detectInternational(text: string, out: Found[], from: number): void {
  eachMatch(INTERNATIONAL, text, (match) => {
    const start = match.index;
    if (joinsPrevious(text, start, '+')) return LOOK_INSIDE;
    let end = start + match[0].length;
    const prefixLength = text.charCodeAt(start) === 43 ? 1 : 2;
    // Czech and Slovak numbers have exactly nine digits after the country code (a match always
    // holds three characters past its prefix, so this looks at no character beyond it).
    if (text.startsWith('420', start + prefixLength) || text.startsWith('421', start + prefixLength)) end = cutAfterDigits(text, start + prefixLength + 3, end, 9);
    while (end > start && !isAsciiDigit(text.charCodeAt(end - 1))) end -= 1;
    const digits = countDigits(text, start, end) - (prefixLength === 2 ? 2 : 0);
    if (digits < 8 || digits > 15 || unitAfter(text, end)) return;
    // `00…` is also how long reference numbers start; `+` is unambiguous.
    if (prefixLength === 2 && !plausibleNational(text, start, end)) return;
    out.push({ start, end, kind: 'phone', priority: PHONE_PRIORITY });
  }, from);
}

function detectNational(regex: RegExp, text: string, out: Found[], from: number): void {
  eachMatch(regex, text, (match) => {
    const start = match.index;
    const end = start + match[0].length;
    if (regex === SLOVAK && countDigits(text, start, end) !== 10) return;
    if (joinsPrevious(text, start, '+')) return LOOK_INSIDE;
    if (isWordChar(text, end) || !plausibleNational(text, start, end)) return;
    out.push({ start, end, kind: 'phone', priority: PHONE_PRIORITY });
  }, from);
}
