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

/** A lexeme quoted for tsquery input (terms are letters and digits, quoted anyway). */
function lexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The analysed terms of one session (with an analyzer from `createServerSearch`). */
export function searchTerms(
  analyzer: Analyzer,
  session: SessionSummary,
  messages: readonly Message[] = [],
  notes: readonly Note[] = [],
): string[] {
  // Everything the browser indexes: what was said and the rest (name, parameters, files, notes).
  const document = sessionSearchDocument(session, messages, notes);
  return [...analyzer.documentTerms([...document.texts, ...(document.meta ?? [])], document.language)];
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
  return {
    analyzer,
    searchTerms: (session, messages, notes) => searchTerms(analyzer, session, messages, notes),
    compileSearch: (text) => compileSearch(analyzer, text),
  };
}
