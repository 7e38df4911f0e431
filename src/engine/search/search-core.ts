/**
 * The search engine proper, the same in a worker and in-thread: documents in, session ids out.
 */
import { Analyzer } from './analyzer.js';
import { CompactIndex } from './compact-index.js';
import type { LanguageProcessor } from './languages.js';
import { parseSearch } from './query-parser.js';
import { foldLower } from './fold-table.js';
import { WordScanner } from './word-scanner.js';
import { Highlighter } from './highlight.js';
import { bestSnippet, type SearchSnippet } from './snippet.js';
import { TextArchive } from './text-archive.js';

/** What gets indexed for one session: every searchable text, in any order. */
export interface SearchDocument {
  /** Session id. */
  id: string;
  /** Session language (`cs`, `en-GB`); picks the stemmer. Unknown = every configured language. */
  language?: string;
  /** What people said: message texts (snippets come from these first). */
  texts: string[];
  /** Everything else searchable: client name, parameter values, file names, system lines, notes. */
  meta?: string[];
}

export interface SearchOptions {
  /** Also match words a typo or two away (slower). */
  fuzzy?: boolean;
  /** Sessions (e.g. the rows on screen) whose snippets to return with the result when they match. */
  snippetIds?: readonly string[];
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
  /** Snippets of the matching sessions among `options.snippetIds`. */
  snippets: Record<string, SearchSnippet>;
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
  /** The indexed texts, for snippets (absent when built with `keepTexts: false`). */
  private readonly archive: TextArchive | undefined;

  constructor(languages: readonly LanguageProcessor[], options: { keepTexts?: boolean } = {}) {
    this.analyzer = new Analyzer(languages);
    this.archive = options.keepTexts === false ? undefined : new TextArchive();
  }

  /** Indexes documents; a known id gets the new texts added (live messages). */
  add(documents: readonly SearchDocument[]): void {
    for (const document of documents) {
      if (!document || typeof document.id !== 'string' || !Array.isArray(document.texts)) continue;
      const vocabulary = this.vocabularyFor(document.language);
      const documentNumber = this.index.document(document.id);
      const meta = Array.isArray(document.meta) ? document.meta : [];
      this.archive?.add(document.id, document.texts, 'said');
      this.archive?.add(document.id, meta, 'meta');
      this.indexTexts(document.texts, vocabulary, documentNumber);
      this.indexTexts(meta, vocabulary, documentNumber);
    }
  }

  private indexTexts(texts: readonly string[], vocabulary: Vocabulary, documentNumber: number): void {
    const scanner = this.scanner;
    const index = this.index;
    for (const text of texts) {
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
    for (const id of ids) {
      this.index.remove(id);
      this.archive?.remove(id);
    }
  }

  search(text: string, options: SearchOptions = {}, complete = true): SearchResult {
    const { clauses, ignored } = this.clauses(text, options);
    if (clauses.length === 0) return { ids: [], complete, clauses, ignored, empty: true, snippets: {} };
    // Every word of every clause must be present; phrase order is checked by the highlighter.
    const groups = clauses.flatMap((clause) => clause.terms.filter((terms): terms is string[] => terms !== null));
    const ids = this.index.match(groups);
    let snippets: Record<string, SearchSnippet> = {};
    if (options.snippetIds && options.snippetIds.length > 0) {
      const matched = new Set(ids);
      snippets = this.snippetsOf(clauses, options.snippetIds.filter((id) => matched.has(id)));
    }
    return { ids, complete, clauses, ignored, empty: false, snippets };
  }

  /** Snippets of `ids` for a search text (rows that came on screen after the search answered). */
  snippets(text: string, options: SearchOptions, ids: readonly string[]): Record<string, SearchSnippet> {
    return this.snippetsOf(this.clauses(text, options).clauses, ids);
  }

  private snippetsOf(clauses: readonly MatchedClause[], ids: readonly string[]): Record<string, SearchSnippet> {
    const snippets: Record<string, SearchSnippet> = {};
    if (!this.archive || clauses.length === 0) return snippets;
    const highlighter = new Highlighter(this.analyzer, clauses);
    for (const id of ids) {
      const snippet = bestSnippet(this.archive.texts(id), highlighter);
      if (snippet) snippets[id] = snippet;
    }
    return snippets;
  }

  /** UTF-8 bytes of text kept for snippets. */
  get archivedBytes(): number {
    return this.archive?.byteLength ?? 0;
  }

  /** The query's clauses with the index terms each word matches. */
  private clauses(text: string, options: SearchOptions): { clauses: MatchedClause[]; ignored: string[] } {
    const parsed = parseSearch(text, this.analyzer.stopWords);
    if (parsed.clauses.length === 0) return { clauses: [], ignored: parsed.ignored };
    const stopWords = this.analyzer.stopWords;
    const clauses: MatchedClause[] = parsed.clauses
      .filter((clause) => clause.words.some((word) => !stopWords.has(word)))
      .map((clause) => ({
        phrase: clause.phrase,
        terms: clause.words.map((word) =>
          stopWords.has(word) ? null : this.expand(word, clause.prefix, options.fuzzy === true && !clause.phrase),
        ),
      }));
    return { clauses, ignored: parsed.ignored };
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
