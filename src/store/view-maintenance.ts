/**
 * Keeping the store's view (the ordered ids the table shows) up to date: what made it stale,
 * whether a recomputation may wait while pages stream in, and whether an incremental update
 * (`ViewComputer.update` over the sessions changed since) will do instead of a full computation.
 * Search matches are inputs of the view like the query, so they are held here too.
 */
import type { ValueListEntry, ValueListOptions } from '../engine/query/index.js';
import { isLive, type SessionQuery, type SessionSummary } from '../model/index.js';
import { IdSet } from '../engine/query/id-map.js';
import { MergeSlices } from './merge-slices.js';
import { prepareSortWhenIdle, type ViewComputer } from './view.js';

/**
 * While pages stream in, the view is recomputed at most this often (the first page at once): a
 * 200k-session load is a hundred pages, and re-sorting everything after each would be quadratic.
 */
const LOADING_VIEW_INTERVAL_MS = 250;

/** What the next view is computed from. */
export interface ViewInputs {
  sessions: ReadonlyMap<string, SessionSummary>;
  query: SessionQuery;
  /** The view shown now (the base of an incremental update). */
  current: readonly string[];
  /** Pages are still streaming in: a recomputation may wait (see `LOADING_VIEW_INTERVAL_MS`). */
  loading: boolean;
  /** The user waits for this one: never held back. */
  urgent: boolean;
}

export class ViewMaintenance {
  #computer: ViewComputer;
  #dirty = false;
  /**
   * Sessions changed (live feed, pages) since the view was computed, for an incremental update;
   * `null` when something else changed too (query, matches, dropped sessions) and only a full
   * computation will do.
   */
  #changedSinceView: IdSet | null = null;
  /** How many of the changed sessions one flush merges (the rest at the next flushes). */
  readonly #mergeSlices = new MergeSlices();
  /** The last merge left changed sessions for the next flush: it comes a frame later, not held back. */
  #mergeCutShort = false;
  /** Full-text hits of the current search (`null`: no search to limit by). */
  #matches: ReadonlySet<string> | null = null;
  /** The search text `#matches` answer; the view waits for the answer of a new text. */
  #matchesText = '';
  #computedAt = -Infinity;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopSortPreparation: () => void = () => {};
  /** The store is disconnected: no computation (a flush already asked for may still come). */
  #stopped = false;
  /** The last count a scan gave (`countInMode` for computers that do not keep one). */
  #modeCount: { view: readonly string[]; size: number; mode: SessionQuery['mode']; count: number } | undefined;

  /** `reschedule` asks for another flush when a held-back computation is due. */
  constructor(
    computer: ViewComputer,
    private readonly reschedule: () => void,
  ) {
    this.#computer = computer;
  }

  get computer(): ViewComputer {
    return this.#computer;
  }

  /** Swaps the computation (a host's own engine); the next view is computed in full. */
  setComputer(computer: ViewComputer): void {
    this.#stopSortPreparation();
    this.#computer = computer;
    this.invalidate();
  }

  get matches(): ReadonlySet<string> | null {
    return this.#matches;
  }

  /** The search text whose answer the view uses now. */
  get matchesText(): string {
    return this.#matchesText;
  }

  /** A search answered. The caller decides whether the view should use it now (`invalidate`). */
  setMatches(text: string, matches: ReadonlySet<string> | null): void {
    this.#matchesText = text;
    this.#matches = matches;
  }

  /** Something other than sessions changed (query, matches, dropped records): compute in full. */
  invalidate(): void {
    this.#dirty = true;
    this.#changedSinceView = null;
  }

  /** Sessions were added or replaced: the next view merges them when nothing else changed. */
  sessionsChanged(ids: Iterable<string>): void {
    this.#dirty = true;
    const changed = this.#changedSinceView;
    if (changed) for (const id of ids) changed.add(id);
  }

  /** The view is due again (a load finished: held-back pages are merged now). */
  markDirty(): void {
    this.#dirty = true;
  }

  /**
   * The view to show now: `undefined` when it did not change or its computation waits while a
   * load streams in (a timer then asks for the flush that computes it).
   */
  next(inputs: ViewInputs): string[] | undefined {
    if (this.#stopped || !this.#dirty || this.#holdBack(inputs)) return undefined;
    this.#dirty = false;
    this.#computedAt = performance.now();
    const view = this.#compute(inputs);
    return sameIds(view, inputs.current) ? undefined : view;
  }

  /** Nothing changed since the view was computed (no held-back computation, no merge left). */
  get upToDate(): boolean {
    return !this.#dirty;
  }

  /** Sessions changed but not merged into the view yet: further flushes are due. */
  get merging(): boolean {
    return this.#mergeCutShort;
  }

  /** Distinct values of a column with counts under the other filters and the current matches. */
  valueList(sessions: ReadonlyMap<string, SessionSummary>, columnId: string, query: SessionQuery, options: ValueListOptions): ValueListEntry[] {
    return this.#computer.valueList?.(sessions, columnId, query, Date.now(), options, this.#matches) ?? [];
  }

  /**
   * Sessions of `mode` before filters and search. From the computer when it keeps the count
   * (O(1)); else counted, once per `view` (the view changes when sessions do).
   */
  countInMode(sessions: ReadonlyMap<string, SessionSummary>, mode: SessionQuery['mode'], view: readonly string[]): number {
    const kept = this.#computer.countInMode?.(sessions, mode);
    if (kept !== undefined) return kept;
    const cache = this.#modeCount;
    if (cache?.view === view && cache.size === sessions.size && cache.mode === mode) return cache.count;
    let count = 0;
    for (const session of sessions.values()) if (isLive(session) === (mode === 'live')) count += 1;
    this.#modeCount = { view, size: sessions.size, mode, count };
    return count;
  }

  /** Once loaded, the visible columns' sort ranks are prepared in idle time (see `prepareSortWhenIdle`). */
  prepareSort(sessions: ReadonlyMap<string, SessionSummary>, columns: readonly string[]): void {
    this.#stopSortPreparation();
    this.#stopSortPreparation = prepareSortWhenIdle(this.#computer, sessions, columns);
  }

  /**
   * Stops idle work, a held-back computation and a merge in slices (the store disconnected): no
   * view is computed until `start`; what changed meanwhile is merged then.
   */
  stop(): void {
    this.#stopped = true;
    this.#stopSortPreparation();
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#mergeCutShort = false;
  }

  /** The store connected again: views are computed again, from the next flush. */
  start(): void {
    this.#stopped = false;
  }

  /**
   * While a load streams pages in, a recomputation soon after the last one waits (the rows on
   * screen are already right; only counts and the far end grow); the user's own changes never do.
   */
  #holdBack({ loading, urgent, current }: ViewInputs): boolean {
    if (!loading || urgent || current.length === 0 || this.#mergeCutShort) return false;
    const wait = this.#computedAt + LOADING_VIEW_INTERVAL_MS - performance.now();
    if (wait <= 0) return false;
    this.#timer ??= setTimeout(() => {
      this.#timer = undefined;
      this.reschedule();
    }, wait);
    return true;
  }

  /**
   * An incremental update after changes to known sessions (a slice of them when many changed:
   * the rest is merged by the next flushes), else the full computation.
   */
  #compute({ sessions, query, current }: ViewInputs): string[] {
    const now = Date.now();
    const changed = this.#changedSinceView;
    this.#changedSinceView = new IdSet();
    this.#mergeCutShort = false;
    if (changed && this.#computer.update) {
      const merging = this.#mergeSlices.take(changed);
      const started = performance.now();
      const updated = this.#computer.update(current, sessions, merging, query, now, this.#matches);
      if (updated) {
        this.#mergeSlices.measured(merging.size, performance.now() - started);
        if (changed.size > 0) this.#mergeLater(changed);
        return updated;
      }
      // The computer cannot update exactly (the full computation takes every session in): the
      // ids taken for the slice are covered by it.
    }
    return this.#computer.compute(sessions, query, now, this.#matches);
  }

  /** `rest` is merged by the next flush, a frame later, so the page paints and handles input between. */
  #mergeLater(rest: IdSet): void {
    this.#changedSinceView = rest;
    this.#dirty = true;
    this.#mergeCutShort = true;
    this.reschedule();
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  // An update that changed nothing shown gives the view back as it was: no compare of 100k ids.
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
