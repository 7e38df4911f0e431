/**
 * The store's side of range paging (`serverQuery`): it turns what the `RangePager` holds into
 * the store's state (`view`, `fetching`, `loaded`, `total`), tells the store when the host's first
 * answer makes the load ready, and re-asks the rows on screen once a live feed has been quiet.
 * Kept apart from `SessionStore` so the store stays a coordinator of its parts.
 */
import type { SessionAdapter } from '../adapter/index.js';
import type { SessionStoreState } from './session-store.js';
import { LIVE_REQUERY_MS } from './range-constants.js';
import { RangePager, type RangePagerHost } from './range-pager.js';

export interface RangeViewHost extends Omit<RangePagerHost, 'changed'> {
  /** The host answered the first range of a load (its total is known): the load is ready. */
  firstRange(): void;
  /** Something changed that the next flush must show. */
  schedule(): void;
  /** The live re-query runs only on a loaded view (not while loading, not on an error). */
  readonly ready: boolean;
}

export class RangeView {
  /** The pager's rows or total changed since the last `take`. */
  #changed = false;
  /** A load waits for the host's first answer (its total) to be ready. */
  #awaitingFirst = false;
  #requeryTimer: ReturnType<typeof setTimeout> | undefined;

  readonly pager: RangePager;

  constructor(
    adapter: SessionAdapter,
    options: { pageSize: number; maxPages: number },
    private readonly host: RangeViewHost,
  ) {
    // Half a page of prefetch each way: slow scrolling finds its rows ready.
    const pagerOptions = { ...options, prefetchRows: Math.ceil(options.pageSize / 2) };
    this.pager = new RangePager(adapter, pagerOptions, {
      maps: host.maps,
      get requestTimeoutMs() {
        return host.requestTimeoutMs;
      },
      query: () => host.query(),
      changed: () => this.#pagerChanged(),
      invalid: (records) => host.invalid(records),
      failed: (error) => {
        // The load is over: the store shows the error.
        this.#awaitingFirst = false;
        host.failed(error);
      },
    });
  }

  /** A new load: the pager starts over (aborting pages in flight) and fetches the first rows. */
  load(): Promise<void> {
    this.#awaitingFirst = true;
    const loaded = this.pager.reset();
    this.#changed = true;
    return loaded;
  }

  /** The pager's rows, total or pages in flight changed. */
  #pagerChanged(): void {
    this.#changed = true;
    if (this.#awaitingFirst && this.pager.total !== undefined) {
      this.#awaitingFirst = false;
      this.host.firstRange();
    } else this.host.schedule();
  }

  /** Adds the pager's rows to a flush's patch when they changed: placeholders where pages are not loaded. */
  take(patch: Partial<SessionStoreState>, currentView: readonly string[]): void {
    if (!this.#changed) return;
    this.#changed = false;
    const view = this.pager.view();
    if (view !== currentView) patch.view = view;
    patch.fetching = this.pager.fetching;
    patch.loaded = this.pager.held;
    if (this.pager.total !== undefined) patch.total = this.pager.total;
  }

  /**
   * A live change may move rows into or out of the range on screen (a new session matching the
   * filters, a changed sort key): the range is asked again once the feed has been quiet for a
   * moment — a busy feed must not turn into a request per change.
   */
  requeryLater(): void {
    clearTimeout(this.#requeryTimer);
    this.#requeryTimer = setTimeout(() => {
      this.#requeryTimer = undefined;
      if (this.host.ready) this.pager.refresh();
    }, LIVE_REQUERY_MS);
  }

  /** Aborts pages in flight and the pending re-query. */
  stop(): void {
    this.pager.stop();
    clearTimeout(this.#requeryTimer);
    this.#requeryTimer = undefined;
  }
}
