/**
 * Payment cards (13–19 digits, spaces or dashes allowed, Luhn-checked, issuer digit 2–6) and
 * IBANs (country, check digits, mod-97 verified). The check digits are what keeps order numbers,
 * tracking codes and long references from being taken for either.
 */
import { IBAN_LENGTHS, passesIbanChecksum, passesLuhn } from './checksums.js';
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
 * end when the run is unbroken), 13–19 digits, issuer 2–6, Luhn.
 */
function cardEnd(text: string, start: number, end: number): { end: number; last4: string } | undefined {
  const digits = [];
  const groupEnds: number[] = [];
  for (let i = start; i < end; i += 1) {
    if (!isDigit(text.charCodeAt(i))) continue;
    digits.push(text[i]!);
    if (i + 1 === end || !isDigit(text.charCodeAt(i + 1))) groupEnds.push(i + 1);
  }
  if (digits[0]! < '2' || digits[0]! > '6') return undefined;
  if (groupEnds.length === 1 && digits.length > 19) return undefined;
  for (let g = groupEnds.length - 1; g >= 0; g -= 1) {
    const cut = groupEnds[g]!;
    const count = digitsBefore(text, start, cut);
    if (count < 13) break;
    if (count > 19) continue;
    const number = digits.slice(0, count).join('');
    if (passesLuhn(number)) return { end: cut, last4: number.slice(-4) };
  }
  return undefined;
}

function digitsBefore(text: string, start: number, cut: number): number {
  let count = 0;
  for (let i = start; i < cut; i += 1) if (isDigit(text.charCodeAt(i))) count += 1;
  return count;
}

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

export function detectIbans(text: string, out: Found[], from = 0): void {
  eachMatch(IBAN_RUN, text, (match) => {
    const start = match.index;
    if (isWordChar(text, start - 1)) return;
    const raw = match[0];
    const country = raw.slice(0, 2).toUpperCase();
    const expected = IBAN_LENGTHS[country];
    // Candidate ends: after each character that ends a group (space or end follows).
    let compact = '';
    let best = -1;
    for (let i = 0; i < raw.length; i += 1) {
      const char = raw[i]!;
      if (char === ' ' || char === '\u00a0') continue;
      compact += char.toUpperCase();
      const groupEnds = i + 1 === raw.length || raw[i + 1] === ' ' || raw[i + 1] === '\u00a0';
      if (!groupEnds && compact.length !== expected) continue;
      if (expected !== undefined ? compact.length === expected : compact.length >= 15) {
        if (passesIbanChecksum(compact) && !isWordChar(text, start + i + 1)) best = start + i + 1;
        if (expected !== undefined) break;
      }
    }
    if (best > 0) out.push({ start, end: best, kind: 'iban', priority: IBAN_PRIORITY });
  }, from);
}
