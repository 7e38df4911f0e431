/**
 * How the store turns its sessions and query into the ordered list of ids the table shows.
 * The default is the query engine's `MapViewComputer` (filters, sorts, value lists); a host may
 * pass its own.
 */
import type { ValueListEntry, ValueListOptions } from '../engine/query/index.js';
import type { SessionQuery, SessionSummary } from '../model/index.js';

export interface ViewComputer {
  /**
   * The ids to show, in order. Pure: same inputs, same output. `matches` are the sessions whose
   * content matches `query.search` (`null` when there is no search to limit by).
   */
  compute(
    sessions: ReadonlyMap<string, SessionSummary>,
    query: SessionQuery,
    now: number,
    matches: ReadonlySet<string> | null,
  ): string[];
  /**
   * Optional: `previous` with the sessions `changed` merged in (added, moved, or left out when
   * they left `sessions` or no longer pass the query) — cheaper than `compute`. During a large load
   * the store passes a slice of the changed ids per call and the rest at the next calls, so one
   * result may still lack sessions changed but not passed yet; once every changed id has been
   * passed the view must equal `compute`'s. `undefined` means "compute in full".
   */
  update?(
    previous: readonly string[],
    sessions: ReadonlyMap<string, SessionSummary>,
    changed: ReadonlySet<string>,
    query: SessionQuery,
    now: number,
    matches: ReadonlySet<string> | null,
  ): string[] | undefined;
  /**
   * Optional: how many of `sessions` belong to `mode` before filters and search, cheaper than a
   * scan (the table's "1,234 of 10,000" asks on every view change). `undefined`: count them.
   */
  countInMode?(sessions: ReadonlyMap<string, SessionSummary>, mode: SessionQuery['mode']): number | undefined;
  /**
   * Prepares sorting by these columns ahead of the user's click (called when idle); may work in
   * slices and resolve when done. Stop when `signal` aborts.
   */
  prepareSort?(sessions: ReadonlyMap<string, SessionSummary>, columnIds: readonly string[], now: number, signal?: AbortSignal): void | Promise<void>;
  /** Distinct values of a column with counts under the other filters. */
  valueList?(
    sessions: ReadonlyMap<string, SessionSummary>,
    columnId: string,
    query: SessionQuery,
    now: number,
    options: ValueListOptions,
    matches: ReadonlySet<string> | null,
  ): ValueListEntry[];
}

/**
 * Once loaded, the visible columns' sort ranks are prepared in idle time, one column after the
 * other (each in short slices where the computer can), so the user's first click on a header
 * finds them ready. Returns a function that stops it (the store switched view computer, reloaded
 * or was disposed).
 */
export function prepareSortWhenIdle(
  computer: ViewComputer,
  sessions: ReadonlyMap<string, SessionSummary>,
  columns: readonly string[],
): () => void {
  if (!computer.prepareSort) return () => {};
  const stop = new AbortController();
  const idle = () =>
    new Promise<void>((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
      else setTimeout(resolve, 50);
    });
  void (async () => {
    for (const column of columns) {
      await idle();
      if (stop.signal.aborted) return;
      await computer.prepareSort!(sessions, [column], Date.now(), stop.signal);
    }
  })().catch((error: unknown) => {
    if (!stop.signal.aborted) console.warn('[session-view] Sort preparation failed:', error);
  });
  return () => stop.abort();
}
