/**
 * Adapts `ViewEngine` to the store's `ViewComputer` shape (`compute(map, query, now) → ids`):
 * the store keeps its sessions in a Map and replaces a session object when it changes, so an
 * identity diff against the engine's rows finds what changed without the store telling us.
 */
import type { SessionQuery, SessionSummary } from '../../model/index.js';
import type { QueryContext } from './filter.js';
import { ViewEngine } from './view-engine.js';
import type { ValueListEntry, ValueListOptions } from './value-list.js';

export class MapViewComputer {
  readonly engine: ViewEngine;
  /** Session ids matching the current search text; `null` when there is none (or it is pending). */
  private matchIds: ReadonlySet<string> | null = null;
  private lastSessions: ReadonlyMap<string, SessionSummary> | undefined;

  constructor(context: QueryContext) {
    this.engine = new ViewEngine(context);
  }

  /**
   * Sets the full-text hits the view is limited to while `query.search` is not empty.
   * Call the store's `invalidateView()` afterwards.
   */
  setSearchMatches(ids: Iterable<string> | null): void {
    this.matchIds = ids === null ? null : new Set(ids);
  }

  compute(sessions: ReadonlyMap<string, SessionSummary>, query: SessionQuery, now: number): string[] {
    this.sync(sessions);
    const searching = typeof query.search === 'string' && query.search.trim() !== '';
    return this.engine.compute(query, now, { matchIds: searching ? this.matchIds : null });
  }

  /** Caches sort ranks of these columns now (see `ViewEngine.prepareSort`). */
  prepareSort(sessions: ReadonlyMap<string, SessionSummary>, columnIds: readonly string[], now: number): void {
    this.sync(sessions);
    this.engine.prepareSort(columnIds, now);
  }

  /** The header popover's value list, over the same sessions and query. */
  valueList(
    sessions: ReadonlyMap<string, SessionSummary>,
    columnId: string,
    query: SessionQuery,
    now: number,
    options: ValueListOptions = {},
  ): ValueListEntry[] {
    this.sync(sessions);
    const searching = typeof query.search === 'string' && query.search.trim() !== '';
    return this.engine.valueList(columnId, query, now, { ...options, matchIds: searching ? this.matchIds : null });
  }

  private sync(sessions: ReadonlyMap<string, SessionSummary>): void {
    if (sessions !== this.lastSessions) {
      this.lastSessions = sessions;
      this.engine.setSessions([...sessions.values()]);
      return;
    }
    const changed: SessionSummary[] = [];
    for (const session of sessions.values()) if (this.engine.get(session.id) !== session) changed.push(session);
    if (changed.length > 0) this.engine.upsert(changed);
    if (this.engine.size > sessions.size) {
      this.engine.remove(this.engine.all().filter((s) => !sessions.has(s.id)).map((s) => s.id));
    }
  }
}
