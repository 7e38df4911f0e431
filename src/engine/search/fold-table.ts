/**
 * Character tables behind folding and word splitting. Folding used to run `normalize('NFD')` and
 * two regular expressions over every text; a 100k-session index folds ~15 million words, so each
 * character's fold and class is worked out once (on first sight, with those same Unicode rules)
 * and looked up after that.
 */

const COMBINING_MARKS = /\p{M}+/gu;
// Letters whose base letter NFD does not expose.
const SPECIAL_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const SPECIAL_PATTERN = /[łøđßæœı]/g;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/** The reference fold of already lower-cased text (NFD, marks dropped, special letters spelled out). */
export function foldLowerSlow(lower: string): string {
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** Character classes for splitting words. */
export const enum CharClass {
  Unknown = 0,
  /** A letter or a digit: part of a word. */
  Word = 1,
  /** A combining mark: dropped by folding, so it neither starts nor ends a word. */
  Mark = 2,
  /** Anything else: ends a word. */
  Other = 3,
}

function classify(char: string): CharClass {
  if (LETTER_OR_NUMBER.test(char)) return CharClass.Word;
  return MARK.test(char) ? CharClass.Mark : CharClass.Other;
}

/** Class per UTF-16 code unit outside the surrogate range, filled on first sight. */
const unitClasses = new Uint8Array(0x10000);
/** Class per astral code point (rare: emoji, historic scripts), filled on first sight. */
const astralClasses = new Map<number, CharClass>();
for (let code = 0; code < 0x80; code++) unitClasses[code] = classify(String.fromCharCode(code));

/** Class of a BMP code unit that is not a surrogate. */
export function unitClass(code: number): CharClass {
  const known = unitClasses[code]! as CharClass;
  if (known !== CharClass.Unknown) return known;
  const found = classify(String.fromCharCode(code));
  unitClasses[code] = found;
  return found;
}

/** Class of an astral code point. */
export function astralClass(codePoint: number): CharClass {
  let found = astralClasses.get(codePoint);
  if (found === undefined) {
    found = classify(String.fromCodePoint(codePoint));
    astralClasses.set(codePoint, found);
  }
  return found;
}

/** Fold of each lower-cased BMP code unit (`undefined` = not seen yet). */
const unitFolds: (string | undefined)[] = new Array<string | undefined>(0x10000).fill(undefined);

function unitFold(code: number): string {
  let fold = unitFolds[code];
  if (fold === undefined) {
    fold = foldLowerSlow(String.fromCharCode(code));
    unitFolds[code] = fold;
  }
  return fold;
}

/**
 * Folds lower-cased text character by character from the table. Equal to `foldLowerSlow` because
 * NFD decomposes each character on its own and every mark it could reorder is dropped anyway;
 * the test suite checks the equality for every BMP character and on random text.
 */
export function foldLower(lower: string): string {
  let out = '';
  let runStart = 0;
  const length = lower.length;
  for (let i = 0; i < length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80) continue;
    let fold: string;
    let width = 1;
    if (code >= 0xd800 && code <= 0xdfff) {
      // Surrogate pair (or a lone half): the reference rules on the whole code point.
      const next = lower.charCodeAt(i + 1);
      width = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      const char = lower.slice(i, i + width);
      fold = foldLowerSlow(char);
      if (fold === char) {
        i += width - 1;
        continue;
      }
    } else {
      fold = unitFold(code);
      if (fold.length === 1 && fold.charCodeAt(0) === code) continue;
    }
    out += lower.slice(runStart, i) + fold;
    i += width - 1;
    runStart = i + 1;
  }
  return runStart === 0 ? lower : out + lower.slice(runStart);
}
