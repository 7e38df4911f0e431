/**
 * Every row under a query, page by page from a `serverQuery` host — for exports of a filtered
 * list the browser never holds. Sequential reads follow the host's `nextCursor` when it gives one
 * (keyset paging: no deep OFFSET, and rows inserted meanwhile neither repeat nor shift others
 * out), else they ask by `offset`. Each page is validated like any other; nothing is written to
 * the store's maps, so exporting 100,000 rows does not grow the table's memory.
 */
import { SessionViewError, validateSummary, type ListSessionsRequest, type SessionAdapter } from '../adapter/index.js';
import type { SessionQuery, SessionSummary } from '../model/index.js';
import type { InvalidRecord } from './page-intake.js';
import { callAdapter } from './request.js';

/** One page of an export read. */
export interface QueryPage {
  /** The page's valid sessions, in the host's order. */
  sessions: SessionSummary[];
  /** Records of the page that failed validation (left out). */
  invalid: InvalidRecord[];
  /** Rows read so far, this page included. */
  read: number;
  /** Rows the host announced for the query (its latest answer), when it gives a total. */
  total: number | undefined;
}

export interface QueryPagesOptions {
  /** Rows per request (default 1,000). */
  pageSize?: number;
  /** Aborts the request in flight and ends the read with an `aborted` error. */
  signal: AbortSignal;
  /** Time limit of one request. */
  timeoutMs: number;
}

const DEFAULT_PAGE_SIZE = 1000;

/** Reads `query`'s rows from the host a page at a time; ends after a short or empty page. */
export async function* queryPages(adapter: SessionAdapter, query: SessionQuery, options: QueryPagesOptions): AsyncGenerator<QueryPage> {
  const limit = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const { mode, filters, sort, search } = query;
  let offset = 0;
  let cursor: string | undefined;
  for (;;) {
    // The total is known after the first page: the host may skip counting again.
    const request: ListSessionsRequest = { mode, filters, sort, search, limit, ...(cursor ? { cursor } : { offset }), ...(offset > 0 ? { countTotal: false } : {}) };
    const page = await callAdapter((signal) => adapter.listSessions(request, signal), { signal: options.signal, timeoutMs: options.timeoutMs });
    if (options.signal.aborted) throw new SessionViewError('aborted', 'The request was cancelled.');
    if (!page || !Array.isArray(page.sessions)) throw new SessionViewError('invalid-data', 'listSessions must resolve to { sessions: [...], total }.');
    const sessions: SessionSummary[] = [];
    const invalid: InvalidRecord[] = [];
    for (const record of page.sessions) {
      const result = validateSummary(record);
      if (result.ok) sessions.push(result.value);
      else invalid.push({ id: result.id, problems: result.problems });
    }
    offset += page.sessions.length;
    const total = typeof page.total === 'number' && page.total >= 0 ? page.total : undefined;
    yield { sessions, invalid, read: offset, total };
    cursor = typeof page.nextCursor === 'string' && page.nextCursor !== '' ? page.nextCursor : undefined;
    // A short page is the last; so is reaching the total when the host pages by offset.
    if (page.sessions.length === 0 || (page.sessions.length < limit && !cursor)) return;
    if (!cursor && total !== undefined && offset >= total) return;
  }
}
