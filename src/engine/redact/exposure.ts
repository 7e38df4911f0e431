/**
 * Whether masking a stretch could let a detector find a neighbour it turned down because of the
 * hidden value (`x@y.cz602 123 456`: once the e-mail is a mask the phone number stands alone).
 * Only then is another pass over the masked text worth its cost. Erring towards "yes" costs
 * time; erring towards "no" would leave data a second `redact` finds, so every "no" below is a
 * case no detector can tell apart once the value is a mask.
 */
import { isAsciiDigit, isWordChar, type Found } from './found.js';

/**
 * What may sit between a number and what follows it and still make a detector turn the number
 * down: the separators the number patterns allow (space, no-break space, `.-/:`), and `,` (a Czech
 * phone followed by `,4242…`). Compared as char codes: no one-character string per look.
 */
function isSeparator(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 46 || code === 45 || code === 47 || code === 58 || code === 44;
}
/** How far back an IBAN-shaped run (`[A-Za-z]{2}\d{2}` then up to 30 characters, each after an optional space) can start. */
const IBAN_RUN_REACH = 64;

function isData(text: string, index: number): boolean {
  if (isWordChar(text, index)) return true;
  const code = text.charCodeAt(index);
  // `+`, `@`, `_`, `%`
  return code === 43 || code === 64 || code === 95 || code === 37;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 0xa0;
}


function isAsciiAlnum(code: number): boolean {
  const lower = code | 0x20;
  return isAsciiDigit(code) || (lower >= 97 && lower <= 122);
}

/**
 * True when an IBAN-shaped run (two letters, two digits, then letters and digits with single
 * spaces) may reach `index`: the one pattern that crosses a space, so it could have swallowed a
 * neighbour across the hidden value.
 */
function ibanRunReaches(text: string, index: number): boolean {
  let digitsAfter = 0;
  let lettersAfter = 0;
  for (let i = index; i >= 0 && index - i < IBAN_RUN_REACH; i -= 1) {
    const code = text.charCodeAt(i);
    if (isAsciiDigit(code)) {
      digitsAfter = lettersAfter === 0 ? digitsAfter + 1 : 1;
      lettersAfter = 0;
    } else if (isAsciiAlnum(code)) {
      lettersAfter += 1;
      if (lettersAfter >= 2 && digitsAfter >= 2) return true;
    } else if (isSpace(code)) {
      digitsAfter = 0;
      lettersAfter = 0;
    } else {
      return false;
    }
  }
  return false;
}

export interface ExposureRule {
  /**
   * Letters across a space may be ignored (no host pattern, whose matches may hold anything, and
   * no mask holding a word the phone detector weighs).
   */
  lettersAcrossSpace: boolean;
}

/**
 * The neighbour at `index` is data, or a separator with data one further `step` — unless that is
 * a letter across a space, which no detector joins to a number, e-mail or address beyond the space
 * (the patterns that stop at whitespace), except an IBAN-shaped run reaching `reach` (only when
 * the text is `ibanShaped`).
 */
function dataNear(text: string, index: number, step: number, rule: ExposureRule, ibanShaped: boolean, reach: number): boolean {
  if (index < 0 || index >= text.length) return false;
  if (isData(text, index)) return true;
  if (!isSeparator(text.charCodeAt(index)) || !isData(text, index + step)) return false;
  if (!rule.lettersAcrossSpace || !isSpace(text.charCodeAt(index))) return true;
  const beyond = text.charCodeAt(index + step);
  // A digit, `+`, `@`, `_` or `%` across a space: numbers join across it (`602 123 456`).
  if (isAsciiDigit(beyond) || !isWordChar(text, index + step)) return true;
  return ibanShaped && ibanRunReaches(text, reach);
}

/**
 * True when a stretch's neighbour — directly, or across one separator — is a letter, digit, `+`,
 * `@`, `_` or `%`, in a way a detector could have weighed: only then could the hidden value have
 * made a detector turn the neighbour down.
 */
function touchesData(text: string, stretch: Found, rule: ExposureRule, ibanShaped: boolean): boolean {
  return dataNear(text, stretch.start - 1, -1, rule, ibanShaped, stretch.start - 2) || dataNear(text, stretch.end, 1, rule, ibanShaped, stretch.end - 1);
}

/**
 * A hidden value that may hold a word the phone detector weighs for numbers further on: an
 * IBAN's letters (`GB12 CODE …`), a query's `(order`. Masking it changes what a number 40
 * characters later is taken for, so it must not make the rule any looser.
 */
function holdsContext(text: string, stretch: Found): boolean {
  return stretch.kind === 'iban' || (stretch.kind === 'urlQuery' && text.lastIndexOf('(', stretch.end - 1) >= stretch.start);
}

const STRICT: ExposureRule = { lettersAcrossSpace: false };

/**
 * True when any of the fresh stretches (priority ≥ 0) a pass masks could expose a neighbour.
 * `ibanShaped`: the text has two letters followed by two digits somewhere (false: no IBAN-shaped
 * run exists to reach anything).
 */
export function masksExpose(text: string, kept: readonly Found[], rule: ExposureRule, ibanShaped: boolean): boolean {
  let effective = rule;
  if (rule.lettersAcrossSpace) {
    for (const stretch of kept) if (stretch.priority >= 0 && holdsContext(text, stretch)) effective = STRICT;
  }
  for (const stretch of kept) if (stretch.priority >= 0 && touchesData(text, stretch, effective, ibanShaped)) return true;
  return false;
}
