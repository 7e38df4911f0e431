/**
 * How the store turns its sessions and query into the ordered list of ids the table shows.
 * The default is the query engine's `MapViewComputer` (filters, sorts, value lists, search
 * matches); a host may pass its own.
 */
import type { ValueListEntry, ValueListOptions } from '../engine/query/index.js';
import type { SessionQuery, SessionSummary } from '../model/index.js';

export interface ViewComputer {
  /** The ids to show, in order. Must be pure: same inputs, same output. */
  compute(sessions: ReadonlyMap<string, SessionSummary>, query: SessionQuery, now: number): string[];
  /** Limits the view to full-text matches (`null` = no search). */
  setSearchMatches?(ids: Iterable<string> | null): void;
  /** Prepares sorting by these columns ahead of the user's click (called when idle). */
  prepareSort?(sessions: ReadonlyMap<string, SessionSummary>, columnIds: readonly string[], now: number): void;
  /** Distinct values of a column with counts under the other filters. */
  valueList?(
    sessions: ReadonlyMap<string, SessionSummary>,
    columnId: string,
    query: SessionQuery,
    now: number,
    options?: ValueListOptions,
  ): ValueListEntry[];
}

/**
 * Once loaded, the visible columns' sort ranks are computed in idle moments, one column each,
 * so a click in between waits for at most one: collating 100k names takes longer than a click
 * should. Stops when the store switched to another view computer.
 */
export function prepareSortWhenIdle(
  computer: ViewComputer,
  sessions: ReadonlyMap<string, SessionSummary>,
  columns: readonly string[],
  current: () => ViewComputer,
): void {
  if (!computer.prepareSort) return;
  const pending = [...columns];
  const next = () => {
    const column = pending.shift();
    if (column === undefined || current() !== computer) return;
    computer.prepareSort!(sessions, [column], Date.now());
    schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(next, { timeout: 2000 });
    else setTimeout(next, 50);
  };
  schedule();
}
