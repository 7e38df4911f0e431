/**
 * The shape of the store's state (what elements render), its options, and the state before
 * anything loaded: kept apart from the store's wiring in `session-store.ts`.
 */
import type { SessionViewError } from '../adapter/index.js';
import type { ValueListEntry } from '../engine/query/index.js';
import { BASIC_COLUMN_IDS, DEFAULT_QUERY, type RoutingTarget, type SessionQuery, type SessionSummary } from '../model/index.js';
import type { DetailEntry } from './detail-store.js';
import type { InvalidRecord } from './page-intake.js';
import { INITIAL_SEARCH_STATE, type SearchSnippet, type SearchState } from './store-search.js';
import type { ViewComputer } from './view.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Everything an element may render, as one frozen snapshot. */
export interface SessionStoreState {
  /**
   * Every session loaded so far, by id (history and live). Records are replaced, never mutated,
   * so selecting one record re-renders only when that session changed; the map itself is the
   * store's and changes with `sessionsVersion`.
   */
  sessions: ReadonlyMap<string, SessionSummary>;
  sessionsVersion: number;
  /** Ids of the rows to show, in order (a new array only when the rows changed). */
  view: readonly string[];
  query: SessionQuery;
  columns: readonly string[];
  selectedId: string | undefined;
  status: LoadStatus;
  error: SessionViewError | undefined;
  /** Sessions received for the current mode so far, and the total the host announced. */
  loaded: number;
  total: number | undefined;
  /** More rows can be fetched from the host (always false: cursor loads fetch all, range paging sizes the view by the total). */
  hasMore: boolean;
  /**
   * With `serverQuery`: pages of rows are in flight. Their rows are in `view` as `PENDING_ROW`
   * (`''`) until they land; the table shows placeholders there.
   */
  fetching: boolean;
  /** The first invalid records (up to 1,000), for the banner; `invalidCount` counts them all. */
  invalid: readonly InvalidRecord[];
  invalidCount: number;
  /** Routing targets (operators and groups) with their live availability. */
  targets: ReadonlyMap<string, RoutingTarget>;
  /** Loaded (or loading) session details by id. */
  details: ReadonlyMap<string, DetailEntry>;
  /** Full-text search in content. */
  search: SearchState;
  /** Search hits of the rows shown, for the current search. */
  snippets: ReadonlyMap<string, SearchSnippet>;
  /** With `serverQuery` and `adapter.valueList`: the host's value lists answered so far (read them through `valueList`). */
  valueLists: ReadonlyMap<string, readonly ValueListEntry[]>;
}

export interface SessionStoreOptions {
  /** Page size asked of `listSessions` (default 2,000 for a full load, 200 for range paging). */
  pageSize?: number;
  /** With `serverQuery`: pages of rows kept in memory (default 20). */
  maxPages?: number;
  /** Time limit for one adapter call; a hanging host gets an error with Retry. */
  requestTimeoutMs?: number;
  /** Computes the ordered ids of the view; the engine supplies filters, sorts and search. */
  viewComputer?: ViewComputer;
  /** Initial query and visible columns. */
  query?: Partial<SessionQuery>;
  columns?: readonly string[];
}

/** The state of a store that has loaded nothing yet. */
export function initialState(sessions: ReadonlyMap<string, SessionSummary>, options: SessionStoreOptions): SessionStoreState {
  return {
    sessions,
    sessionsVersion: 0,
    view: [],
    query: { ...DEFAULT_QUERY, ...options.query },
    columns: options.columns ?? BASIC_COLUMN_IDS,
    selectedId: undefined,
    status: 'idle',
    error: undefined,
    loaded: 0,
    total: undefined,
    hasMore: false,
    fetching: false,
    invalid: [],
    invalidCount: 0,
    targets: new Map(),
    details: new Map(),
    search: INITIAL_SEARCH_STATE,
    snippets: new Map(),
    valueLists: new Map(),
  };
}
