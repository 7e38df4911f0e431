/**
 * The search engine proper, the same in a worker and in-thread: documents in, session ids out.
 */
import { Analyzer } from './analyzer.js';
import { CompactIndex } from './compact-index.js';
import type { LanguageProcessor } from './languages.js';
import { parseSearch } from './query-parser.js';
import { foldLower } from './fold-table.js';
import { WordScanner } from './word-scanner.js';

/** What gets indexed for one session: every searchable text, in any order. */
export interface SearchDocument {
  /** Session id. */
  id: string;
  /** Session language (`cs`, `en-GB`); picks the stemmer. Unknown = every configured language. */
  language?: string;
  /** Client name, parameter values, message texts, note texts, file names … */
  texts: string[];
}

export interface SearchOptions {
  /** Also match words a typo or two away (slower). */
  fuzzy?: boolean;
}

/** One clause of the query with the index terms it matched, for highlighting. */
export interface MatchedClause {
  phrase: boolean;
  /**
   * Per word of the clause: the index terms that count as a hit for it; `null` for a stop-word
   * inside a phrase (not indexed, so any word stands in for it).
   */
  terms: (string[] | null)[];
}

export interface SearchResult {
  /** Matching session ids, in indexing order. Empty for an empty query. */
  ids: string[];
  /** False while documents sent before the query are still being indexed. */
  complete: boolean;
  clauses: MatchedClause[];
  /** Words left out as too common. */
  ignored: string[];
  /** The query had no searchable word (empty or only stop-words): `ids` is empty, filters alone apply. */
  empty: boolean;
}

const MAX_PREFIX_TERMS = 2000;
/**
 * Indexing looks each raw (lower-cased, unfolded) word up in a per-language cache of its term
 * ids: a transcript corpus repeats a vocabulary of tens of thousands of words millions of times,
 * so folding and stemming run once per distinct word instead of once per word.
 */
const MAX_CACHED_WORDS = 200_000;
const MAX_CACHED_WORD_LENGTH = 64;

interface Vocabulary {
  processors: number[];
  /** Raw word → ids of its index terms (empty for a stop-word). */
  words: Map<string, number[]>;
}

function fuzzyDistance(term: string): number {
  if (term.length >= 8) return 2;
  return term.length >= 4 ? 1 : 0;
}

export class SearchCore {
  readonly analyzer: Analyzer;
  readonly index = new CompactIndex();
  private readonly scanner = new WordScanner();
  private readonly vocabularies = new Map<string, Vocabulary>();

  constructor(languages: readonly LanguageProcessor[]) {
    this.analyzer = new Analyzer(languages);
  }

  /** Indexes documents; a known id gets the new texts added (live messages). */
  add(documents: readonly SearchDocument[]): void {
    const scanner = this.scanner;
    const index = this.index;
    for (const document of documents) {
      if (!document || typeof document.id !== 'string' || !Array.isArray(document.texts)) continue;
      const vocabulary = this.vocabularyFor(document.language);
      const documentNumber = index.document(document.id);
      for (const text of document.texts) {
        if (typeof text !== 'string' || text.length === 0) continue;
        const lower = text.toLowerCase();
        scanner.reset(lower);
        while (scanner.next()) {
          const raw = lower.slice(scanner.start, scanner.end);
          let termIds = vocabulary.words.get(raw);
          if (termIds === undefined) {
            termIds = this.analyzer.wordTerms(foldLower(raw), vocabulary.processors).map((term) => index.termId(term));
            if (raw.length <= MAX_CACHED_WORD_LENGTH) {
              if (vocabulary.words.size >= MAX_CACHED_WORDS) vocabulary.words.clear();
              vocabulary.words.set(raw, termIds);
            }
          }
          for (let i = 0; i < termIds.length; i++) index.addPosting(termIds[i]!, documentNumber);
        }
      }
    }
  }

  /** Raw-word cache for documents of one language tag (few distinct tags, so few caches). */
  private vocabularyFor(language: string | undefined): Vocabulary {
    const key = language ?? '';
    let vocabulary = this.vocabularies.get(key);
    if (!vocabulary) {
      vocabulary = { processors: this.analyzer.processorsFor(language), words: new Map() };
      this.vocabularies.set(key, vocabulary);
    }
    return vocabulary;
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) this.index.remove(id);
  }

  search(text: string, options: SearchOptions = {}, complete = true): SearchResult {
    const parsed = parseSearch(text, this.analyzer.stopWords);
    if (parsed.clauses.length === 0) return { ids: [], complete, clauses: [], ignored: parsed.ignored, empty: true };
    const stopWords = this.analyzer.stopWords;
    const clauses: MatchedClause[] = parsed.clauses
      .filter((clause) => clause.words.some((word) => !stopWords.has(word)))
      .map((clause) => ({
        phrase: clause.phrase,
        terms: clause.words.map((word) =>
          stopWords.has(word) ? null : this.expand(word, clause.prefix, options.fuzzy === true && !clause.phrase),
        ),
      }));
    if (clauses.length === 0) return { ids: [], complete, clauses, ignored: parsed.ignored, empty: true };
    // Every word of every clause must be present; phrase order is checked by the highlighter.
    const groups = clauses.flatMap((clause) => clause.terms.filter((terms): terms is string[] => terms !== null));
    return { ids: this.index.match(groups), complete, clauses, ignored: parsed.ignored, empty: false };
  }

  private expand(word: string, prefix: boolean, fuzzy: boolean): string[] {
    const terms = new Set<string>();
    for (const stem of this.analyzer.stems(word)) {
      for (const term of fuzzy ? this.index.fuzzy(stem, fuzzyDistance(stem)) : this.index.exact(stem)) terms.add(term);
    }
    if (prefix) for (const term of this.index.withPrefix(word, MAX_PREFIX_TERMS)) terms.add(term);
    return [...terms];
  }
}
