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
   * Optional: the view after live changes to `changed` ids, from the `previous` view — the same
   * result as `compute`, cheaper. `undefined` means "compute in full".
   */
  update?(
    previous: readonly string[],
    sessions: ReadonlyMap<string, SessionSummary>,
    changed: ReadonlySet<string>,
    query: SessionQuery,
    now: number,
    matches: ReadonlySet<string> | null,
  ): string[] | undefined;
  /** Prepares sorting by these columns ahead of the user's click (called when idle). */
  prepareSort?(sessions: ReadonlyMap<string, SessionSummary>, columnIds: readonly string[], now: number): void;
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
 * Once loaded, the visible columns' sort ranks are computed in idle moments, one column each,
 * so a click in between waits for at most one: collating 100k names takes longer than a click
 * should. Returns a function that stops it (the store switched view computer or was disposed).
 */
export function prepareSortWhenIdle(
  computer: ViewComputer,
  sessions: ReadonlyMap<string, SessionSummary>,
  columns: readonly string[],
): () => void {
  if (!computer.prepareSort) return () => {};
  const pending = [...columns];
  let handle: number | ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const next = () => {
    const column = pending.shift();
    if (column === undefined || stopped) return;
    computer.prepareSort!(sessions, [column], Date.now());
    schedule();
  };
  const schedule = () => {
    handle = typeof requestIdleCallback === 'function' ? requestIdleCallback(next, { timeout: 2000 }) : setTimeout(next, 50);
  };
  schedule();
  return () => {
    stopped = true;
    if (typeof cancelIdleCallback === 'function' && typeof handle === 'number') cancelIdleCallback(handle);
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
  };
}
