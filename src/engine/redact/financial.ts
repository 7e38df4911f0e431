/**
 * Payment cards (13–19 digits, spaces or dashes allowed, Luhn-checked, issuer digit 2–6) and
 * IBANs (country, check digits, mod-97 verified). The check digits are what keeps order numbers,
 * tracking codes and long references from being taken for either.
 */
import { IBAN_LENGTHS, passesIbanChecksumSpaced, passesLuhnValues } from './checksums.js';
import { eachMatch, isWordChar, type Found } from './found.js';

/** Up to 23 digits, so a card run together with its CVC or expiry is still found (and cut back). */
// ASCII-only patterns without a leading look-behind (fast); what comes before is checked by hand.
const DIGIT_RUN = /\d(?:[ \u00a0-]?\d){12,22}/g;
const IBAN_RUN = /[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]){11,30}/g;

export const IBAN_PRIORITY = 5;
export const CARD_PRIORITY = 6;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The longest card number at the start of a digit run: ends where a group ends (or at the run's
 * end when the run is unbroken), 13–19 digits, issuer 2–6, Luhn. Digits are read as char codes
 * into a reused buffer: no string or array per candidate.
 */
const runDigits = new Uint8Array(32);

function cardEnd(text: string, start: number, end: number): { end: number; last4: string } | undefined {
  const first = text.charCodeAt(start);
  if (first < 50 || first > 54) return undefined;
  // Group ends as [digits before it, offset] pairs, longest first when read backwards.
  let count = 0;
  let groups = 0;
  const groupCounts = runGroupCounts;
  const groupOffsets = runGroupOffsets;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) continue;
    runDigits[count] = code - 48;
    count += 1;
    if (i + 1 === end || !isDigit(text.charCodeAt(i + 1))) {
      groupCounts[groups] = count;
      groupOffsets[groups] = i + 1;
      groups += 1;
    }
  }
  if (groups === 1 && count > 19) return undefined;
  for (let g = groups - 1; g >= 0; g -= 1) {
    const digits = groupCounts[g]!;
    if (digits < 13) break;
    if (digits > 19 || !passesLuhnValues(runDigits, digits)) continue;
    let last4 = '';
    for (let i = digits - 4; i < digits; i += 1) last4 += String.fromCharCode(48 + runDigits[i]!);
    return { end: groupOffsets[g]!, last4 };
  }
  return undefined;
}

const runGroupCounts = new Uint8Array(32);
const runGroupOffsets: number[] = [];

/** Each card found carries its last four digits (`shown`) for the mask. */
export function detectCards(text: string, out: Found[], from = 0): void {
  eachMatch(DIGIT_RUN, text, (match) => {
    const start = match.index;
    if (isWordChar(text, start - 1)) return;
    const card = cardEnd(text, start, start + match[0].length);
    if (!card || isWordChar(text, card.end)) return;
    out.push({ start, end: card.end, kind: 'card', priority: CARD_PRIORITY, shown: card.last4 });
  }, from);
}

/** `IBAN_LENGTHS` by the two letters' char codes, either case (no string made per candidate). */
const IBAN_LENGTH_BY_CODES = new Map(Object.entries(IBAN_LENGTHS).map(([country, length]) => [(country.charCodeAt(0) << 8) | country.charCodeAt(1), length]));

/** The registry length for a country's two ASCII letters (as IBAN_RUN matched them), if it has one. */
function ibanLength(first: number, second: number): number | undefined {
  return IBAN_LENGTH_BY_CODES.get(((first & 0xdf) << 8) | (second & 0xdf));
}

export function detectIbans(text: string, out: Found[], from = 0): void {
  eachMatch(IBAN_RUN, text, (match) => {
    const start = match.index;
    if (isWordChar(text, start - 1)) return;
    const raw = match[0];
    const expected = ibanLength(raw.charCodeAt(0), raw.charCodeAt(1));
    // Candidate ends: after each character that ends a group (space or end follows).
    let length = 0;
    let best = -1;
    for (let i = 0; i < raw.length; i += 1) {
      const code = raw.charCodeAt(i);
      if (code === 32 || code === 0xa0) continue;
      length += 1;
      const next = i + 1 === raw.length ? 32 : raw.charCodeAt(i + 1);
      const groupEnds = next === 32 || next === 0xa0;
      if (!groupEnds && length !== expected) continue;
      if (expected !== undefined ? length === expected : length >= 15) {
        if (passesIbanChecksumSpaced(raw, 0, i + 1) && !isWordChar(text, start + i + 1)) best = start + i + 1;
        if (expected !== undefined) break;
      }
    }
    if (best > 0) out.push({ start, end: best, kind: 'iban', priority: IBAN_PRIORITY });
  }, from);
}
