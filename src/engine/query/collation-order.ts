/**
 * Orders distinct texts by a locale collator with few collator calls. `Intl.Collator.compare`
 * costs a fraction of a microsecond per call, and a plain sort of 10k–100k distinct names or URLs
 * calls it a million times. Here the texts are first sorted by a cheap string key that follows
 * the collation in the usual cases (accents as ties, Czech č ř š ž and "ch" as letters of their
 * own, digit runs by value, punctuation before digits before letters); the collator then checks
 * neighbours (n-1 calls), and only if the key got a pair wrong sorts that nearly ordered list,
 * which the engine's adaptive merge sort does in about n comparisons. The collator has the last
 * word, so the order is exact whatever the key gets wrong.
 */
import { CharClass, foldLower, unitClass } from '../search/fold-table.js';
import { sortStringsSliced, type Slicer } from './sliced.js';

/** Czech letters of their own (after their base letter): č ř š ž, keyed by code unit. */
const CZECH_LETTERS = new Map<number, string>([
  [0x10d, 'c\u007f'],
  [0x159, 'r\u007f'],
  [0x161, 's\u007f'],
  [0x17e, 'z\u007f'],
]);
const WHITESPACE = /\s/;

/**
 * A key whose plain string order approximates the collation. One pass; runs of plain lower-case
 * ASCII letters are copied as slices, only other characters are looked at one by one.
 */
function approximateKey(text: string, czech: boolean): string {
  const lower = text.toLowerCase();
  let key = '';
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a && !(czech && code === 0x63 && lower.charCodeAt(i + 1) === 0x68)) continue;
    if (run < i) key += lower.slice(run, i);
    if (code >= 0x30 && code <= 0x39) {
      // Numeric collation: a longer number (leading zeros aside) is a larger one.
      let end = i;
      while (end < lower.length && lower.charCodeAt(end) >= 0x30 && lower.charCodeAt(end) <= 0x39) end++;
      let first = i;
      while (first < end - 1 && lower.charCodeAt(first) === 0x30) first++;
      key += String.fromCharCode(0x10 + Math.min(end - first, 0x1f)) + lower.slice(first, end);
      i = end - 1;
    } else if (code === 0x63) {
      // Czech "ch", a letter between h and i.
      key += 'h\u007f';
      i++;
    } else if (czech && CZECH_LETTERS.has(code)) {
      key += CZECH_LETTERS.get(code)!;
    } else {
      const char = lower[i]!;
      const kind = code >= 0xd800 && code <= 0xdfff ? CharClass.Other : unitClass(code);
      // Whitespace, then punctuation and symbols: below digits and letters, as in CLDR.
      if (kind === CharClass.Word) key += foldLower(char);
      else if (kind === CharClass.Other) key += WHITESPACE.test(char) ? '\u0001' : `\u0002${char}`;
    }
    run = i + 1;
  }
  if (run === 0) return lower;
  return run < lower.length ? key + lower.slice(run) : key;
}

/**
 * Indices of `texts` in collation order, and for each position whether it ties with the one
 * before (the collator calls them equal).
 */
export function collationOrder(texts: readonly string[], collator: Intl.Collator): { order: number[]; tiesPrevious: Uint8Array } {
  const czech = collator.resolvedOptions().locale.toLowerCase().startsWith('cs');
  // Key, then the text (ties on the letters: unaccented before accented), then the index in two
  // code units, so a native sort without a comparator orders them and the index comes back out.
  const keys = texts.map(
    (text, i) => `${approximateKey(text, czech)}\u0000${text}\u0000${String.fromCharCode(i >>> 16, i & 0xffff)}`,
  );
  keys.sort();
  const order = keys.map((key) => (key.charCodeAt(key.length - 2) << 16) | key.charCodeAt(key.length - 1));
  const compare = collator.compare;
  const tiesPrevious = new Uint8Array(order.length);
  // Usually the key got it right: one collator call per neighbouring pair confirms the order and
  // finds the ties. Otherwise the collator sorts the nearly sorted list (adaptive, few calls).
  if (!markTies(texts, order, compare, tiesPrevious)) {
    order.sort((a, b) => compare(texts[a]!, texts[b]!));
    markTies(texts, order, compare, tiesPrevious);
  }
  return { order, tiesPrevious };
}

/**
 * `collationOrder` in slices (see `Slicer`): the same result, for idle-time preparation of a
 * column with a hundred thousand distinct names.
 */
export async function collationOrderSliced(
  texts: readonly string[],
  collator: Intl.Collator,
  slicer: Slicer,
): Promise<{ order: number[]; tiesPrevious: Uint8Array }> {
  const czech = collator.resolvedOptions().locale.toLowerCase().startsWith('cs');
  const keys = new Array<string>(texts.length);
  await slicer.loop(texts.length, (i) => {
    keys[i] = `${approximateKey(texts[i]!, czech)}\u0000${texts[i]!}\u0000${String.fromCharCode(i >>> 16, i & 0xffff)}`;
  });
  const sorted = await sortStringsSliced(keys, slicer);
  const order = new Array<number>(sorted.length);
  await slicer.loop(sorted.length, (i) => {
    const key = sorted[i]!;
    order[i] = (key.charCodeAt(key.length - 2) << 16) | key.charCodeAt(key.length - 1);
  });
  const compare = collator.compare;
  const tiesPrevious = new Uint8Array(order.length);
  let inOrder = true;
  await slicer.loop(order.length, (i) => {
    if (i === 0 || !inOrder) return;
    const difference = compare(texts[order[i - 1]!]!, texts[order[i]!]!);
    if (difference > 0) inOrder = false;
    else tiesPrevious[i] = difference === 0 ? 1 : 0;
  });
  // Rare (the key misjudged a pair): the collator sorts the nearly sorted list in one go.
  if (!inOrder) {
    order.sort((a, b) => compare(texts[a]!, texts[b]!));
    markTies(texts, order, compare, tiesPrevious);
  }
  return { order, tiesPrevious };
}

/** Fills `ties` for neighbours in `order`; false as soon as a pair is out of order. */
function markTies(texts: readonly string[], order: readonly number[], compare: (a: string, b: string) => number, ties: Uint8Array): boolean {
  for (let i = 1; i < order.length; i++) {
    const difference = compare(texts[order[i - 1]!]!, texts[order[i]!]!);
    if (difference > 0) return false;
    ties[i] = difference === 0 ? 1 : 0;
  }
  return true;
}
