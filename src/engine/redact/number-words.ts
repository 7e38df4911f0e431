/**
 * The words before a national number that say what kind of number it is: another kind (order,
 * invoice, tracking…) or a phone (tel., mobil, call…), and a currency right before it.
 *
 * Read on character codes over a bounded window, from the number backwards, stopping at the first
 * word that decides. It answers exactly like the case-insensitive, non-Unicode patterns it replaced
 * (`/(?:^|[\s(])(objedn|obj\.|order|…|pin\b|…)/gi`, last match wins): those ran two global regexes
 * over a sliced stretch for every candidate number, most of the cost of checking one.
 */

/** A word as it must appear (lower case); `wholeWord` when the pattern had `\b` after it. */
interface NumberWord {
  readonly text: string;
  readonly wholeWord: boolean;
  readonly phone: boolean;
}

/** Words naming a number that is not a phone. A trailing `|` stands for the pattern's `\b`. */
const OTHER_NUMBER = [
  'objedn', 'obj.', 'order', 'faktur', 'invoice', 'tracking', 'zásilk', 'zasilk', 'balík', 'balik', 'parcel',
  'ticket', 'tiket', 'reklamac', 'případ', 'pripad', 'case', 'účt', 'účet', 'ucet', 'account', 'symbol', 'vs|',
  'ref', 'smlouv', 'contract', 'kód', 'kod', 'code', 'pin|', 'ičo', 'ico|', 'dič', 'dic|', 'sériov', 'serial',
  'číslo karty', 'card',
];
/** Words saying the number is a phone. */
const PHONE = [
  'tel', 'mobil', 'phone', 'volat', 'volej', 'zavolej', 'call', 'sms', 'whatsapp', 'kontakt', 'contact', 'linka',
  'číslo na', 'cislo na', 'ozvěte', 'ozvete', 'dovolat', 'reach me', 'text me',
];

/** The words by their first character's code (every first character is below U+0180). */
const BY_FIRST: NumberWord[][] = Array.from({ length: 0x180 }, () => []);
for (const [list, phone] of [[OTHER_NUMBER, false], [PHONE, true]] as const) {
  for (const entry of list) {
    const wholeWord = entry.endsWith('|');
    const text = wholeWord ? entry.slice(0, -1) : entry;
    BY_FIRST[text.charCodeAt(0)]!.push({ text, wholeWord, phone });
  }
}

/**
 * A character code as the words are compared with it: the non-Unicode `i` flag of the patterns
 * this replaced lowers ASCII and Latin-1 capitals and the three Czech capitals of Latin Extended-A
 * the words hold (Č, Ě, Ř); no other character equals a word's character under it. With `lowered`
 * the Kelvin sign reads as `k` (see `lastNumberWord`).
 */
function folded(code: number, lowered: boolean): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code + 32;
  if (code === 0x10c || code === 0x11a || code === 0x158) return code + 1;
  return lowered && code === KELVIN ? 107 : code;
}

const KELVIN = 0x212a;
/** `İ`, lower case `i` and a combining dot: it starts no word and stands inside none, but after one it is a letter. */
const CAPITAL_I_WITH_DOT = 0x130;

/** `\s` of a regular expression. */
function isRegexSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) return true;
  if (code < 0x1680) return false;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * True when the character after a word ends it (`\b` of the patterns, where `\w` is ASCII letters,
 * digits and `_`; with `lowered` the Kelvin sign and `İ` count as the `k` and `i` they lower to).
 */
function isBoundaryAfter(code: number, lowered: boolean): boolean {
  if (lowered && (code === KELVIN || code === CAPITAL_I_WITH_DOT)) return false;
  return !((code >= 48 && code <= 57) || code === 95 || ((code | 0x20) >= 97 && (code | 0x20) <= 122));
}

/** True when `word` is written at `at`, ending by `end`. */
function wordAt(text: string, at: number, end: number, word: NumberWord, lowered: boolean): boolean {
  const length = word.text.length;
  if (at + length > end) return false;
  for (let k = 1; k < length; k += 1) if (folded(text.charCodeAt(at + k), lowered) !== word.text.charCodeAt(k)) return false;
  return !word.wholeWord || at + length === end || isBoundaryAfter(text.charCodeAt(at + length), lowered);
}

/**
 * True when the word at `from` is part of an e-mail address (`order@firma.cz`) that ends by `end`:
 * that address is hidden too, and a word the reader will never see must not decide whether the
 * number beside it is a phone (redacting again would decide otherwise).
 */
function inEmailAddress(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 64) return true;
    if (code === 32 || code === 0xa0 || code === 10 || code === 9 || code === 44 || code === 59) return false;
  }
  return false;
}

/** What the last deciding word in `text` between `from` and `end` says. */
export type NumberWordKind = 'phone' | 'other' | undefined;

/**
 * The kind of the last word between `from` and `end` that decides whether a number is a phone.
 * A word counts only at `from` or after a space or `(`, so a word inside an e-mail address or a
 * mask (`orders@…`, `[card …]`) never does: redacting must give the same answer twice.
 * `lowered`: answer as for the stretch in lower case. The only characters whose lower case the
 * comparison does not already see through are the Kelvin sign (`k`) and `İ` (`i` and a combining
 * dot, which starts and continues no word), so no lowered copy is made.
 */
export function lastNumberWord(text: string, from: number, end: number, lowered = false): NumberWordKind {
  for (let at = end - 1; at >= from; at -= 1) {
    if (at > from) {
      const previous = text.charCodeAt(at - 1);
      if (previous !== 40 && !isRegexSpace(previous)) continue;
    }
    const first = folded(text.charCodeAt(at), lowered);
    if (first >= 0x180) continue;
    let kind: NumberWordKind;
    for (const word of BY_FIRST[first]!) {
      if (wordAt(text, at, end, word, lowered)) {
        kind = word.phone ? 'phone' : 'other';
        break;
      }
    }
    if (kind !== undefined && !inEmailAddress(text, at, end)) return kind;
  }
  return undefined;
}

/** Currencies written before an amount, lower case (`€`, `$`, `£` are single characters). */
const CURRENCY_WORDS = ['kč', 'czk', 'eur', 'usd'];

/** True when a currency ends the stretch between `from` and `end` (read lowered), maybe followed by one space. */
export function currencyBefore(text: string, from: number, end: number): boolean {
  let last = end;
  if (last > from) {
    const code = text.charCodeAt(last - 1);
    if (code === 32 || code === 0xa0) last -= 1;
  }
  if (last <= from) return false;
  const code = text.charCodeAt(last - 1);
  if (code === 0x20ac || code === 36 || code === 0xa3) return true;
  for (const currency of CURRENCY_WORDS) {
    const at = last - currency.length;
    if (at < from) continue;
    let same = true;
    for (let k = 0; k < currency.length && same; k += 1) same = folded(text.charCodeAt(at + k), true) === currency.charCodeAt(k);
    if (same) return true;
  }
  return false;
}
