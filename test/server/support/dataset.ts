/// <reference types="node" />
/**
 * The test data set, generated once per run: demo sessions (history and live) with transcripts
 * and notes, their rows for the database, and the client engine's answer to any query over them.
 */
import { createDemoAdapter, generateNotes } from '../../../src/adapter/demo/index.js';
import type { Message, Note, SessionSummary } from '../../../src/model/index.js';
import type { SessionQuery } from '../../../src/model/query.js';
import { ViewEngine, type ValueListEntry } from '../../../src/engine/query/index.js';
import { SearchCore, loadDefaultLanguages, sessionSearchDocument } from '../../../src/engine/search/index.js';
import { createServerSearch, sessionRow, type ServerSearch, type SessionRow } from '../../../src/server/index.js';

export const SEED = 7;
/** A fixed "now" inside the generated period, so presets and live durations are deterministic. */
export const NOW = Date.UTC(2026, 5, 15, 10, 30);
export const LOCALE = 'cs';
export const TIME_ZONE = 'Europe/Prague';

export interface Dataset {
  sessions: SessionSummary[];
  messages: Map<string, Message[]>;
  notes: Map<string, Note[]>;
  rows: SessionRow[];
  search: ServerSearch;
  /** The client engine's ids for a query, in display order. */
  expected(query: SessionQuery): string[];
  /** The client engine's value list of a column. */
  valueList(columnId: string, query: SessionQuery): ValueListEntry[];
}

async function allSessions(adapter: ReturnType<typeof createDemoAdapter>, mode: 'history' | 'live'): Promise<SessionSummary[]> {
  const sessions: SessionSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await adapter.listSessions({ mode, limit: 5000, ...(cursor ? { cursor } : {}) }, new AbortController().signal);
    sessions.push(...(page.sessions as SessionSummary[]));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return sessions;
}

export async function makeDataset(count: number): Promise<Dataset> {
  const adapter = createDemoAdapter({ seed: SEED, sessions: count, live: false, now: NOW, liveSessions: 60 });
  const sessions = [...(await allSessions(adapter, 'history')), ...(await allSessions(adapter, 'live'))];
  // The engine breaks sort ties by load order; the SQL by id. Loading in id order makes them agree.
  sessions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const transcripts = await adapter.getTranscripts!(sessions.map((s) => s.id), new AbortController().signal);
  adapter.dispose();
  const messages = new Map(sessions.map((s) => [s.id, transcripts[s.id] ?? []]));
  const notes = new Map(sessions.map((s) => [s.id, s.noteCount > 0 ? generateNotes(SEED, s) : []]));
  const search = await createServerSearch();
  const rows = sessions.map((s) => sessionRow(s, search.searchTerms(s, messages.get(s.id), notes.get(s.id)), LOCALE));

  const engine = new ViewEngine({ locale: LOCALE, timeZone: TIME_ZONE });
  engine.setSessions(sessions);
  const core = new SearchCore(await loadDefaultLanguages());
  core.add(sessions.map((s) => sessionSearchDocument(s, messages.get(s.id), notes.get(s.id))));
  const matchIds = (query: SessionQuery): Set<string> | null => {
    const searching = typeof query.search === 'string' && query.search.trim() !== '';
    const result = searching ? core.search(query.search) : undefined;
    return result && !result.empty ? new Set(result.ids) : null;
  };
  return {
    sessions,
    messages,
    notes,
    rows,
    search,
    expected(query) {
      return engine.compute(query, NOW, { matchIds: matchIds(query) });
    },
    valueList(columnId, query) {
      return engine.valueList(columnId, query, NOW, { matchIds: matchIds(query) });
    },
  };
}
