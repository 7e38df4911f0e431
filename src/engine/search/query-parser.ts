/**
 * Parses what a user types into the search box: words (AND), phrases in double quotes, and a
 * trailing `*` or the last word while typing as a prefix. Nothing here is a regular expression
 * built from input, so metacharacters and markup are plain text.
 */
import { words } from './normalize.js';

export interface SearchClause {
  /** Folded words; one for a word, several for a phrase. */
  words: string[];
  phrase: boolean;
  /** Match words that start with the (last) word too. */
  prefix: boolean;
}

export interface ParsedSearch {
  clauses: SearchClause[];
  /** Words dropped because they are too common to search for. */
  ignored: string[];
}

/** Prefix matching starts at this many letters: shorter prefixes match too much to be useful. */
export const MIN_PREFIX_LENGTH = 3;

export function parseSearch(text: string, stopWords: ReadonlySet<string> = new Set()): ParsedSearch {
  const clauses: SearchClause[] = [];
  const ignored: string[] = [];
  if (typeof text !== 'string') return { clauses, ignored };
  const source = text.slice(0, 1000);
  const parts = source.split('"');
  parts.forEach((part, i) => {
    // Odd parts are inside quotes; an unclosed quote still counts as a phrase.
    const quoted = i % 2 === 1;
    if (quoted) {
      const phraseWords = words(part);
      if (phraseWords.length > 1) clauses.push({ words: phraseWords, phrase: true, prefix: false });
      else if (phraseWords.length === 1) clauses.push({ words: phraseWords, phrase: false, prefix: false });
      return;
    }
    for (const raw of part.split(/\s+/)) {
      const explicitPrefix = raw.endsWith('*');
      for (const word of words(raw)) {
        if (stopWords.has(word)) {
          ignored.push(word);
          continue;
        }
        clauses.push({ words: [word], phrase: false, prefix: (explicitPrefix && word.length >= 2) || word.length >= MIN_PREFIX_LENGTH });
      }
    }
  });
  return { clauses, ignored };
}
