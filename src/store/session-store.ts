/**
 * SessionStore: the single source of truth for one view. It loads pages from the adapter and
 * streams them into the view, applies live changes (deduplicated by version, one flush per
 * frame), holds the query, selection and columns, and tells subscribers when anything changed.
 * Elements read its fields and call its methods; they never call the adapter.
 */
import {
  isAbort,
  resolveCapabilities,
  SessionViewError,
  type LiveChange,
  type SessionAdapter,
} from '../adapter/index.js';
import {
  BASIC_COLUMN_IDS,
  DEFAULT_QUERY,
  type Capabilities,
  type Mode,
  type RoutingTarget,
  type SessionQuery,
  type SessionSummary,
  type Viewer,
} from '../model/index.js';
import { DetailStore } from './detail-store.js';
import { FrameScheduler } from './frame.js';
import { applyLiveChanges } from './live-changes.js';
import { callAdapter } from './request.js';
import { loadPreference, savePreference } from './preferences.js';
import { dropMissing, intakePage, type InvalidRecord } from './page-intake.js';
import type { ValueListEntry, ValueListOptions } from '../engine/query/index.js';
import { MapViewComputer } from '../engine/query/index.js';
import { StoreSearch } from './store-search.js';
import { prepareSortWhenIdle, type ViewComputer } from './view.js';

const MAX_INVALID_KEPT = 1000;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** A record the adapter sent that failed validation; shown to the user, never rendered as data. */
export type { InvalidRecord };

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
  readonly adapter: SessionAdapter;
  readonly viewer: Viewer;
  readonly capabilities: Capabilities;
  readonly details: DetailStore;
  /** Full-text search in content (client-side; idle with `serverQuery`). */
  readonly search: StoreSearch;
  readonly requestTimeoutMs: number;

  /** Every session loaded so far, by id (history and live). */
  readonly sessions = new Map<string, SessionSummary>();
  /** Ids of the rows to show, in order. */
  view: readonly string[] = [];
  query: SessionQuery;
  columns: readonly string[];
  selectedId: string | undefined;
  status: LoadStatus = 'idle';
  error: SessionViewError | undefined;
  /** Sessions received for the current mode so far, and the total the host announced. */
  loaded = 0;
  total: number | undefined;
  /** The first invalid records (up to 1,000), for the banner; `invalidCount` counts them all. */
  invalid: InvalidRecord[] = [];
  invalidCount = 0;
  /** Routing targets (operators and groups) with their live availability. */
  readonly targets = new Map<string, RoutingTarget>();
  /**
   * The host gave the columns or sort explicitly (a shared link, a host setting): stored
   * personal layouts must not override them.
   */
  readonly pinnedLayout: boolean;
  /** Increments on every change; controllers compare it to skip needless renders. */
  revision = 0;

  private viewComputer: ViewComputer;
  private readonly pageSize: number;
  /** @internal Latest version per session id (live changes at or below it are stale). */
  readonly versions = new Map<string, number>();
  /** Ids of messages received live, per session, so a repeated delivery is appended once. */
  /** @internal */
  readonly seenMessages = new Map<string, Set<string>>();
  private readonly loadedModes = new Set<Mode>();
  private loadController: AbortController | undefined;
  private unsubscribe: (() => void) | undefined;
  private liveQueue: LiveChange[] = [];
  private connections = 0;
  private wasConnected = false;
  private viewDirty = false;
  /** Set by query and selection changes: those flush at once (live feeds wait for the frame). */
  private userAction = false;
  /** Ids seen by the load in progress (pages and live changes), to tell what the host dropped. */
  private receivedDuringLoad: Set<string> | undefined;
  /** With `serverQuery` the host orders the rows: the view is the arrival order. */
  private serverOrder: string[] = [];
  /** With `serverQuery`: where the next page starts, and how many rows the table wants. */
  private nextCursor: string | undefined;
  private wantedRows = 0;
  private readonly scheduler = new FrameScheduler(() => this.flush());

  constructor(adapter: SessionAdapter, options: SessionStoreOptions = {}) {
    super();
    if (!adapter || typeof adapter.listSessions !== 'function') {
      throw new TypeError('session-view: the adapter must implement listSessions(request, signal).');
    }
    this.adapter = adapter;
    this.viewer = adapter.viewer ?? { id: 'anonymous', name: '', role: 'operator' };
    this.capabilities = resolveCapabilities(adapter);
    this.pageSize = options.pageSize ?? 2000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.viewComputer =
      options.viewComputer ??
      new MapViewComputer({ locale: this.viewer.locale ?? globalThis.navigator?.language ?? 'en', timeZone: this.viewer.timeZone });
    this.query = { ...DEFAULT_QUERY, ...options.query };
    this.columns = options.columns ?? BASIC_COLUMN_IDS;
    this.pinnedLayout = options.columns !== undefined || options.query?.sort !== undefined;
    this.details = new DetailStore(this);
    this.search = new StoreSearch(this, () => this.viewComputer);
    if (this.query.search) void this.search.run(this.query.search);
  }

  // ---- lifecycle -------------------------------------------------------------------------

  /** Elements call this when they connect; the first connection loads and subscribes. */
  connect(): void {
    this.connections += 1;
    if (this.connections > 1) return;
    if (this.capabilities.live && this.adapter.subscribe) {
      this.unsubscribe = this.adapter.subscribe((change) => this.receive(change));
    }
    if (this.wasConnected) {
      // Live changes were missed while nobody listened: what we hold may be stale. Reload the
      // current mode (rows stay visible while pages stream in) and the others when shown again.
      this.loadedModes.clear();
      // The index was dropped on disconnect; an active search builds it again.
      if (this.query.search) void this.search.run(this.query.search);
    }
    this.wasConnected = true;
    if (!this.loadedModes.has(this.query.mode) && this.status !== 'loading') void this.load();
  }

  /** The last disconnection stops the live subscription and any load in flight. */
  disconnect(): void {
    this.connections = Math.max(0, this.connections - 1);
    if (this.connections > 0) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.liveQueue = [];
    this.loadController?.abort();
    if (this.status === 'loading') this.status = 'idle';
    // The index and its worker are rebuilt on the next search; an idle page holds neither.
    this.search.suspend();
  }

  // ---- loading ---------------------------------------------------------------------------

  /** Loads every page of the current mode, streaming rows into the view as pages arrive. */
  async load(): Promise<void> {
    this.loadController?.abort();
    const mode = this.query.mode;
    this.status = 'loading';
    this.error = undefined;
    this.loaded = 0;
    this.total = undefined;
    this.serverOrder = [];
    this.nextCursor = undefined;
    this.wantedRows = this.pageSize;
    this.changed(true);
    const received = new Set<string>();
    this.receivedDuringLoad = received;
    await this.loadPages(mode, undefined, received);
  }

  /**
   * With `serverQuery` the host may hold millions of rows: pages are fetched as the table
   * scrolls towards them. Call with the index of the last row on screen (the table does).
   */
  ensureRows(count: number): void {
    if (!this.capabilities.serverQuery) return;
    this.wantedRows = Math.max(this.wantedRows, count + this.pageSize);
    if (this.nextCursor === undefined || this.loadController || this.status === 'error') return;
    void this.loadPages(this.query.mode, this.nextCursor, this.receivedDuringLoad ?? new Set());
  }

  /** More rows can be fetched from the host (`serverQuery` pages not loaded yet). */
  get hasMore(): boolean {
    return this.nextCursor !== undefined;
  }

  /** Fetches pages from `cursor` on: all of them, or with `serverQuery` up to `wantedRows`. */
  private async loadPages(mode: Mode, cursor: string | undefined, received: Set<string>): Promise<void> {
    const controller = new AbortController();
    this.loadController = controller;
    try {
      do {
        const page = await callAdapter(
          (signal) => this.adapter.listSessions(this.pageRequest(mode, cursor), signal),
          { signal: controller.signal, timeoutMs: this.requestTimeoutMs },
        );
        if (controller.signal.aborted) return;
        if (!page || !Array.isArray(page.sessions)) {
          throw new SessionViewError('invalid-data', 'listSessions must resolve to { sessions: [...] }.');
        }
        const { accepted, invalid } = intakePage(this, page.sessions);
        for (const record of invalid) this.reportInvalid(record);
        for (const id of accepted) received.add(id);
        if (this.capabilities.serverQuery) this.serverOrder.push(...accepted);
        this.loaded += accepted.length;
        this.total = typeof page.total === 'number' ? page.total : undefined;
        const next = page.nextCursor;
        cursor = next !== undefined && next !== null && next !== cursor ? String(next) : undefined;
        this.changed(true);
      } while (cursor !== undefined && !(this.capabilities.serverQuery && this.loaded >= this.wantedRows));
      this.nextCursor = cursor;
      if (cursor === undefined && !this.capabilities.serverQuery) dropMissing(this, mode, received);
      this.loadedModes.add(mode);
      this.status = 'ready';
      this.changed(true);
      if (!this.capabilities.serverQuery) prepareSortWhenIdle(this.viewComputer, this.sessions, this.columns, () => this.viewComputer);
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      this.status = 'error';
      this.error = error instanceof SessionViewError ? error : new SessionViewError('unknown', String(error));
      this.changed(true);
    } finally {
      if (this.loadController === controller) {
        this.loadController = undefined;
        if (this.nextCursor === undefined) this.receivedDuringLoad = undefined;
      }
    }
  }

  /** Loads the current mode again after an error. */
  retry(): Promise<void> {
    this.loadedModes.delete(this.query.mode);
    return this.load();
  }

  private pageRequest(mode: Mode, cursor: string | undefined) {
    const base = { mode, limit: this.pageSize, ...(cursor === undefined ? {} : { cursor }) };
    if (!this.capabilities.serverQuery) return base;
    return { ...base, filters: this.query.filters, sort: this.query.sort, search: this.query.search };
  }

  private reportInvalid(record: InvalidRecord): void {
    // Kept for the banner and its details; a flood of bad records must not grow without bound.
    if (this.invalid.length < MAX_INVALID_KEPT) this.invalid.push(record);
    this.invalidCount += 1;
    console.warn(`[session-view] Invalid session record${record.id ? ` "${record.id}"` : ''}:`, record.problems.join('; '));
    this.dispatchEvent(new CustomEvent<InvalidRecord>('data-error', { detail: record }));
  }

  // ---- live ------------------------------------------------------------------------------

  private receive(change: LiveChange): void {
    if (!this.unsubscribe && this.connections === 0) return;
    this.liveQueue.push(change);
    this.scheduler.schedule();
  }

  // ---- query, selection, columns ---------------------------------------------------------

  setQuery(patch: Partial<SessionQuery>): void {
    const previousMode = this.query.mode;
    const previousSearch = this.query.search;
    this.query = { ...this.query, ...patch };
    if (this.query.search !== previousSearch) void this.search.run(this.query.search);
    // The user is waiting for this one: compute the view now, not a frame later.
    this.userAction = true;
    if (this.query.mode !== previousMode && !this.loadedModes.has(this.query.mode)) {
      void this.load();
    } else if (this.capabilities.serverQuery) {
      // The host's back end filters, sorts and searches: ask it again.
      this.loadedModes.clear();
      void this.load();
    }
    this.changed(true);
  }

  setMode(mode: Mode): void {
    if (mode !== this.query.mode) this.setQuery({ mode });
  }

  select(id: string | undefined): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.userAction = true;
    this.changed(false);
  }

  setColumns(ids: readonly string[]): void {
    this.columns = [...ids];
    this.changed(false);
  }

  /** Swaps the view computation (a host's own engine) and recomputes. */
  setViewComputer(computer: ViewComputer): void {
    this.viewComputer = computer;
    this.changed(true);
  }

  /** Distinct values of a column with counts under the other active filters (header popovers). */
  valueList(columnId: string, options: ValueListOptions = {}): ValueListEntry[] {
    return this.viewComputer.valueList?.(this.sessions, columnId, this.query, Date.now(), options) ?? [];
  }

  /** Frees the search index and its worker and stops everything; the store is not used afterwards. */
  dispose(): void {
    this.connections = 1;
    this.disconnect();
    this.search.dispose();
  }

  /** Reads a per-user preference (layout, saved views) from the host, else localStorage. */
  loadPreference(key: string): Promise<unknown> {
    return loadPreference(this.adapter, key, this.requestTimeoutMs);
  }

  /** Stores a per-user preference; failures are logged and the value kept for this page. */
  savePreference(key: string, value: unknown): Promise<void> {
    return savePreference(this.adapter, key, value, this.requestTimeoutMs);
  }

  /** Recomputes the view now (e.g. after a search result arrived). */
  invalidateView(): void {
    this.changed(true);
  }

  /** Resolves once pending live changes and view recomputation have been applied. */
  settled(): Promise<void> {
    return this.scheduler.settled();
  }

  session(id: string): SessionSummary | undefined {
    return this.sessions.get(id);
  }

  // ---- change propagation ----------------------------------------------------------------

  /** Marks a change; recomputation and notification happen once per frame. */
  private changed(viewAffected: boolean): void {
    this.viewDirty ||= viewAffected;
    this.scheduler.schedule();
    if (this.userAction) {
      this.userAction = false;
      this.scheduler.flushNow();
    }
  }

  private flush(): void {
    if (this.liveQueue.length > 0) {
      const changes = this.liveQueue;
      this.liveQueue = [];
      const sizeBefore = this.sessions.size;
      for (const change of changes) {
        if (change.type === 'session-upserted' || change.type === 'session-ended') this.receivedDuringLoad?.add(change.id);
      }
      const effects = applyLiveChanges(this.sessions, this.versions, changes, this.seenMessages);
      this.viewDirty ||= effects.sessionsChanged;
      for (const target of effects.targets) this.targets.set(target.id, target);
      for (const problem of effects.problems) this.reportInvalid(problem);
      this.details.applyLive(effects.appended, changes);
      const removed = changes.filter((c) => c.type === 'session-removed' && !this.sessions.has(c.id)).map((c) => c.id);
      this.search.onLiveChanges(effects.appended, removed, this.sessions.size > sizeBefore - removed.length);
    }
    if (this.viewDirty) {
      this.viewDirty = false;
      this.view = this.capabilities.serverQuery
        ? [...this.serverOrder]
        : this.viewComputer.compute(this.sessions, this.query, Date.now());
    }
    this.revision += 1;
    this.dispatchEvent(new Event('change'));
  }

  /** Used by DetailStore to request a notification. */
  notify(): void {
    this.changed(false);
  }
}
