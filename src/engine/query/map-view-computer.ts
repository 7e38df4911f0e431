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
  private lastSessions: ReadonlyMap<string, SessionSummary> | undefined;

  constructor(context: QueryContext) {
    this.engine = new ViewEngine(context);
  }

  /**
   * The ids to show, in order: a function of its inputs only. `matches` are the full-text hits
   * of `query.search` (`null`: no search, or one without searchable words).
   */
  compute(
    sessions: ReadonlyMap<string, SessionSummary>,
    query: SessionQuery,
    now: number,
    matches: ReadonlySet<string> | null = null,
  ): string[] {
    this.sync(sessions);
    return this.engine.compute(query, now, { matchIds: searching(query) ? matches : null });
  }

  /**
   * The view after live changes to `changed` ids (which may include ids not in `sessions` any
   * more): equal to `compute` with the same inputs, merged into `previous` instead of filtering
   * and sorting everything. `undefined` when only a full computation is exact.
   */
  update(
    previous: readonly string[],
    sessions: ReadonlyMap<string, SessionSummary>,
    changed: ReadonlySet<string>,
    query: SessionQuery,
    now: number,
    matches: ReadonlySet<string> | null = null,
  ): string[] | undefined {
    if (sessions !== this.lastSessions) return undefined;
    const upserted: SessionSummary[] = [];
    const removed: string[] = [];
    for (const id of changed) {
      const session = sessions.get(id);
      if (!session) {
        if (this.engine.get(id)) removed.push(id);
        continue;
      }
      if (this.engine.get(id) !== session) upserted.push(session);
    }
    // A removed id is among `changed`: the merge leaves it out of the view.
    if (removed.length > 0) this.engine.remove(removed);
    if (upserted.length > 0) this.engine.upsert(upserted);
    return this.engine.update(previous, changed, query, now, { matchIds: searching(query) ? matches : null });
  }

  /**
   * Caches sort ranks of these columns, in slices (see `ViewEngine.prepareSortSliced`). Only
   * over sessions a computation has already taken in: preparing must not cost a scan of them all.
   */
  async prepareSort(sessions: ReadonlyMap<string, SessionSummary>, columnIds: readonly string[], now: number, signal?: AbortSignal): Promise<void> {
    if (sessions !== this.lastSessions) return;
    for (const id of columnIds) await this.engine.prepareSortSliced(id, now, signal);
  }

  /**
   * Sessions of `mode` before filters, without a scan: `undefined` until the engine holds
   * exactly `sessions` (a computation takes them in; while a load holds the view back it lags).
   */
  countInMode(sessions: ReadonlyMap<string, SessionSummary>, mode: SessionQuery['mode']): number | undefined {
    if (sessions !== this.lastSessions || this.engine.size !== sessions.size) return undefined;
    return this.engine.countInMode(mode);
  }

  /** The header popover's value list, over the same sessions and query. */
  valueList(
    sessions: ReadonlyMap<string, SessionSummary>,
    columnId: string,
    query: SessionQuery,
    now: number,
    options: ValueListOptions = {},
    matches: ReadonlySet<string> | null = null,
  ): ValueListEntry[] {
    this.sync(sessions);
    return this.engine.valueList(columnId, query, now, { ...options, matchIds: searching(query) ? matches : null });
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

function searching(query: SessionQuery): boolean {
  return typeof query.search === 'string' && query.search.trim() !== '';
}
