/// <reference types="node" />
/**
 * POST /api/snippets { ids, search } — the search hits of the rows on a viewer's screen, one
 * snippet per session, found exactly as the browser finds them: the sessions' texts go through the
 * browser's own search core (same analyzer, stems, prefixes and phrases as the SQL search that
 * chose the rows) and its snippet picker — what people said first, else a name, parameter, note
 * or system line ("In details:"). Three queries for the whole screen, not three per row.
 */
import type { Message, Note, SessionSummary } from '../../src/model/session.js';
import { SearchCore, sessionSearchDocument, type SearchSnippet } from '../../src/engine/search/index.js';
import type { ReadContext } from './routes-read.js';

/** Rows per request: a screen or two; a client asking for more gets the first ones. */
export const MAX_SNIPPET_IDS = 200;

function groupBySession<T>(rows: readonly { session_id: string; body: T }[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.session_id);
    if (list) list.push(row.body);
    else grouped.set(row.session_id, [row.body]);
  }
  return grouped;
}

export async function searchSnippets(ctx: ReadContext, body: Record<string, unknown>): Promise<Record<string, SearchSnippet>> {
  const search = typeof body.search === 'string' ? body.search : '';
  const ids = Array.isArray(body.ids) ? [...new Set(body.ids.filter((id): id is string => typeof id === 'string'))].slice(0, MAX_SNIPPET_IDS) : [];
  if (ids.length === 0 || search.trim() === '') return {};
  const [sessions, messages, notes] = await Promise.all([
    ctx.db.query<{ summary: SessionSummary }>('SELECT summary FROM sessions WHERE id = ANY($1::text[])', [ids]),
    ctx.db.query<{ session_id: string; body: Message }>('SELECT session_id, body FROM messages WHERE session_id = ANY($1::text[]) ORDER BY session_id, seq', [ids]),
    ctx.db.query<{ session_id: string; body: Note }>('SELECT session_id, body FROM notes WHERE session_id = ANY($1::text[]) ORDER BY session_id, at, id', [ids]),
  ]);
  const messagesOf = groupBySession(messages.rows);
  const notesOf = groupBySession(notes.rows);
  const core = new SearchCore(ctx.search.analyzer.languages);
  core.add(sessions.rows.map(({ summary }) => sessionSearchDocument(summary, messagesOf.get(summary.id), notesOf.get(summary.id))));
  return core.snippets(search, {}, sessions.rows.map(({ summary }) => summary.id));
}
