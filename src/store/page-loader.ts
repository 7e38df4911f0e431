/**
 * Loading sessions from the host page by page (cursor paging, for hosts without `serverQuery`;
 * those page by range, see `range-pager.ts`): every page of a mode for the client-side view, a
 * slice of a page per task so loading never blocks the page, and, after a complete load, dropping what the
 * host no longer lists (in slices too). Only the latest load may land; a new one aborts it.
 */
import { isAbort, SessionViewError, toSessionViewError, type ListSessionsRequest, type SessionAdapter } from '../adapter/index.js';
import { IdSet } from '../engine/query/id-map.js';
import type { Mode } from '../model/index.js';
import { MissingSessions, PageIntake, type InvalidRecord, type SessionMaps } from './page-intake.js';
import { callAdapter } from './request.js';
import { prefetchValidation } from './validation.js';

/** What the loader tells the store, and what it needs from it. */
export interface PageLoaderHost {
  /** The maps pages are taken into (shared with the live feed). */
  readonly maps: SessionMaps;
  readonly requestTimeoutMs: number;
  /** A page was taken in: `loaded` sessions so far for this load, the host's `total` if it gave one. */
  pageTaken(accepted: readonly string[], invalid: readonly InvalidRecord[], loaded: number, total: number | undefined): void;
  /** Sessions the host no longer lists were removed (a slice of them; more may follow). */
  dropped(ids: readonly string[]): void;
  /** The last page was taken in and what the host no longer lists is dropped. */
  finished(mode: Mode): void;
  failed(error: SessionViewError): void;
}

/**
 * Ends the current task so the page can paint and handle input between two pages. A plain task
 * (not `scheduler.yield()`, whose continuation would run ahead of the frame that shows the rows).
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Main-thread time one intake task may take: with the flush that follows (the view merge and the
 * table's render) a task stays well under the 50 ms that makes a long task.
 */
const INTAKE_SLICE_MS = 12;

export class PageLoader {
  /** Modes loaded completely since the last reconnection (a mode switch need not reload them). */
  readonly loadedModes = new Set<Mode>();
  #controller: AbortController | undefined;
  /** Ids seen by the load in progress (pages and live changes), to tell what the host dropped. */
  #received: IdSet | undefined;
  #loaded = 0;

  constructor(
    private readonly adapter: SessionAdapter,
    private readonly pageSize: number,
    private readonly host: PageLoaderHost,
  ) {}

  /** Loads `mode` from its first page (aborting a load in flight). */
  load(mode: Mode): Promise<void> {
    this.#controller?.abort();
    this.#loaded = 0;
    this.#received = new IdSet();
    return this.#loadPages(mode, this.#received);
  }

  /** A load is on its way: its pages are the host's list as of when each was asked for. */
  get loading(): boolean {
    return this.#controller !== undefined;
  }

  /** A live change delivered this session during a load: the host still lists it. */
  noteReceived(id: string): void {
    this.#received?.add(id);
  }

  stop(): void {
    this.#controller?.abort();
  }

  /** Fetches every page of `mode`, following the host's cursors. */
  async #loadPages(mode: Mode, received: IdSet): Promise<void> {
    const controller = new AbortController();
    this.#controller = controller;
    let cursor: string | undefined;
    // Asked for with the first page, awaited once it has come.
    const validation = prefetchValidation();
    try {
      do {
        const request: ListSessionsRequest = { mode, limit: this.pageSize, ...(cursor === undefined ? {} : { cursor }) };
        const page = await callAdapter((signal) => this.adapter.listSessions(request, signal), {
          signal: controller.signal,
          timeoutMs: this.host.requestTimeoutMs,
        });
        if (controller.signal.aborted) return;
        if (!page || !Array.isArray(page.sessions)) {
          throw new SessionViewError('invalid-data', 'listSessions must resolve to { sessions: [...] }.');
        }
        const next = page.nextCursor;
        cursor = next !== undefined && next !== null && next !== cursor ? String(next) : undefined;
        const total = typeof page.total === 'number' ? page.total : undefined;
        // A slice of the page per task: neither a large page nor the next page's intake may make a
        // long task. The first slice too waits for a task of its own: a host that answers at once
        // (from memory) would add it to the task that asked, the table's first render.
        const intake = new PageIntake(this.host.maps, page.sessions, (await validation).validateSummary);
        if (controller.signal.aborted) return;
        do {
          await yieldToEventLoop();
          if (controller.signal.aborted) return;
          const { accepted, invalid } = intake.take(INTAKE_SLICE_MS);
          for (const id of accepted) received.add(id);
          this.#loaded += accepted.length;
          this.host.pageTaken(accepted, invalid, this.#loaded, total);
        } while (!intake.done);
      } while (cursor !== undefined);
      // In tasks of their own, after the last page's: a look at every session held takes a while.
      const missing = new MissingSessions(this.host.maps, mode, received);
      do {
        await yieldToEventLoop();
        if (controller.signal.aborted) return;
        const dropped = missing.drop(INTAKE_SLICE_MS);
        if (dropped.length > 0) this.host.dropped(dropped);
      } while (!missing.done);
      this.loadedModes.add(mode);
      this.host.finished(mode);
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      this.host.failed(toSessionViewError(error));
    } finally {
      if (this.#controller === controller) {
        this.#controller = undefined;
        this.#received = undefined;
      }
    }
  }
}
