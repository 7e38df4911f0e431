/**
 * Turns text into index terms and query words into the terms to look up: fold, split, drop
 * stop-words, stem. Documents are stemmed in their own language when it is known (smaller index,
 * fewer false friends); query words in every language, since a query does not say its language.
 */
import type { LanguageProcessor } from './languages.js';
import { MAX_WORD_LENGTH, words } from './normalize.js';

const MAX_CACHED_STEMS = 400_000;
const HAS_DIGIT = /\d/;

export class Analyzer {
  readonly stopWords: ReadonlySet<string>;
  private readonly byLanguage = new Map<string, LanguageProcessor>();
  private readonly caches: Map<string, string>[];

  constructor(readonly languages: readonly LanguageProcessor[]) {
    const stop = new Set<string>();
    for (const language of languages) {
      this.byLanguage.set(language.language.toLowerCase(), language);
      for (const word of language.stopWords ?? []) stop.add(word);
    }
    this.stopWords = stop;
    this.caches = languages.map(() => new Map<string, string>());
  }

  /** The processors that apply to a document language (all when unknown or unsupported). */
  processorsFor(language: string | undefined): number[] {
    const primary = language?.toLowerCase().split('-')[0];
    const found = primary === undefined ? undefined : this.byLanguage.get(primary);
    return found ? [this.languages.indexOf(found)] : this.languages.map((_, i) => i);
  }

  /** Stems of one folded word in the chosen languages, without duplicates. */
  stems(word: string, processors: readonly number[] = this.languages.map((_, i) => i)): string[] {
    // Codes, order numbers and amounts are matched as written.
    if (processors.length === 0 || HAS_DIGIT.test(word)) return [word];
    const result: string[] = [];
    for (const index of processors) {
      const cache = this.caches[index]!;
      let stem = cache.get(word);
      if (stem === undefined) {
        stem = this.safeStem(this.languages[index]!, word);
        if (cache.size >= MAX_CACHED_STEMS) cache.clear();
        cache.set(word, stem);
      }
      if (!result.includes(stem)) result.push(stem);
    }
    return result;
  }

  /** Index terms of one folded word of a document: none for a stop-word or an over-long word. */
  wordTerms(folded: string, processors: readonly number[]): string[] {
    if (folded.length === 0 || folded.length > MAX_WORD_LENGTH || this.stopWords.has(folded)) return [];
    return this.stems(folded, processors);
  }

  /** Distinct index terms of a document's texts. */
  documentTerms(texts: readonly string[], language: string | undefined, into: Set<string> = new Set()): Set<string> {
    const processors = this.processorsFor(language);
    // Hot path of index building (tens of millions of words): one language, no array per word.
    const single = processors.length === 1 ? processors[0]! : -1;
    const cache = single >= 0 ? this.caches[single]! : undefined;
    for (const text of texts) {
      for (const word of words(text)) {
        if (this.stopWords.has(word)) continue;
        const cached = cache?.get(word);
        if (cached !== undefined) into.add(cached);
        else for (const stem of this.stems(word, processors)) into.add(stem);
      }
    }
    return into;
  }

  private safeStem(language: LanguageProcessor, word: string): string {
    try {
      const stem = language.stem(word);
      return typeof stem === 'string' && stem.length > 0 ? stem : word;
    } catch {
      // A host's stemmer that throws on an odd word must not stop indexing.
      return word;
    }
  }
}
