/**
 * Range paging for hosts with `serverQuery` (a data provider in Vaadin's sense): the host holds
 * millions of rows, filtered, sorted and searched on its back end, and the store asks only for
 * the pages around the viewport — `listSessions({ mode, filters, sort, search, offset, limit })`
 * answered with `{ sessions, total }`. Pages are cached (a bounded number, the farthest from the
 * viewport dropped first), pages scrolled past are aborted, and a jump anywhere costs the one or
 * two pages that cover the new position, never the pages between.
 */
import { isAbort, SessionViewError, toSessionViewError, type ListSessionsRequest, type SessionAdapter } from '../adapter/index.js';
import type { SessionQuery } from '../model/index.js';
import { intakePage, type InvalidRecord, type SessionMaps } from './page-intake.js';
import { callAdapter } from './request.js';
import { validateSummary } from '../adapter/validate.js';
import { PENDING_ROW } from './range-constants.js';

export interface RangePagerHost {
  /** The maps pages are taken into (shared with the live feed). */
  readonly maps: SessionMaps;
  readonly requestTimeoutMs: number;
  /** The query the host applies (mode, filters, sort, search). */
  query(): SessionQuery;
  /** Rows landed, the total changed or pages started or stopped loading. */
  changed(): void;
  invalid(records: readonly InvalidRecord[]): void;
  /** A page failed. Pages on screen keep their placeholders until Retry. */
  failed(error: SessionViewError): void;
}

export interface RangePagerOptions {
  /** Rows per request. */
  pageSize: number;
  /** Pages kept in memory; the farthest from the viewport go first. */
  maxPages: number;
  /** Rows fetched beyond each end of the viewport, so slow scrolling finds them ready. */
  prefetchRows: number;
}

export class RangePager {
  /** Cached pages by index: ids in the host's order. */
  readonly #pages = new Map<number, readonly string[]>();
  readonly #inflight = new Map<number, AbortController>();
  #total: number | undefined;
  /** The rows the table shows now (first, end exclusive). */
  #first = 0;
  #end = 0;
  /** Bumped by `reset`: an answer to an older query never lands. */
  #generation = 0;
  #view: string[] = [];
  #viewStale = true;

  constructor(
    private readonly adapter: SessionAdapter,
    private readonly options: RangePagerOptions,
    private readonly host: RangePagerHost,
  ) {}

  /** Rows the host has for the query; undefined until its first answer. */
  get total(): number | undefined {
    return this.#total;
  }

  /** Pages are being fetched (placeholder rows show where they will land). */
  get fetching(): boolean {
    return this.#inflight.size > 0;
  }

  /** Sessions held in cached pages. */
  get held(): number {
    let count = 0;
    for (const page of this.#pages.values()) count += page.length;
    return count;
  }

  /**
   * The view: one id per row of the host's total, `PENDING_ROW` where the page is not loaded.
   * The same array until a page lands or leaves.
   */
  view(): readonly string[] {
    if (!this.#viewStale) return this.#view;
    this.#viewStale = false;
    const view = new Array<string>(this.#total ?? this.held).fill(PENDING_ROW);
    const size = this.options.pageSize;
    for (const [index, ids] of this.#pages) {
      for (let i = 0; i < ids.length && index * size + i < view.length; i++) view[index * size + i] = ids[i]!;
    }
    this.#view = view;
    return view;
  }

  /** A new query: everything cached or in flight is for the old one. Fetches the first rows. */
  reset(): Promise<void> {
    this.#generation += 1;
    this.stop();
    this.#pages.clear();
    this.#total = undefined;
    this.#viewStale = true;
    const end = this.#end - this.#first;
    this.#first = 0;
    this.#end = end;
    return this.#fetch(0);
  }

  /**
   * The table shows rows `first` to `end` (exclusive): fetch the pages they and the prefetch
   * margin need, abort the pages no longer needed, drop cached pages beyond the bound.
   */
  showRange(first: number, end: number): void {
    this.#first = Math.max(0, first);
    this.#end = Math.max(this.#first, end);
    const wanted = this.#wantedPages();
    for (const [index, controller] of this.#inflight) {
      if (!wanted.has(index)) {
        controller.abort();
        this.#inflight.delete(index);
      }
    }
    for (const index of wanted) if (!this.#pages.has(index) && !this.#inflight.has(index)) void this.#fetch(index);
    this.#evict(wanted);
  }

  /**
   * Live changes may have moved rows in or out of what the reader sees: fetch the pages on screen
   * again (their rows stay until the new ones land); other cached pages are dropped as stale.
   */
  refresh(): void {
    const wanted = this.#wantedPages();
    for (const index of [...this.#pages.keys()]) {
      if (!wanted.has(index)) this.#pages.delete(index);
    }
    this.#viewStale = true;
    for (const index of wanted) {
      this.#inflight.get(index)?.abort();
      this.#inflight.delete(index);
      void this.#fetch(index);
    }
  }

  /** Aborts every page in flight. */
  stop(): void {
    for (const controller of this.#inflight.values()) controller.abort();
    this.#inflight.clear();
  }

  /** Page indexes covering the rows shown plus the prefetch margin (within the known total). */
  #wantedPages(): Set<number> {
    const size = this.options.pageSize;
    const margin = this.options.prefetchRows;
    const last = this.#total === undefined ? this.#end + margin : Math.min(this.#total, this.#end + margin);
    const wanted = new Set<number>();
    const firstPage = Math.floor(Math.max(0, this.#first - margin) / size);
    const lastPage = Math.max(firstPage, Math.floor(Math.max(0, last - 1) / size));
    for (let page = firstPage; page <= lastPage; page++) wanted.add(page);
    return wanted;
  }

  /** Keeps at most `maxPages`, dropping those farthest from the rows shown. */
  #evict(wanted: ReadonlySet<number>): void {
    const excess = this.#pages.size - this.options.maxPages;
    if (excess <= 0) return;
    const centre = (this.#first + this.#end) / 2 / this.options.pageSize;
    const candidates = [...this.#pages.keys()].filter((index) => !wanted.has(index));
    candidates.sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const index of candidates.slice(0, excess)) this.#pages.delete(index);
    this.#viewStale = true;
    this.host.changed();
  }

  async #fetch(index: number): Promise<void> {
    const controller = new AbortController();
    this.#inflight.set(index, controller);
    const generation = this.#generation;
    const size = this.options.pageSize;
    const { mode, filters, sort, search } = this.host.query();
    const request: ListSessionsRequest = { mode, filters, sort, search, offset: index * size, limit: size };
    this.host.changed();
    try {
      const page = await callAdapter((signal) => this.adapter.listSessions(request, signal), {
        signal: controller.signal,
        timeoutMs: this.host.requestTimeoutMs,
      });
      if (controller.signal.aborted || generation !== this.#generation) return;
      if (!page || !Array.isArray(page.sessions)) {
        throw new SessionViewError('invalid-data', 'listSessions must resolve to { sessions: [...], total }.');
      }
      const { accepted, invalid } = intakePage(this.host.maps, page.sessions, validateSummary);
      if (invalid.length > 0) this.host.invalid(invalid);
      this.#pages.set(index, accepted);
      // A host without a total still pages: the rows it sent, and a page more while pages are full.
      const known = index * size + page.sessions.length + (page.sessions.length >= size ? size : 0);
      this.#total = typeof page.total === 'number' && page.total >= 0 ? page.total : Math.max(this.#total ?? 0, known);
      this.#viewStale = true;
      // Now that the total is known, the prefetch margin may want pages it could not name before.
      const wanted = this.#wantedPages();
      for (const other of wanted) if (!this.#pages.has(other) && !this.#inflight.has(other)) void this.#fetch(other);
      this.#evict(wanted);
    } catch (error) {
      if (controller.signal.aborted || isAbort(error) || generation !== this.#generation) return;
      this.host.failed(toSessionViewError(error));
    } finally {
      if (this.#inflight.get(index) === controller) this.#inflight.delete(index);
      if (generation === this.#generation) this.host.changed();
    }
  }
}
