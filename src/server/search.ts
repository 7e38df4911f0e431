/**
 * Full-text search on the server with the browser's own analyzer (src/engine/search): the same
 * folding, stop-words, Czech and English stems, prefixes and phrases. Rows store their analysed
 * terms as a tsvector (no dictionary inside PostgreSQL: the lexemes are final), and a search text
 * becomes a tsquery over those lexemes: per word, any of its stems or, for a prefix, any term
 * starting with the word — exactly what the client index matches.
 */
import type { Message, Note, SessionSummary } from '../model/session.js';
import {
  Analyzer,
  loadDefaultLanguages,
  parseSearch,
  sessionSearchDocument,
  type LanguageProcessor,
} from '../engine/search/index.js';

/** The client index matches at most this many groups (words) per query; more match nothing. */
const MAX_GROUPS = 255;

export interface CompiledSearch {
  /** A tsquery text to bind and cast with `::tsquery`; `null` when the query can match nothing. */
  tsquery: string | null;
  /** Words left out as too common to search for. */
  ignored: string[];
}

export interface ServerSearch {
  readonly analyzer: Analyzer;
  /** The distinct terms a session is found by: client name, parameter values, messages, file names, notes. */
  searchTerms(session: SessionSummary, messages?: readonly Message[], notes?: readonly Note[]): string[];
  /** The search text as a tsquery; `null` when it has no searchable word (filters alone apply). */
  compileSearch(text: string): CompiledSearch | null;
}

/**
 * A lexeme quoted for tsquery and tsvector input (terms are letters and digits, quoted anyway).
 * A bulk load quotes a hundred terms a session, almost none with a quote or backslash: it looks
 * before it replaces.
 */
export function lexeme(term: string): string {
  return term.includes('\\') || term.includes("'") ? `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `'${term}'`;
}

/** Texts whose terms are remembered per language; past this that memory is dropped and refilled. */
const MAX_CACHED_TEXTS = 200_000;

/**
 * Terms of one text, remembered per document language: transcripts repeat the same lines
 * (greetings, system messages, a topic's questions) across sessions, so a bulk load analyses each
 * distinct line once instead of once per session (1,700 distinct lines in 22,000 of 1,000 sessions).
 */
export type TextTermsCache = Map<string, Map<string, readonly string[]>>;

/** The analysed terms of one session (with an analyzer from `createServerSearch`). */
export function searchTerms(
  analyzer: Analyzer,
  session: SessionSummary,
  messages: readonly Message[] = [],
  notes: readonly Note[] = [],
  cache?: TextTermsCache,
): string[] {
  // Everything the browser indexes: what was said and the rest (name, parameters, files, notes).
  const document = sessionSearchDocument(session, messages, notes);
  const texts = [...document.texts, ...(document.meta ?? [])];
  if (!cache) return [...analyzer.documentTerms(texts, document.language)];
  // A document's terms are the union of its texts' terms, in order of first appearance either way.
  const language = document.language ?? '';
  let byText = cache.get(language);
  if (byText === undefined) cache.set(language, (byText = new Map<string, readonly string[]>()));
  const terms = new Set<string>();
  for (const text of texts) {
    let textTerms = byText.get(text);
    if (textTerms === undefined) {
      textTerms = [...analyzer.documentTerms([text], document.language)];
      if (byText.size >= MAX_CACHED_TEXTS) byText.clear();
      byText.set(text, textTerms);
    }
    for (const term of textTerms) terms.add(term);
  }
  return [...terms];
}

/** The tsquery for a search text, or `null` without a searchable word. */
export function compileSearch(analyzer: Analyzer, text: string): CompiledSearch | null {
  const parsed = parseSearch(typeof text === 'string' ? text : '', analyzer.stopWords);
  const groups: string[] = [];
  for (const clause of parsed.clauses) {
    // Phrases are matched word by word, as in the client (order is for the highlighter).
    for (const word of clause.words) {
      if (analyzer.stopWords.has(word)) continue;
      const alternatives = analyzer.stems(word).map(lexeme);
      if (clause.prefix) alternatives.push(`${lexeme(word)}:*`);
      groups.push(`(${alternatives.join(' | ')})`);
    }
  }
  if (groups.length === 0) return null;
  // The client matches nothing for an absurdly long query; so does the server.
  if (groups.length > MAX_GROUPS) return { tsquery: null, ignored: parsed.ignored };
  return { tsquery: groups.join(' & '), ignored: parsed.ignored };
}

/** Loads the analyzer (Czech and English unless told otherwise) once. */
export async function createServerSearch(languages?: readonly LanguageProcessor[]): Promise<ServerSearch> {
  const analyzer = new Analyzer(languages ?? (await loadDefaultLanguages()));
  const cache: TextTermsCache = new Map();
  return {
    analyzer,
    searchTerms: (session, messages, notes) => searchTerms(analyzer, session, messages, notes, cache),
    compileSearch: (text) => compileSearch(analyzer, text),
  };
}
