/**
 * Pluggable language processing. A language turns a folded word into its stem and names the
 * words too common to index. The defaults (Czech, English) load lazily through dynamic import,
 * so the core bundle carries no stemmer until a search index is built.
 */

export interface LanguageProcessor {
  /** BCP 47 primary tag the language applies to (`cs`, `en`); matched against `SessionSummary.language`. */
  language: string;
  /** Stem of one folded (lower-case, no diacritics) word. Must be deterministic. */
  stem(word: string): string;
  /** Folded words left out of the index and out of queries. */
  stopWords?: ReadonlySet<string>;
}

/** Czech and English, loaded on demand. */
export async function loadDefaultLanguages(): Promise<LanguageProcessor[]> {
  const [czech, english] = await Promise.all([import('./lang-cs.js'), import('./lang-en.js')]);
  return [czech.default, english.default];
}
