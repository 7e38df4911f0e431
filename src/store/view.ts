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
  /** Distinct values of a column with counts under the other filters. */
  valueList?(
    sessions: ReadonlyMap<string, SessionSummary>,
    columnId: string,
    query: SessionQuery,
    now: number,
    options?: ValueListOptions,
  ): ValueListEntry[];
}
