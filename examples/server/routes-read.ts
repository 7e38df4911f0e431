/// <reference types="node" />
/**
 * Read endpoints: pages of sessions (offset or keyset), one session's detail, transcripts in bulk,
 * filter value lists with counts and search snippets (the CSV export is in routes-export.ts).
 */
import type { ColumnFilter, SessionQuery, SortSpec } from '../../src/model/query.js';
import type { SessionSummary } from '../../src/model/session.js';
import { Highlighter, SearchCore, sessionSearchDocument } from '../../src/engine/search/index.js';
import { compileQuery, compileValueList, finishValueList, MAX_PAGE_SIZE, type ServerSearch } from '../../src/server/index.js';
import type { Database } from './database.js';
import { HttpError, intParam, jsonParam } from './http-util.js';
import { readMessages, readNotes, readSummary } from './session-writes.js';
import { splitCount, splitValueList } from './split-scan.js';

export interface ReadContext {
  db: Database;
  search: ServerSearch;
  locale: string;
  timeZone: string;
}

/** The view query a request carries: `mode`, `filters` and `sort` as JSON, `search`. */
export function queryFrom(params: URLSearchParams): SessionQuery {
  const filters = jsonParam<Record<string, ColumnFilter>>(params, 'filters', {});
  const sort = jsonParam<SortSpec[]>(params, 'sort', [{ column: 'startedAt', direction: 'desc' }]);
  if (!filters || typeof filters !== 'object' || Array.isArray(filters)) throw new HttpError(400, 'filters must be an object');
  if (!Array.isArray(sort)) throw new HttpError(400, 'sort must be an array');
  return { mode: params.get('mode') === 'live' ? 'live' : 'history', filters, sort, search: params.get('search') ?? '' };
}

/** A keyset cursor: the last row's sort values, opaque to the client. */
function encodeCursor(values: unknown): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values)) return values;
  } catch {
    // Reported below.
  }
  throw new HttpError(400, 'Bad cursor');
}

interface PageRow {
  summary: SessionSummary;
  sort_values: unknown[];
}

/** GET /sessions: `limit` rows from `offset`, or after `cursor`; `total` unless `total=0`. */
export async function listSessions(ctx: ReadContext, params: URLSearchParams) {
  const query = queryFrom(params);
  // One below the compiler's cap: the page asks for one row more to know whether another follows.
  const limit = intParam(params, 'limit', 100, MAX_PAGE_SIZE - 1);
  const cursor = params.get('cursor');
  const base = { dialect: 'postgres', now: Date.now(), timeZone: params.get('timeZone') || ctx.timeZone, search: ctx.search } as const;
  const compiled = compileQuery(query, {
    ...base,
    limit: limit + 1,
    offset: intParam(params, 'offset', 0, Number.MAX_SAFE_INTEGER),
    ...(cursor ? { after: decodeCursor(cursor) } : {}),
  });
  const [page, count] = await Promise.all([
    ctx.db.query<PageRow>(compiled.text, compiled.values),
    params.get('total') === '0' ? undefined : splitCount(ctx.db, (startedIn) => compileQuery(query, { ...base, startedIn }).count),
  ]);
  // One row more than asked tells whether another page follows without a second query.
  const rows = page.rows.slice(0, limit);
  const more = page.rows.length > limit;
  return {
    sessions: rows.map((row) => row.summary),
    ...(more && rows.length > 0 ? { nextCursor: encodeCursor(rows[rows.length - 1]!.sort_values) } : {}),
    ...(count !== undefined ? { total: count } : {}),
  };
}

/** GET /sessions/:id — the summary with transcript, notes, routing, recordings and ban. */
export async function sessionDetail(ctx: ReadContext, id: string) {
  const summary = await readSummary(ctx.db, id);
  const [messages, notes, details] = await Promise.all([
    readMessages(ctx.db, id),
    readNotes(ctx.db, id),
    ctx.db.query<{ body: Record<string, unknown> }>('SELECT body FROM session_details WHERE session_id = $1::text', [id]),
  ]);
  const body = details.rows[0]?.body ?? {};
  return { routing: [], recordings: [], ...body, ...summary, messages, notes };
}

/** POST /transcripts { ids } — many transcripts in one round trip. */
export async function transcripts(ctx: ReadContext, body: Record<string, unknown>) {
  const ids = Array.isArray(body.ids) ? body.ids.filter((id): id is string => typeof id === 'string').slice(0, 5000) : [];
  const { rows } = await ctx.db.query<{ session_id: string; body: unknown }>(
    'SELECT session_id, body FROM messages WHERE session_id = ANY($1::text[]) ORDER BY session_id, seq',
    [ids],
  );
  const result: Record<string, unknown[]> = Object.fromEntries(ids.map((id) => [id, []]));
  for (const row of rows) result[row.session_id]!.push(row.body);
  return result;
}

/** GET /values/:columnId — the column's values with counts under the other filters. */
export async function valueList(ctx: ReadContext, columnId: string, params: URLSearchParams) {
  const query = queryFrom(params);
  const options = { dialect: 'postgres', now: Date.now(), timeZone: params.get('timeZone') || ctx.timeZone, search: ctx.search } as const;
  if (!compileValueList(columnId, query, options)) throw new HttpError(404, 'No such column');
  const rows = await splitValueList(ctx.db, (startedIn) => compileValueList(columnId, query, { ...options, startedIn })!);
  const limit = params.get('limit');
  return finishValueList(rows, columnId, query, { locale: params.get('locale') || ctx.locale, ...(limit ? { limit: intParam(params, 'limit', 0, 10_000) } : {}) });
}

/** GET /sessions/:id/snippets?search= — where the search text occurs in the transcript. */
export async function snippets(ctx: ReadContext, id: string, params: URLSearchParams) {
  const text = params.get('search') ?? '';
  const summary = await readSummary(ctx.db, id);
  const messages = await readMessages(ctx.db, id);
  // A one-document index gives the query's matched terms (prefixes expanded) for the highlighter.
  const core = new SearchCore(ctx.search.analyzer.languages);
  core.add([sessionSearchDocument(summary, messages, await readNotes(ctx.db, id))]);
  const result = core.search(text);
  const matches = new Highlighter(core.analyzer, result.clauses).messages(messages);
  const byId = new Map(messages.map((message) => [String(message.id), message.text]));
  return matches.map((match) => ({ ...match, text: byId.get(match.messageId) ?? '' }));
}
