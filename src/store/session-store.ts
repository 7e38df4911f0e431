/**
 * SessionStore: the single source of truth for one view. It loads pages from the adapter and
 * streams them into the view, applies live changes (deduplicated by version, one flush per
 * frame), holds the query, selection and columns, details and search. Its state is a frozen
 * snapshot (`getState()`); elements subscribe to the slice they render (`subscribe(selector,
 * callback)`) and call its actions. The adapter is private: nothing outside calls it.
 */
import {
  isAbort,
  resolveCapabilities,
  SessionViewError,
  toSessionViewError,
  type CheckedLiveChange,
  type LiveChange,
  type SessionAdapter,
} from '../adapter/index.js';
import {
  BASIC_COLUMN_IDS,
  DEFAULT_QUERY,
  readSla,
  type Capabilities,
  type Mode,
  type RoutingTarget,
  type SessionQuery,
  type SessionSummary,
  type SlaThresholds,
  type Viewer,
} from '../model/index.js';
import type { ValueListEntry, ValueListOptions } from '../engine/query/index.js';
import { MapViewComputer } from '../engine/query/index.js';
import { DetailStore, type DetailEntry } from './detail-store.js';
import { FrameScheduler } from './frame.js';
import { applyLiveChanges } from './live-changes.js';
import { callAdapter } from './request.js';
import { loadPreference, savePreference } from './preferences.js';
import { dropMissing, intakePage, type InvalidRecord } from './page-intake.js';
import { StateContainer, type Equality } from './state-container.js';
import { INITIAL_SEARCH_STATE, StoreSearch, type SearchSnippet, type SearchState } from './store-search.js';
import { prepareSortWhenIdle, type ViewComputer } from './view.js';

const MAX_INVALID_KEPT = 1000;
/**
 * Versions of sessions no longer held are kept for this many (a late, stale upsert must not bring
 * a removed session back), the oldest forgotten first: a long live feed must not grow without bound.
 */
const MAX_FORGOTTEN_VERSIONS = 2000;
/**
 * While pages stream in, the view is recomputed at most this often (the first page at once): a
 * 200k-session load is a hundred pages, and re-sorting everything after each would be quadratic.
 */
const LOADING_VIEW_INTERVAL_MS = 250;

/**
 * Ends the current task so the page can paint and handle input between two pages. A plain task
 * (not `scheduler.yield()`, whose continuation would run ahead of the frame that shows the rows).
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A record the adapter sent that failed validation; shown to the user, never rendered as data. */
export type { InvalidRecord };

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
  /** With `serverQuery`: more rows can be fetched from the host. */
  hasMore: boolean;
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
}

export interface SessionStoreOptions {
  /** Page size asked of `listSessions`. */
  pageSize?: number;
  /** Time limit for one adapter call; a hanging host gets an error with Retry. */
  requestTimeoutMs?: number;
  /** Computes the ordered ids of the view; the engine supplies filters, sorts and search. */
  viewComputer?: ViewComputer;
  /** Initial query and visible columns. */
  query?: Partial<SessionQuery>;
  columns?: readonly string[];
}

/** Fired on the store (an EventTarget) as `data-error` for every invalid record. */
export type DataErrorEvent = CustomEvent<InvalidRecord>;

export class SessionStore extends EventTarget {
  readonly viewer: Viewer;
  readonly capabilities: Capabilities;
  /** The host's service level for waiting clients (validated), if it set one. */
  readonly sla: SlaThresholds | undefined;
  readonly details: DetailStore;
  /** Full-text search in content (client-side; idle with `serverQuery`). */
  readonly search: StoreSearch;
  readonly requestTimeoutMs: number;
  /**
   * The host gave the columns or sort explicitly (a shared link, a host setting): stored
   * personal layouts must not override them.
   */
  readonly pinnedLayout: boolean;

  readonly #adapter: SessionAdapter;
  readonly #state: StateContainer<SessionStoreState>;
  readonly #sessions = new Map<string, SessionSummary>();
  readonly #targets = new Map<string, RoutingTarget>();
  #viewComputer: ViewComputer;
  readonly #pageSize: number;
  /** Latest version per session id (live changes at or below it are stale). */
  readonly #versions = new Map<string, number>();
  /** Ids of messages received live, per session, so a repeated delivery is appended once. */
  readonly #seenMessages = new Map<string, Set<string>>();
  readonly #loadedModes = new Set<Mode>();
  #loadController: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  #liveQueue: LiveChange[] = [];
  #connections = 0;
  #wasConnected = false;
  #viewDirty = false;
  /**
   * Sessions changed by live feeds since the view was computed, for an incremental update;
   * `null` when something else changed too (query, pages, matches) and only a full computation will do.
   */
  #changedSinceView: Set<string> | null = null;
  #sessionsDirty = false;
  /** Full-text hits of the current search (`null`: no search to limit by). */
  #matches: ReadonlySet<string> | null = null;
  /** The search text `#matches` answer; the view waits for the answer of a new text. */
  #matchesText = '';
  /** Set by query and selection changes: those flush at once (live feeds wait for the frame). */
  #userAction = false;
  /** Invalid records reported since the last flush. */
  #newInvalid: InvalidRecord[] = [];
  /** Pending state changes, committed together at the flush. */
  #pending: Partial<SessionStoreState> = {};
  /** Ids seen by the load in progress (pages and live changes), to tell what the host dropped. */
  #receivedDuringLoad: Set<string> | undefined;
  /** With `serverQuery` the host orders the rows: the view is the arrival order. */
  #serverOrder: string[] = [];
  /** With `serverQuery`: where the next page starts, and how many rows the table wants. */
  #nextCursor: string | undefined;
  #wantedRows = 0;
  #stopSortPreparation: () => void = () => {};
  /** When the view was last computed, and the timer of a computation held back while loading. */
  #viewComputedAt = -Infinity;
  #viewTimer: ReturnType<typeof setTimeout> | undefined;
  /** The flush in progress answers the user (it computes the view now, whatever the load). */
  #urgent = false;
  readonly #scheduler = new FrameScheduler(() => this.#flush());

  constructor(adapter: SessionAdapter, options: SessionStoreOptions = {}) {
    super();
    if (!adapter || typeof adapter.listSessions !== 'function') {
      throw new TypeError('session-view: the adapter must implement listSessions(request, signal).');
    }
    this.#adapter = adapter;
    this.viewer = adapter.viewer ?? { id: 'anonymous', name: '', role: 'operator' };
    this.capabilities = resolveCapabilities(adapter);
    this.sla = readSla(adapter.sla);
    this.#pageSize = options.pageSize ?? 2000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.#viewComputer =
      options.viewComputer ??
      new MapViewComputer({ locale: this.viewer.locale ?? globalThis.navigator?.language ?? 'en', timeZone: this.viewer.timeZone });
    this.pinnedLayout = options.columns !== undefined || options.query?.sort !== undefined;
    this.#state = new StateContainer<SessionStoreState>({
      sessions: this.#sessions,
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
      invalid: [],
      invalidCount: 0,
      targets: new Map(),
      details: new Map(),
      search: INITIAL_SEARCH_STATE,
      snippets: new Map(),
    });
    this.details = new DetailStore(adapter, {
      viewer: this.viewer,
      capabilities: this.capabilities,
      requestTimeoutMs: this.requestTimeoutMs,
      session: (id) => this.#sessions.get(id),
      select: (id) => this.select(id),
      entriesChanged: (details) => this.#commitNow({ details }),
      targetsLoaded: (targets) => this.#setTargets(targets),
    });
    this.search = new StoreSearch({
      sessions: () => this.#sessions,
      transcripts: (ids, signal) => this.#transcripts(ids, signal),
      get hasTranscripts() {
        return typeof adapter.getTranscripts === 'function';
      },
      matchesChanged: (text, matches) => this.#matchesChanged(text, matches),
      stateChanged: (search, snippets) => this.#commitNow({ search, snippets }),
    });
    if (this.#searchesHere && this.query.search.trim()) void this.search.run(this.query.search);
  }

  // ---- state -----------------------------------------------------------------------------

  /** The current state: a frozen snapshot, replaced on every change. */
  getState(): Readonly<SessionStoreState> {
    return this.#state.getState();
  }

  /**
   * Calls `callback` when `select(state)` changes (by `equals`, default `Object.is`); returns
   * the unsubscribe function. Select only what you render: that is what keeps renders few.
   */
  subscribe<T>(select: (state: SessionStoreState) => T, callback: (value: T, state: SessionStoreState) => void, equals?: Equality<T>): () => void {
    return this.#state.subscribe(select, callback, equals);
  }

  /**
   * @internal Entries of the live bookkeeping (versions, message ids), for leak tests.
   */
  get liveBookkeeping(): { versions: number; seenMessages: number } {
    return { versions: this.#versions.size, seenMessages: this.#seenMessages.size };
  }

  /** Number of live subscriptions (leak tests count them). */
  get subscriberCount(): number {
    return this.#state.subscriberCount;
  }

  // Read-only views of the snapshot, for actions and tests; render from a selected slice.
  get sessions(): ReadonlyMap<string, SessionSummary> {
    return this.#sessions;
  }
  get view(): readonly string[] {
    return this.getState().view;
  }
  get query(): SessionQuery {
    return this.getState().query;
  }
  get columns(): readonly string[] {
    return this.getState().columns;
  }
  get selectedId(): string | undefined {
    return this.getState().selectedId;
  }
  get status(): LoadStatus {
    return this.getState().status;
  }
  get error(): SessionViewError | undefined {
    return this.getState().error;
  }
  get loaded(): number {
    return this.getState().loaded;
  }
  get total(): number | undefined {
    return this.getState().total;
  }
  get hasMore(): boolean {
    return this.getState().hasMore;
  }
  get invalid(): readonly InvalidRecord[] {
    return this.getState().invalid;
  }
  get invalidCount(): number {
    return this.getState().invalidCount;
  }
  get targets(): ReadonlyMap<string, RoutingTarget> {
    return this.getState().targets;
  }

  session(id: string): SessionSummary | undefined {
    return this.#sessions.get(id);
  }

  // ---- lifecycle -------------------------------------------------------------------------

  /** Elements call this when they connect; the first connection loads and subscribes. */
  connect(): void {
    this.#connections += 1;
    if (this.#connections > 1) return;
    const subscribed = this.#subscribeLive();
    if (this.#wasConnected) {
      // Live changes were missed while nobody listened: what we hold may be stale. Reload the
      // current mode (rows stay visible while pages stream in) and the others when shown again.
      this.#loadedModes.clear();
      // The index was dropped on disconnect; an active search builds it again.
      if (this.#searchesHere && this.query.search.trim()) void this.search.run(this.query.search);
    }
    this.#wasConnected = true;
    if (!subscribed) return;
    if (!this.#loadedModes.has(this.query.mode) && this.status !== 'loading') void this.load();
  }

  /**
   * Subscribes to live changes. A host whose `subscribe()` throws, or returns something other than
   * an unsubscribe function, gets an error state with Retry (which subscribes again) instead of
   * an exception escaping an element's update and leaving a blank view. False when it failed.
   */
  #subscribeLive(): boolean {
    if (!this.capabilities.live || typeof this.#adapter.subscribe !== 'function' || this.#unsubscribe) return true;
    let unsubscribe: unknown;
    try {
      unsubscribe = this.#adapter.subscribe((change) => this.#receive(change));
    } catch (error) {
      console.error('[session-view] The adapter\'s subscribe() threw:', error);
      this.#change({ status: 'error', error: toSessionViewError(error) }, true);
      return false;
    }
    if (typeof unsubscribe !== 'function') {
      console.error('[session-view] The adapter\'s subscribe() must return an unsubscribe function; it returned', unsubscribe);
      // 'unknown', not 'invalid-data': a host that fixes itself (or a flaky one) deserves the Retry.
      this.#change({ status: 'error', error: new SessionViewError('unknown', 'subscribe() must return an unsubscribe function.') }, true);
      return false;
    }
    this.#unsubscribe = unsubscribe as () => void;
    return true;
  }

  /** The last disconnection stops the live subscription and any load in flight. */
  disconnect(): void {
    this.#connections = Math.max(0, this.#connections - 1);
    if (this.#connections > 0) return;
    const unsubscribe = this.#unsubscribe;
    this.#unsubscribe = undefined;
    try {
      unsubscribe?.();
    } catch (error) {
      // The host's unsubscribe failing must not stop the teardown (or an adapter swap).
      console.error('[session-view] The adapter\'s unsubscribe function threw:', error);
    }
    this.#liveQueue = [];
    this.#loadController?.abort();
    this.#stopSortPreparation();
    clearTimeout(this.#viewTimer);
    this.#viewTimer = undefined;
    if (this.status === 'loading') this.#commitNow({ status: 'idle' });
    // The index and its worker are rebuilt on the next search; an idle page holds neither.
    this.search.suspend();
  }

  /** Frees the search index and its worker and stops everything; the store is not used afterwards. */
  dispose(): void {
    this.#connections = 1;
    this.disconnect();
    this.search.dispose();
  }

  // ---- loading ---------------------------------------------------------------------------

  /** Loads every page of the current mode, streaming rows into the view as pages arrive. */
  async load(): Promise<void> {
    this.#loadController?.abort();
    const mode = this.query.mode;
    this.#serverOrder = [];
    this.#nextCursor = undefined;
    this.#wantedRows = this.#pageSize;
    this.#change({ status: 'loading', error: undefined, loaded: 0, total: undefined, hasMore: false }, true);
    const received = new Set<string>();
    this.#receivedDuringLoad = received;
    await this.#loadPages(mode, undefined, received);
  }

  /**
   * With `serverQuery` the host may hold millions of rows: pages are fetched as the table
   * scrolls towards them. Call with the index of the last row on screen (the table does).
   */
  ensureRows(count: number): void {
    if (!this.capabilities.serverQuery) return;
    this.#wantedRows = Math.max(this.#wantedRows, count + this.#pageSize);
    if (this.#nextCursor === undefined || this.#loadController || this.status === 'error') return;
    void this.#loadPages(this.query.mode, this.#nextCursor, this.#receivedDuringLoad ?? new Set());
  }

  /** Loads the current mode again after an error. */
  retry(): Promise<void> {
    if (this.#connections > 0 && !this.#subscribeLive()) return Promise.resolve();
    this.#loadedModes.delete(this.query.mode);
    return this.load();
  }

  /** Fetches pages from `cursor` on: all of them, or with `serverQuery` up to `wantedRows`. */
  async #loadPages(mode: Mode, cursor: string | undefined, received: Set<string>): Promise<void> {
    const controller = new AbortController();
    this.#loadController = controller;
    const serverQuery = this.capabilities.serverQuery;
    let loaded = this.loaded;
    try {
      do {
        const page = await callAdapter(
          (signal) => this.#adapter.listSessions(this.#pageRequest(mode, cursor), signal),
          { signal: controller.signal, timeoutMs: this.requestTimeoutMs },
        );
        if (controller.signal.aborted) return;
        if (!page || !Array.isArray(page.sessions)) {
          throw new SessionViewError('invalid-data', 'listSessions must resolve to { sessions: [...] }.');
        }
        const { accepted, invalid } = intakePage(this.#maps, page.sessions);
        for (const record of invalid) this.#reportInvalid(record);
        for (const id of accepted) received.add(id);
        if (serverQuery) this.#serverOrder.push(...accepted);
        loaded += accepted.length;
        const next = page.nextCursor;
        cursor = next !== undefined && next !== null && next !== cursor ? String(next) : undefined;
        this.#noteChangedSessions(accepted);
        // The first rows show at once; later pages join at the next frame.
        if (this.view.length === 0 && accepted.length > 0) this.#userAction = true;
        this.#change({ loaded, total: typeof page.total === 'number' ? page.total : undefined }, false);
        // One page per task: the next page's intake must not extend this one into a long task.
        if (cursor !== undefined) await yieldToEventLoop();
        if (controller.signal.aborted) return;
      } while (cursor !== undefined && !(serverQuery && loaded >= this.#wantedRows));
      this.#nextCursor = cursor;
      const dropped = cursor === undefined && !serverQuery && dropMissing(this.#maps, mode, received);
      this.#sessionsDirty ||= dropped;
      this.#loadedModes.add(mode);
      // The view is brought up to date (held-back pages merged) now that loading is over.
      this.#viewDirty = true;
      this.#change({ status: 'ready', hasMore: cursor !== undefined }, dropped);
      if (!serverQuery) {
        this.#stopSortPreparation();
        this.#stopSortPreparation = prepareSortWhenIdle(this.#viewComputer, this.#sessions, this.columns);
      }
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      const typed = toSessionViewError(error);
      this.#change({ status: 'error', error: typed }, true);
    } finally {
      if (this.#loadController === controller) {
        this.#loadController = undefined;
        if (this.#nextCursor === undefined) this.#receivedDuringLoad = undefined;
      }
    }
  }

  #pageRequest(mode: Mode, cursor: string | undefined) {
    const base = { mode, limit: this.#pageSize, ...(cursor === undefined ? {} : { cursor }) };
    if (!this.capabilities.serverQuery) return base;
    const { filters, sort, search } = this.query;
    return { ...base, filters, sort, search };
  }

  get #maps() {
    return { sessions: this.#sessions, versions: this.#versions, seenMessages: this.#seenMessages };
  }

  #reportInvalid(record: InvalidRecord): void {
    // Collected here and committed once per flush (see `#commitInvalid`): a page of bad records
    // must not copy the list once per record.
    this.#newInvalid.push(record);
    console.warn(`[session-view] Invalid session record${record.id ? ` "${record.id}"` : ''}:`, record.problems.join('; '));
    this.dispatchEvent(new CustomEvent<InvalidRecord>('data-error', { detail: record }));
    this.#scheduler.schedule();
  }

  /** Adds the records reported since the last flush to `patch`, keeping the first 1,000 for the banner. */
  #commitInvalid(patch: Partial<SessionStoreState>): void {
    const reported = this.#newInvalid;
    if (reported.length === 0) return;
    this.#newInvalid = [];
    const kept = this.invalid;
    if (kept.length < MAX_INVALID_KEPT) patch.invalid = [...kept, ...reported.slice(0, MAX_INVALID_KEPT - kept.length)];
    patch.invalidCount = this.invalidCount + reported.length;
  }

  /** Transcripts for the search index, through the same time limit and typed errors as all calls. */
  async #transcripts(ids: readonly string[], signal?: AbortSignal): Promise<Record<string, unknown> | undefined> {
    const adapter = this.#adapter;
    if (!adapter.getTranscripts) return {};
    try {
      const raw = await callAdapter((s) => adapter.getTranscripts!(ids, s), { signal, timeoutMs: this.requestTimeoutMs });
      return raw && typeof raw === 'object' ? raw : {};
    } catch (error) {
      if (!signal?.aborted) console.warn('[session-view] Transcripts for search could not be loaded:', error);
      return undefined;
    }
  }

  // ---- live ------------------------------------------------------------------------------

  #receive(change: LiveChange): void {
    if (!this.#unsubscribe && this.#connections === 0) return;
    this.#liveQueue.push(change);
    this.#scheduler.schedule();
  }

  #setTargets(targets: readonly RoutingTarget[]): void {
    if (targets.length === 0) return;
    for (const target of targets) this.#targets.set(target.id, target);
    this.#commitNow({ targets: new Map(this.#targets) });
  }

  // ---- query, selection, columns ---------------------------------------------------------

  setQuery(patch: Partial<SessionQuery>): void {
    const previous = this.query;
    const query = { ...previous, ...patch };
    // The user is waiting for this one: compute the view now, not a frame later.
    this.#userAction = true;
    if (query.mode !== previous.mode && !this.#loadedModes.has(query.mode)) {
      this.#change({ query }, true);
      void this.load();
      return;
    }
    if (this.capabilities.serverQuery) {
      // The host's back end filters, sorts and searches: ask it again.
      this.#change({ query }, false);
      this.#loadedModes.clear();
      void this.load();
      return;
    }
    // A new search text: the view waits for its matches instead of showing stale ones.
    this.#change({ query }, query.search === this.#matchesText || query.search.trim() === '');
    if (query.search !== previous.search) void this.search.run(query.search);
  }

  setMode(mode: Mode): void {
    if (mode !== this.query.mode) this.setQuery({ mode });
  }

  select(id: string | undefined): void {
    if (id === this.selectedId) return;
    this.#userAction = true;
    this.#change({ selectedId: id }, false);
  }

  setColumns(ids: readonly string[]): void {
    this.#change({ columns: [...ids] }, false);
  }

  /** Swaps the view computation (a host's own engine) and recomputes. */
  setViewComputer(computer: ViewComputer): void {
    this.#stopSortPreparation();
    this.#viewComputer = computer;
    this.#change({}, true);
  }

  /** The sessions shown now for `ids` (the table tells which rows are on screen, for snippets). */
  showRows(ids: readonly string[]): void {
    if (this.#searchesHere) this.search.showRows(ids);
  }

  /** Distinct values of a column with counts under the other active filters (header popovers). */
  valueList(columnId: string, options: ValueListOptions = {}): ValueListEntry[] {
    return this.#viewComputer.valueList?.(this.#sessions, columnId, this.query, Date.now(), options, this.#matches) ?? [];
  }

  /** Reads a per-user preference (layout, saved views) from the host, else localStorage. */
  loadPreference(key: string): Promise<unknown> {
    return loadPreference(this.#adapter, key, this.requestTimeoutMs);
  }

  /** Stores a per-user preference; failures are logged and the value kept for this page. */
  savePreference(key: string, value: unknown): Promise<void> {
    return savePreference(this.#adapter, key, value, this.requestTimeoutMs);
  }

  /** Resolves once pending live changes, the search in flight and the view have been applied. */
  async settled(): Promise<void> {
    await this.#scheduler.settled();
    await this.search.answered();
    await this.#scheduler.settled();
  }

  /** Search runs here (not on the host's back end). */
  get #searchesHere(): boolean {
    return !this.capabilities.serverQuery;
  }

  #matchesChanged(text: string, matches: ReadonlySet<string> | null): void {
    this.#matchesText = text;
    this.#matches = matches;
    // Only the answer to the text now in the query may shape the view.
    if (text === this.query.search || (text === '' && this.query.search.trim() === '')) {
      this.#userAction = true;
      this.#change({}, true);
    }
  }

  // ---- change propagation ----------------------------------------------------------------

  /** Queues a state change; the flush (now for user actions, else once per frame) commits it. */
  #change(patch: Partial<SessionStoreState>, viewAffected: boolean): void {
    Object.assign(this.#pending, patch);
    if (viewAffected) {
      this.#viewDirty = true;
      this.#changedSinceView = null;
    }
    this.#scheduler.schedule();
    if (this.#userAction) {
      this.#userAction = false;
      this.#urgent = true;
      this.#scheduler.flushNow();
      this.#urgent = false;
    }
  }

  /**
   * While a load streams pages in, a recomputation soon after the last one waits (the rows on
   * screen are already right; only counts and the far end grow); the user's own changes never do.
   */
  #holdViewBack(status: LoadStatus): boolean {
    const loading = status === 'loading';
    if (!loading || this.#urgent || this.view.length === 0) return false;
    const wait = this.#viewComputedAt + LOADING_VIEW_INTERVAL_MS - performance.now();
    if (wait <= 0) return false;
    this.#viewTimer ??= setTimeout(() => {
      this.#viewTimer = undefined;
      this.#scheduler.schedule();
    }, wait);
    return true;
  }

  /** Commits a change that needs no view computation (details, search state, targets) at once. */
  #commitNow(patch: Partial<SessionStoreState>): void {
    this.#state.commit(patch);
    this.dispatchEvent(new Event('change'));
  }

  #flush(): void {
    if (this.#liveQueue.length > 0) this.#applyLive();
    const patch = this.#pending;
    this.#pending = {};
    this.#commitInvalid(patch);
    if (this.#sessionsDirty) {
      this.#sessionsDirty = false;
      patch.sessionsVersion = this.getState().sessionsVersion + 1;
    }
    if (this.#viewDirty && !this.#holdViewBack(patch.status ?? this.status)) {
      this.#viewDirty = false;
      this.#viewComputedAt = performance.now();
      const view = this.#computeView(patch.query ?? this.query);
      this.#changedSinceView = new Set();
      if (!sameIds(view, this.view)) patch.view = view;
    }
    this.#state.commit(patch);
    this.dispatchEvent(new Event('change'));
  }

  /** Sessions were added or replaced: the next view merges them (see `#computeView`). */
  #noteChangedSessions(ids: readonly string[]): void {
    this.#sessionsDirty = true;
    this.#viewDirty = true;
    const changed = this.#changedSinceView;
    if (changed) for (const id of ids) changed.add(id);
  }

  /** Bounds the live bookkeeping: message ids of sessions gone, versions of long-gone ones. */
  #forgetGoneSessions(): void {
    const held = this.#sessions;
    if (this.#seenMessages.size > held.size) {
      for (const id of this.#seenMessages.keys()) if (!held.has(id)) this.#seenMessages.delete(id);
    }
    let excess = this.#versions.size - held.size - this.#targets.size - MAX_FORGOTTEN_VERSIONS;
    if (excess <= 0) return;
    // Maps iterate in insertion order: the sessions first heard of longest ago go first.
    for (const id of this.#versions.keys()) {
      if (excess <= 0) break;
      if (held.has(id) || id.startsWith('target:')) continue;
      this.#versions.delete(id);
      excess -= 1;
    }
  }

  /** The rows to show: the host's order, an incremental update after live changes, or in full. */
  #computeView(query: SessionQuery): string[] {
    if (this.capabilities.serverQuery) return [...this.#serverOrder];
    const now = Date.now();
    const changed = this.#changedSinceView;
    const updated = changed ? this.#viewComputer.update?.(this.view, this.#sessions, changed, query, now, this.#matches) : undefined;
    return updated ?? this.#viewComputer.compute(this.#sessions, query, now, this.#matches);
  }

  #applyLive(): void {
    const changes = this.#liveQueue;
    this.#liveQueue = [];
    const sizeBefore = this.#sessions.size;
    const effects = applyLiveChanges(this.#sessions, this.#versions, changes, this.#seenMessages);
    // Only validated changes go further: a null in the feed must not throw the frame away.
    const valid = effects.valid;
    for (const change of valid) {
      if (change.type === 'session-upserted' || change.type === 'session-ended') this.#receivedDuringLoad?.add(change.id);
    }
    if (effects.sessionsChanged) this.#noteChangedSessions(valid.filter(isSessionChange).map((change) => change.id));
    if (effects.targets.length > 0) {
      for (const target of effects.targets) this.#targets.set(target.id, target);
      this.#pending.targets = new Map(this.#targets);
    }
    for (const problem of effects.problems) this.#reportInvalid(problem);
    this.#forgetGoneSessions();
    this.details.applyLive(effects.appended, valid);
    const removed = valid.filter((c) => c.type === 'session-removed' && !this.#sessions.has(c.id)).map((c) => c.id);
    this.search.onLiveChanges(effects.appended, removed, this.#sessions.size > sizeBefore - removed.length);
  }
}

/** A validated change that concerns a session (not a routing target's availability). */
function isSessionChange(change: CheckedLiveChange): boolean {
  return change.type !== 'availability-changed';
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
