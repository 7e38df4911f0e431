/**
 * `createRestAdapter`: the adapter contract over the reference REST API (examples/server),
 * usable against any back end that speaks it. Reads page by offset or cursor with the view's
 * filters, sort and search (`serverQuery`); live changes come over Server-Sent Events with
 * resume; every mutation carries its idempotency key as an `Idempotency-Key` header.
 */
import type { HostSnippet, LiveChange, SessionAdapter, SessionPage } from '../adapter/types.js';
import type { ValueListEntry } from '../engine/query/value-list.js';
import type { Capabilities, SessionQuery, Viewer } from '../model/index.js';
import type { Ban, Message, Note, RoutingTarget } from '../model/session.js';
import { openEventStream } from './event-stream.js';
import { createHttpClient, type FetchFunction } from './http.js';

export interface RestAdapterOptions {
  /** Where the API lives, e.g. `https://cc.example.com/api`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <token>` on every request and on the event stream. */
  token?: string;
  /** Extra headers on every request (a function to refresh them per request). */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** Default: the global `fetch`. */
  fetch?: FetchFunction;
  /** What the back end supports. Default: everything the reference server does. */
  capabilities?: Partial<Capabilities>;
  viewer?: Viewer;
  /** Time limit of one request. Default 30 s. */
  timeoutMs?: number;
  /**
   * A new subscription replays changes from this long before it was made: covers the moments
   * before the stream connects and clock skew between browser and server. Replayed changes carry
   * versions the store already has, so it drops them. Default 10 s.
   */
  replayMs?: number;
}

/** The contract plus what the REST API offers beyond it. */
export interface RestSessionAdapter extends SessionAdapter {
  /** Filter values of a column with counts under the query's other filters. */
  valueList(columnId: string, query: SessionQuery, signal?: AbortSignal, options?: { limit?: number; locale?: string }): Promise<ValueListEntry[]>;
  /** The search hit of each of `ids` (the rows on screen), found with the browser's analyzer. */
  searchSnippets(ids: readonly string[], search: string, signal: AbortSignal): Promise<Record<string, HostSnippet>>;
  /** Messages of one session where `search` occurs, with match ranges. */
  snippets(sessionId: string, search: string, signal?: AbortSignal): Promise<{ messageId: string; text: string; ranges: { start: number; end: number }[] }[]>;
  /** A URL that streams the query's rows as CSV (open it, or fetch it with the same headers). */
  exportCsvUrl(query: SessionQuery, columns: readonly string[]): string;
}

export const REFERENCE_CAPABILITIES: Partial<Capabilities> = {
  live: true,
  notes: true,
  reroute: true,
  contactClient: true,
  ban: true,
  unban: true,
  serverQuery: true,
};

const DEFAULT_VIEWER: Viewer = { id: 'rest-viewer', name: '', role: 'operator' };
const TRANSCRIPT_BATCH = 1000;

function queryParams(query: Partial<SessionQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.mode) params.set('mode', query.mode);
  if (query.filters && Object.keys(query.filters).length > 0) params.set('filters', JSON.stringify(query.filters));
  if (query.sort) params.set('sort', JSON.stringify(query.sort));
  if (typeof query.search === 'string' && query.search.trim() !== '') params.set('search', query.search);
  return params;
}

function path(...parts: string[]): string {
  return `/${parts.map(encodeURIComponent).join('/')}`;
}

export function createRestAdapter(options: RestAdapterOptions): RestSessionAdapter {
  const fetchFunction: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const headers = (): Record<string, string> => ({
    ...(typeof options.headers === 'function' ? options.headers() : options.headers),
    ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
  });
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const request = createHttpClient({ baseUrl, headers, fetch: fetchFunction, timeoutMs: options.timeoutMs ?? 30_000 });
  const timeZone = options.viewer?.timeZone;

  return {
    capabilities: { ...(options.capabilities ?? REFERENCE_CAPABILITIES) },
    viewer: options.viewer ?? DEFAULT_VIEWER,

    listSessions(list, signal) {
      const params = queryParams(list);
      params.set('limit', String(list.limit));
      if (list.cursor) params.set('cursor', list.cursor);
      else if (typeof list.offset === 'number') params.set('offset', String(list.offset));
      if (timeZone) params.set('timeZone', timeZone);
      // The server counts the matches on every page unless told not to (an export's later pages).
      if (list.countTotal === false) params.set('total', '0');
      return request<SessionPage>(`/sessions?${params}`, { signal });
    },

    getSession: (id, signal) => request(path('sessions', id), { signal }),

    async getTranscripts(ids, signal) {
      const result: Record<string, Message[]> = {};
      for (let start = 0; start < ids.length; start += TRANSCRIPT_BATCH) {
        const batch = ids.slice(start, start + TRANSCRIPT_BATCH);
        Object.assign(result, await request<Record<string, Message[]>>('/transcripts', { method: 'POST', body: { ids: batch }, signal }));
      }
      return result;
    },

    subscribe(onChange) {
      let open = true;
      const since = Date.now() - (options.replayMs ?? 10_000);
      const close = openEventStream({
        url: `${baseUrl}/changes?since=${since}`,
        headers,
        fetch: fetchFunction,
        onEvent: (data) => {
          if (!open) return;
          try {
            onChange(JSON.parse(data) as LiveChange);
          } catch (error) {
            // A malformed event must not end the stream; the store validates what it gets.
            console.warn('session-view/rest: bad live change', error);
          }
        },
      });
      return () => {
        open = false;
        close();
      };
    },

    routingTargets: (signal) => request<RoutingTarget[]>('/routing/targets', { signal }),

    reroute: (id, target, { idempotencyKey, signal }) =>
      request<void>(path('sessions', id, 'reroute'), { method: 'POST', body: { target }, idempotencyKey, signal }),

    addNote: (id, text, mutation) =>
      request<Note>(path('sessions', id, 'notes'), { method: 'POST', body: { text }, idempotencyKey: mutation?.idempotencyKey, signal: mutation?.signal }),

    contactClient: (id, mutation) =>
      request<{ sessionId: string }>(path('sessions', id, 'contact'), {
        method: 'POST',
        // The approved template the user chose (WhatsApp outside its 24-hour window).
        body: mutation?.templateId === undefined ? {} : { templateId: mutation.templateId },
        idempotencyKey: mutation?.idempotencyKey, signal: mutation?.signal }),

    banClient: (id, { reason, until, idempotencyKey, signal }) =>
      request<Ban>(path('sessions', id, 'ban'), { method: 'POST', body: { reason, until }, idempotencyKey, signal }),

    unbanClient: (id, mutation) =>
      request<void>(path('sessions', id, 'unban'), { method: 'POST', body: {}, idempotencyKey: mutation?.idempotencyKey, signal: mutation?.signal }),

    valueList(columnId, query, signal, extra = {}) {
      const params = queryParams(query);
      if (extra.limit !== undefined) params.set('limit', String(extra.limit));
      if (extra.locale) params.set('locale', extra.locale);
      if (timeZone) params.set('timeZone', timeZone);
      return request<ValueListEntry[]>(`${path('values', columnId)}?${params}`, { signal });
    },

    // The rows on screen in one round trip; the server finds the hits with the browser's analyzer.
    searchSnippets: (ids, search, signal) => request<Record<string, HostSnippet>>('/snippets', { method: 'POST', body: { ids, search }, signal }),

    snippets: (id, search, signal) => request(`${path('sessions', id, 'snippets')}?${new URLSearchParams({ search })}`, { signal }),

    exportCsvUrl(query, columns) {
      const params = queryParams(query);
      params.set('columns', JSON.stringify(columns));
      return `${baseUrl}/export.csv?${params}`;
    },
  };
}

/** Reads capabilities and viewer from the server's `/config`, then creates the adapter. */
export async function connectRestAdapter(options: Omit<RestAdapterOptions, 'capabilities' | 'viewer'>): Promise<RestSessionAdapter> {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const config = (await (options.fetch ?? globalThis.fetch)(`${baseUrl}/config`, {
    headers: { Accept: 'application/json', ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) },
  }).then((response) => {
    if (!response.ok) throw Object.assign(new Error(`config: HTTP ${response.status}`), { status: response.status });
    return response.json();
  })) as { capabilities?: Partial<Capabilities>; viewer?: Viewer };
  return createRestAdapter({ ...options, capabilities: config.capabilities ?? REFERENCE_CAPABILITIES, viewer: config.viewer ?? DEFAULT_VIEWER });
}
