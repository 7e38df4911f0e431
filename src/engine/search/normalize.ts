/**
 * Text normalisation shared by filters, the search index and highlighting: people type Czech
 * without diacritics ("objednavka") and in any case, so everything compares folded text.
 */
import { foldLower } from './fold-table.js';
import { WordScanner } from './word-scanner.js';

/** Lower-cases and strips diacritics: "Objednávka Č. 5" → "objednavka c. 5". */
export function foldText(text: string): string {
  return foldLower(text.toLowerCase());
}

/** A word of the source text: its folded form and where it stands in the original string. */
export interface Token {
  /** Folded (lower-case, no diacritics) word. */
  word: string;
  /** UTF-16 offset of the first character in the original text. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
}

// A word: letters and digits, with inner apostrophes or hyphens kept out (they split words).
// Combining marks inside a run belong to it, as in `words` (decomposed "Nováková" is one word).
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Longest word kept; longer runs (base64 blobs, minified code) are noise and cost memory. */
export const MAX_WORD_LENGTH = 40;

/**
 * Splits text into folded words with their offsets in the original text (for highlighting).
 * Each word is folded on its own so offsets stay exact even where folding changes length.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  if (typeof text !== 'string' || text.length === 0) return tokens;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    if (raw.length > MAX_WORD_LENGTH) continue;
    tokens.push({ word: foldText(raw), start: match.index, end: match.index + raw.length });
  }
  return tokens;
}

const scanner = new WordScanner();

/** Folded words only, for indexing where offsets are not needed (cheaper than `tokenize`). */
export function words(text: string): string[] {
  const found: string[] = [];
  if (typeof text !== 'string' || text.length === 0) return found;
  const lower = text.toLowerCase();
  scanner.reset(lower);
  while (scanner.next()) {
    const word = foldLower(lower.slice(scanner.start, scanner.end));
    if (word.length > 0 && word.length <= MAX_WORD_LENGTH) found.push(word);
  }
  return found;
}
