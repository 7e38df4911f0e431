/**
 * SessionStore: the single source of truth for one view. Its state is a frozen snapshot
 * (`getState()`); elements subscribe to the slice they render (`subscribe(selector, callback)`)
 * and call its actions. The work is done by parts with one job each — the page loader
 * (`page-loader.ts`), the live feed (`live-feed.ts`), the view maintenance
 * (`view-maintenance.ts`), details and search — and this class wires them to the state: changes
 * are queued and committed together, at once for the user's own actions, else once per frame.
 * The adapter is private: nothing outside calls it.
 */
import { resolveCapabilities, SessionViewError, type SessionAdapter } from '../adapter/index.js';
import {
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
import { IdMap } from '../engine/query/id-map.js';
import { DetailStore } from './detail-store.js';
import { EngineViewComputer } from './engine-view-computer.js';
import { FrameScheduler } from './frame.js';
import { InvalidRecords } from './invalid-records.js';
import { LiveFeed } from './live-feed.js';
import { PageLoader } from './page-loader.js';
import { PENDING_ROW } from './range-constants.js';
import type { QueryPage } from './query-pages.js';
import { queryPagesLater, ServerMode } from './server-mode.js';
import { callAdapter } from './request.js';
import { loadPreference, savePreference } from './preferences.js';
import type { InvalidRecord, SessionMaps } from './page-intake.js';
import { StateContainer, type Equality } from './state-container.js';
import { StoreSearch } from './store-search.js';
import type { ViewComputer } from './view.js';
import { ViewMaintenance } from './view-maintenance.js';
import { validationSettled } from './validation.js';
import { initialState, type LoadStatus, type SessionStoreOptions, type SessionStoreState } from './session-store-state.js';

/**
 * Live changes are applied (and the table re-rendered) at most this often: ten times a second
 * looks as live as sixty, and a busy feed no longer keeps the main thread laying out rows.
 */
const LIVE_FLUSH_INTERVAL_MS = 100;

export { LIVE_REQUERY_MS } from './range-constants.js';

/** A record the adapter sent that failed validation; shown to the user, never rendered as data. */
export type { InvalidRecord };

export type { LoadStatus, SessionStoreOptions, SessionStoreState } from './session-store-state.js';

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
  /** Time limit for one adapter call in ms (30 000 by default); read at each call, so a change applies to the next one. */
  requestTimeoutMs: number;
  /**
   * The host gave the columns or sort explicitly (a shared link, a host setting): stored
   * personal layouts must not override them.
   */
  readonly pinnedLayout: boolean;

  readonly #adapter: SessionAdapter;
  readonly #state: StateContainer<SessionStoreState>;
  // Ids of every session held key these two: IdMaps keep them out of the string table (see IdMap).
  readonly #maps: SessionMaps = { sessions: new IdMap(), versions: new IdMap(), seenMessages: new Map() };
  readonly #targets = new Map<string, RoutingTarget>();
  readonly #scheduler = new FrameScheduler(() => this.#flush());
  readonly #loader: PageLoader;
  /**
   * With `serverQuery`: pages around the viewport instead of a full load, and their rows in the
   * state; value lists and search snippets from the host.
   */
  readonly #server: ServerMode | undefined;
  readonly #live: LiveFeed;
  readonly #viewMaintenance: ViewMaintenance;
  readonly #invalid = new InvalidRecords((record) => {
    this.dispatchEvent(new CustomEvent<InvalidRecord>('data-error', { detail: record }));
    this.#scheduler.schedule();
  });
  #connections = 0;
  #wasConnected = false;
  #sessionsDirty = false;
  /** Set by query and selection changes: those flush at once (live feeds wait for the frame). */
  #userAction = false;
  /** Pending state changes, committed together at the flush. */
  #pending: Partial<SessionStoreState> = {};
  /** The flush in progress answers the user (it computes the view now, whatever the load). */
  #urgent = false;
  /** The load finished: 'ready' is committed once the view has merged every session it took in. */
  #readyOnceMerged = false;

  constructor(adapter: SessionAdapter, options: SessionStoreOptions = {}) {
    super();
    if (!adapter || typeof adapter.listSessions !== 'function') {
      throw new TypeError('session-view: the adapter must implement listSessions(request, signal).');
    }
    this.#adapter = adapter;
    this.viewer = adapter.viewer ?? { id: 'anonymous', name: '', role: 'operator' };
    this.capabilities = resolveCapabilities(adapter);
    this.sla = readSla(adapter.sla);
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    const serverQuery = this.capabilities.serverQuery;
    const computer =
      options.viewComputer ??
      new EngineViewComputer({ locale: this.viewer.locale ?? globalThis.navigator?.language ?? 'en', timeZone: this.viewer.timeZone });
    this.#viewMaintenance = new ViewMaintenance(computer, () => this.#scheduler.schedule());
    // Parts read the time limit at each call (a getter), so a host's change applies to the next one.
    const timeLimit = () => this.requestTimeoutMs;
    this.#loader = new PageLoader(adapter, options.pageSize ?? 2000, {
      maps: this.#maps,
      get requestTimeoutMs() {
        return timeLimit();
      },
      pageTaken: (accepted, invalid, loaded, total) => {
        for (const record of invalid) this.#invalid.report(record);
        this.#noteChangedSessions(accepted);
        // The first rows show at once; later pages join at the next frame.
        if (this.view.length === 0 && accepted.length > 0) this.#userAction = true;
        this.#change({ loaded, total }, false);
      },
      dropped: (ids) => this.#noteChangedSessions(ids),
      finished: () => {
        // The view is brought up to date (held-back pages merged, in slices when many); 'ready'
        // is committed with the flush that merges the last of them, not before.
        this.#viewMaintenance.markDirty();
        this.#readyOnceMerged = true;
        this.#scheduler.schedule();
      },
      failed: (error) => {
        this.#readyOnceMerged = false;
        this.#change({ status: 'error', error }, true);
      },
    });
    this.#server = serverQuery ? this.#createServerMode(adapter, options.pageSize ?? 200, options.maxPages ?? 20, timeLimit) : undefined;
    this.#live = new LiveFeed(adapter, this.capabilities.live, {
      maps: this.#maps,
      targets: this.#targets,
      schedule: () => this.#scheduler.schedule(LIVE_FLUSH_INTERVAL_MS),
      failed: (error) => this.#change({ status: 'error', error }, true),
      pageOnItsWay: () => this.#loader.loading,
    });
    this.pinnedLayout = options.columns !== undefined || options.query?.sort !== undefined;
    this.#state = new StateContainer<SessionStoreState>(initialState(this.#maps.sessions, options));
    this.details = new DetailStore(adapter, {
      viewer: this.viewer,
      capabilities: this.capabilities,
      get requestTimeoutMs() {
        return timeLimit();
      },
      session: (id) => this.#maps.sessions.get(id),
      select: (id) => this.select(id),
      entriesChanged: (details) => this.#state.commit({ details }),
      targetsLoaded: (targets) => this.#setTargets(targets),
    });
    this.search = new StoreSearch({
      sessions: () => this.#maps.sessions,
      transcripts: (ids, signal) => this.#transcripts(ids, signal),
      get hasTranscripts() {
        return typeof adapter.getTranscripts === 'function';
      },
      matchesChanged: (text, matches) => this.#matchesChanged(text, matches),
      stateChanged: (search, snippets) => this.#state.commit({ search, snippets }),
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
    return this.#live.bookkeeping;
  }

  /** Number of live subscriptions (leak tests count them). */
  get subscriberCount(): number {
    return this.#state.subscriberCount;
  }

  // Read-only views of the snapshot, for actions and tests; render from a selected slice.
  get sessions(): ReadonlyMap<string, SessionSummary> {
    return this.#maps.sessions;
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
    return this.#maps.sessions.get(id);
  }

  /** Sessions held in `mode` (default: the current one) before filters and search, without a scan of them all. */
  countInMode(mode: Mode = this.query.mode): number {
    return this.#viewMaintenance.countInMode(this.#maps.sessions, mode, this.view);
  }

  // ---- lifecycle -------------------------------------------------------------------------

  /** Elements call this when they connect; the first connection loads and subscribes. */
  connect(): void {
    this.#connections += 1;
    if (this.#connections > 1) return;
    this.#viewMaintenance.start();
    const subscribed = this.#live.start();
    if (this.#wasConnected) {
      // Live changes were missed while nobody listened: what we hold may be stale. Reload the
      // current mode (rows stay visible while pages stream in) and the others when shown again.
      this.#loader.loadedModes.clear();
      // The index was dropped on disconnect; an active search builds it again.
      if (this.#searchesHere && this.query.search.trim()) void this.search.run(this.query.search);
    }
    this.#wasConnected = true;
    if (!subscribed) return;
    if (!this.#loader.loadedModes.has(this.query.mode) && this.status !== 'loading') void this.load();
  }

  /** The last disconnection stops the live subscription and any load in flight. */
  disconnect(): void {
    this.#connections = Math.max(0, this.#connections - 1);
    if (this.#connections > 0) return;
    this.#live.stop();
    this.#loader.stop();
    this.#server?.stop();
    this.#viewMaintenance.stop();
    this.#readyOnceMerged = false;
    if (this.status === 'loading') this.#state.commit({ status: 'idle' });
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

  /**
   * Loads the current mode: every page, streaming rows into the view as pages arrive; with
   * `serverQuery` the first rows under the query (the rest as the table shows them).
   */
  load(): Promise<void> {
    return this.#loadWith(this.query);
  }

  /**
   * Starts loading `query`. The query is committed together with the 'loading' status, so no
   * state pairs a new query with the previous one's status and total.
   */
  #loadWith(query: SessionQuery): Promise<void> {
    this.#readyOnceMerged = false;
    this.#pending.query = query;
    // The pager starts over first (aborting pages in flight, asking with the pending query), so
    // the view computed for the 'loading' state no longer holds the previous query's rows.
    const loaded = this.#server ? this.#server.start() : this.#loader.load(query.mode);
    this.#change({ status: 'loading', error: undefined, loaded: 0, total: undefined, hasMore: false }, true);
    return loaded;
  }

  /**
   * The rows the table shows now (`first` to `end`, exclusive). With `serverQuery` the host may
   * hold millions of rows: the pages around them are fetched, pages scrolled past are aborted.
   */
  showRange(first: number, end: number): void {
    if (this.status === 'error') return;
    this.#server?.showRange(first, end);
  }

  /**
   * Every row under the current query, page by page from the host, for an export of a list the
   * browser does not hold (`serverQuery`): validated pages (invalid records left out), the
   * request in flight aborted with `signal`. The query is the one at the call.
   */
  queryPages(options: { signal: AbortSignal; pageSize?: number }): AsyncGenerator<QueryPage> {
    return queryPagesLater(this.#adapter, this.query, { ...options, timeoutMs: this.requestTimeoutMs });
  }

  /** Loads the current mode again after an error (with `serverQuery`: the rows on screen). */
  retry(): Promise<void> {
    if (this.#connections > 0 && !this.#live.start()) return Promise.resolve();
    if (this.#server?.total !== undefined) {
      this.#change({ status: 'ready', error: undefined }, false);
      this.#server.refresh();
      return this.settled();
    }
    this.#loader.loadedModes.delete(this.query.mode);
    return this.load();
  }

  /** Range paging (`serverQuery`): pages around the viewport instead of a full load. */
  #createServerMode(adapter: SessionAdapter, pageSize: number, maxPages: number, timeLimit: () => number): ServerMode {
    const isReady = () => this.status === 'ready';
    return new ServerMode(adapter, { pageSize, maxPages }, {
      maps: this.#maps,
      get requestTimeoutMs() {
        return timeLimit();
      },
      // A query being loaded is pending until the 'loading' state commits it.
      query: () => this.#pending.query ?? this.query,
      invalid: (records) => records.forEach((record) => this.#invalid.report(record)),
      failed: (error) => this.#change({ status: 'error', error }, false),
      firstRange: () => {
        this.#loader.loadedModes.add(this.query.mode);
        // The first rows show at once.
        this.#userAction = true;
        this.#change({ status: 'ready' }, false);
      },
      schedule: () => this.#scheduler.schedule(),
      get ready() {
        return isReady();
      },
      valueListsLanded: (valueLists) => this.#state.commit({ valueLists }),
      snippetsLanded: (snippets) => this.#state.commit({ snippets }),
    });
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

  #setTargets(targets: readonly RoutingTarget[]): void {
    if (targets.length === 0) return;
    for (const target of targets) this.#targets.set(target.id, target);
    this.#state.commit({ targets: new Map(this.#targets) });
  }

  // ---- query, selection, columns ---------------------------------------------------------

  setQuery(patch: Partial<SessionQuery>): void {
    const previous = this.query;
    const query = { ...previous, ...patch };
    // The user is waiting for this one: compute the view now, not a frame later.
    this.#userAction = true;
    if (query.mode !== previous.mode && !this.#loader.loadedModes.has(query.mode)) {
      void this.#loadWith(query);
      return;
    }
    if (this.capabilities.serverQuery) {
      // The host's back end filters, sorts and searches: ask it again.
      this.#server?.setSearchText(query.search);
      this.#loader.loadedModes.clear();
      void this.#loadWith(query);
      return;
    }
    // A new search text: the view waits for its matches instead of showing stale ones.
    this.#change({ query }, query.search === this.#viewMaintenance.matchesText || query.search.trim() === '');
    if (query.search !== previous.search) void this.search.run(query.search);
  }

  setMode(mode: Mode): void {
    if (mode !== this.query.mode) this.setQuery({ mode });
  }

  select(id: string | undefined): void {
    if (id === this.selectedId || id === PENDING_ROW) return;
    this.#userAction = true;
    this.#change({ selectedId: id }, false);
  }

  setColumns(ids: readonly string[]): void {
    this.#change({ columns: [...ids] }, false);
  }

  /** Swaps the view computation (a host's own engine) and recomputes. */
  setViewComputer(computer: ViewComputer): void {
    this.#viewMaintenance.setComputer(computer);
    this.#change({}, true);
  }

  /** The sessions shown now for `ids` (the table tells which rows are on screen, for snippets). */
  showRows(ids: readonly string[]): void {
    if (this.#searchesHere) this.search.showRows(ids);
    else this.#server?.showRows(ids, this.query.search);
  }

  /** Distinct values of a column with counts under the other active filters (header popovers). */
  valueList(columnId: string, options: ValueListOptions = {}): ValueListEntry[] {
    // The host counts over everything; the rows held here are a few pages of it.
    if (this.#server?.valueListsFromHost) return [...(this.#server.valueList(columnId, this.query, options) ?? [])];
    return this.#viewMaintenance.valueList(this.#maps.sessions, columnId, this.query, options);
  }

  /** Reads a per-user preference (layout, saved views) from the host, else localStorage. */
  loadPreference(key: string): Promise<unknown> {
    return loadPreference(this.#adapter, key, this.requestTimeoutMs);
  }

  /** Stores a per-user preference; failures are logged and the value kept for this page. */
  savePreference(key: string, value: unknown): Promise<void> {
    return savePreference(this.#adapter, key, value, this.requestTimeoutMs);
  }

  /**
   * Resolves once pending live changes, the search in flight and the view have been applied
   * (and the validation they and a detail in flight wait for has come: validation.ts).
   */
  async settled(): Promise<void> {
    await validationSettled();
    await this.#scheduler.settled();
    await this.search.answered();
    await this.#scheduler.settled();
    // A large merge into the view takes a flush per slice (see `MergeSlices`); each asks for the next.
    while (this.#viewMaintenance.merging) {
      this.#scheduler.schedule();
      await this.#scheduler.settled();
    }
  }

  /** With `serverQuery`: the host gives the search snippets of the rows shown (`adapter.searchSnippets`). */
  get snippetsFromHost(): boolean {
    return this.#server?.snippetsFromHost ?? false;
  }

  /** Search runs here (not on the host's back end). */
  get #searchesHere(): boolean {
    return !this.capabilities.serverQuery;
  }

  #matchesChanged(text: string, matches: ReadonlySet<string> | null): void {
    this.#viewMaintenance.setMatches(text, matches);
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
    if (viewAffected) this.#viewMaintenance.invalidate();
    this.#scheduler.schedule();
    if (this.#userAction) {
      this.#userAction = false;
      this.#urgent = true;
      this.#scheduler.flushNow();
      this.#urgent = false;
    }
  }

  #flush(): void {
    if (this.#live.pending) this.#applyLive();
    const patch = this.#pending;
    this.#pending = {};
    Object.assign(patch, this.#invalid.take(this.invalid, this.invalidCount));
    if (this.#sessionsDirty) {
      this.#sessionsDirty = false;
      patch.sessionsVersion = this.getState().sessionsVersion + 1;
    }
    let becameReady = false;
    if (this.#server) this.#server.take(patch, this.view);
    else {
      const view = this.#viewMaintenance.next({
        sessions: this.#maps.sessions,
        query: patch.query ?? this.query,
        current: this.view,
        loading: (patch.status ?? this.status) === 'loading' && !this.#readyOnceMerged,
        urgent: this.#urgent,
      });
      if (view) patch.view = view;
      if (this.#readyOnceMerged && this.#viewMaintenance.upToDate) {
        this.#readyOnceMerged = false;
        becameReady = true;
        patch.status = 'ready';
      }
    }
    this.#state.commit(patch);
    if (becameReady) this.#viewMaintenance.prepareSort(this.#maps.sessions, this.columns);
  }

  /** Sessions were added or replaced: the next view merges them. */
  #noteChangedSessions(ids: readonly string[]): void {
    this.#sessionsDirty = true;
    this.#viewMaintenance.sessionsChanged(ids);
  }

  #applyLive(): void {
    const applied = this.#live.apply();
    for (const change of applied.valid) {
      if (change.type === 'session-upserted' || change.type === 'session-ended') this.#loader.noteReceived(change.id);
    }
    if (applied.changedSessions.length > 0) {
      this.#noteChangedSessions(applied.changedSessions);
      // A change may move rows in or out of the range on screen: asked again once the feed is quiet.
      this.#server?.requeryLater();
    }
    if (applied.targetsChanged) this.#pending.targets = new Map(this.#targets);
    for (const problem of applied.problems) this.#invalid.report(problem);
    this.details.applyLive(applied.appended, applied.valid);
    this.search.onLiveChanges(applied.appended, applied.removed, applied.grew);
  }
}
