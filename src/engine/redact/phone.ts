/**
 * Phone numbers: international (`+420 602 123 456`, `00421 905 123 456`, `+1 (555) 123-4567`) and
 * the Czech/Slovak national forms (`602 123 456`, `602123456`, `602 12 34 56`, `0905 123 456`,
 * `02/123 45 678`). National numbers look like prices, order numbers and amounts, so they are
 * dropped next to a currency or unit and after words naming another kind of number (order,
 * invoice, tracking…) unless a phone word (tel., mobil, call…) is nearer.
 */
import { countDigits, eachMatch, isAsciiDigit, isWordChar, joinsPrevious, type Found } from './found.js';

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
const CURRENCY_BEFORE = /(?:€|\$|£|kč|czk|eur|usd)[ \u00a0]?$/i;
/**
 * Words that name a number which is not a phone; the last one before a number decides. Only
 * words that start after a space or `(` count, so a word inside an e-mail address or a mask
 * (`orders@…`, `[card …]`) never does: redacting must give the same answer twice. The space or
 * `(` is matched, not looked behind for (a leading look-behind is tried at every position, which
 * made these twice as slow); the word is group 1.
 */
const OTHER_NUMBER = /(?:^|[\s(])(objedn|obj\.|order|faktur|invoice|tracking|zásilk|zasilk|balík|balik|parcel|ticket|tiket|reklamac|případ|pripad|case|účt|účet|ucet|account|symbol|\bvs\b|\bref|smlouv|contract|kód|kod|code|pin\b|ičo|ico\b|dič|dic\b|sériov|serial|číslo karty|card)/gi;
const PHONE_WORD = /(?:^|[\s(])(tel|mobil|phone|volat|volej|zavolej|call|sms|whatsapp|kontakt|contact|linka|číslo na|cislo na|ozvěte|ozvete|dovolat|reach me|text me)/gi;

export const PHONE_PRIORITY = 8;

/**
 * Where the last word matching `regex` starts, leaving out words that are part of an e-mail
 * address (`order@firma.cz`): that address is hidden too, and a word the reader will never see
 * must not decide whether the number beside it is a phone (redacting again would decide otherwise).
 */
function lastIndexOf(regex: RegExp, text: string): number {
  let last = -1;
  eachMatch(regex, text, (match) => {
    const word = match.index + match[0].length - match[1]!.length;
    if (!inEmailAddress(text, word)) last = word;
  });
  return last;
}

function inEmailAddress(text: string, from: number): boolean {
  for (let i = from; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '@') return true;
    if (char === ' ' || char === '\u00a0' || char === '\n' || char === '\t' || char === ',' || char === ';') return false;
  }
  return false;
}

/** True when `text` holds a word that decides whether a number beside it is a phone (`order`, `tel.`…). */
export function holdsNumberWord(text: string): boolean {
  return lastIndexOf(OTHER_NUMBER, text) >= 0 || lastIndexOf(PHONE_WORD, text) >= 0;
}

/**
 * The only characters whose lower case the case-insensitive patterns above do not match as they
 * are: the Kelvin sign (lower case `k`) and `İ` (lower case `i` and a combining dot). Only a
 * stretch holding one is lowered (lowering calls into the runtime for any non-Latin-1 text, and
 * most Czech text is that).
 */
const LOWERING_MATTERS = /[\u0130\u212a]/;

/** A national number stands unless its surroundings say it is money, a quantity or another kind of number. */
function plausibleNational(text: string, start: number, end: number): boolean {
  if (unitAfter(text, end)) return false;
  const stretch = text.slice(Math.max(0, start - 40), start);
  const before = LOWERING_MATTERS.test(stretch) ? stretch.toLowerCase() : stretch;
  if (CURRENCY_BEFORE.test(before)) return false;
  const other = lastIndexOf(OTHER_NUMBER, before);
  return other < 0 || lastIndexOf(PHONE_WORD, before) > other;
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
    if (joinsPrevious(text, start, '+')) return;
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
    if (joinsPrevious(text, start, '+') || isWordChar(text, end) || !plausibleNational(text, start, end)) return;
    out.push({ start, end, kind: 'phone', priority: PHONE_PRIORITY });
  }, from);
}
