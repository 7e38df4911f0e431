/**
 * The derived view of one table: filters, sort and value lists over the loaded sessions.
 * Work is cached between calls (one match bitmap per active filter, one rank array per sorted
 * column) and patched on live changes, so a filter change re-evaluates only the filter that
 * changed and a sort never re-collates text it has already ranked.
 */
import { columnById, type ColumnDef } from '../../model/columns.js';
import type { SessionQuery } from '../../model/query.js';
import { isLive, type SessionSummary } from '../../model/session.js';
import { compileFilter, foldedColumnValue, modeMatches, type QueryContext, type RowPredicate } from './filter.js';
import { numberRanks, numberRanksSliced, sortRows, textRanksOf, textRanksSliced, type ColumnRanks, type SortKey } from './sort.js';
import { Slicer, StaleWork } from './sliced.js';
import { resolveTimeFilter } from './time-zone.js';
import { buildFacetIndex, type FacetIndex } from './facet-index.js';
import { IdMap } from './id-map.js';
import { firstDefinedValue, mergeSorted, rowOrder, type InsertedRow } from './row-order.js';
import { ShownRows, type KeptRows } from './shown-rows.js';
import { countIndexedValues, countValues, type ValueListEntry, type ValueListOptions } from './value-list.js';

export interface ComputeOptions {
  /**
   * Session ids matching the full-text search, or `null`/absent when there is no search.
   * The engine ANDs them with the filters.
   */
  matchIds?: ReadonlySet<string> | null;
}

interface CachedFilter {
  predicate: RowPredicate;
  column: ColumnDef;
  matches: Uint8Array;
}

interface CachedRanks extends ColumnRanks {
  /** `now` the ranks were computed at, for columns whose value depends on it. */
  now?: number;
}

const MAX_CACHED_FILTERS = 64;
/** Idle sort preparation starts once the rows were left unchanged this long (ms). */
const FEED_QUIET_MS = 1000;
/**
 * Removed rows stay in place as tombstones (so cached filter bitmaps and ranks stay valid and a
 * removal costs nothing but a mark) until they are this share of all rows; then the rows are
 * compacted once. A live feed removes a few sessions a second: compacting 100k rows, dropping
 * every cache and re-ranking the sort column on each of them made a long task of every removal.
 */
const COMPACT_SHARE = 1 / 8;
const MIN_TOMBSTONES_BEFORE_COMPACTING = 64;

export class ViewEngine {
  private rows: SessionSummary[] = [];
  /** Row of each id; not a `Map`, which would put every id in the string table (see IdMap). */
  private rowById = new IdMap<number>();
  /** 1 for rows removed but not yet compacted away (see `remove`); shorter than `rows` = not removed. */
  private gone = new Uint8Array(0);
  private goneCount = 0;
  /**
   * Rows held (not removed) that are live, kept up to date by every upsert and removal: how many
   * sessions a mode holds before filters is asked on every view change ("1,234 of 10,000"), and
   * counting them then was a scan of every session on each live flush.
   */
  private liveRows = 0;
  private folded = new Map<string, (string | undefined | null)[]>();
  private filters = new Map<string, CachedFilter>();
  private ranks = new Map<string, CachedRanks>();
  /** Per-row value keys of columns whose value lists were asked for; dropped on any row change. */
  private facetIndexes = new Map<string, FacetIndex>();
  private collator: Intl.Collator;
  /** Counts changes to the rows, so work sliced over time knows when its snapshot went stale. */
  private revision = 0;
  /** When the rows last changed (`performance.now()`): idle work waits for a quiet feed. */
  private changedAt = -Infinity;
  /** The filters the last computed view was made with (see `update`). */
  private lastFilterSignature: string | undefined;
  /** Rows in the view last returned (see shown-rows.ts). */
  private readonly shown = new ShownRows({
    rowOf: (id) => this.rowById.get(id),
    rowCount: () => this.rows.length,
  });

  constructor(private context: QueryContext) {
    this.collator = makeCollator(context.locale);
  }

  /** Number of sessions held. */
  get size(): number {
    return this.rows.length - this.goneCount;
  }

  /** Sessions held in `mode` before any filter or search, in O(1). */
  countInMode(mode: SessionQuery['mode']): number {
    return mode === 'live' ? this.liveRows : this.size - this.liveRows;
  }

  /** Changes locale or time zone (drops collation and time caches). */
  setContext(context: QueryContext): void {
    this.context = context;
    this.collator = makeCollator(context.locale);
    this.clearCaches();
  }

  /** Replaces all sessions (first load, reload). */
  setSessions(sessions: readonly SessionSummary[]): void {
    this.shown.forget();
    this.rows = [];
    this.rowById.clear();
    this.gone = new Uint8Array(0);
    this.goneCount = 0;
    this.liveRows = 0;
    this.clearCaches();
    this.upsert(sessions);
  }

  /** Adds new sessions and replaces known ones (by id), patching cached filters and ranks. */
  upsert(sessions: readonly SessionSummary[]): void {
    this.revision += 1;
    this.changedAt = performance.now();
    for (const session of sessions) {
      if (!session || typeof session.id !== 'string') continue;
      const known = this.rowById.get(session.id);
      if (known === undefined) {
        this.rowById.set(session.id, this.rows.length);
        this.rows.push(session);
        this.growCaches();
      } else {
        if (isLive(this.rows[known]!)) this.liveRows -= 1;
        this.rows[known] = session;
      }
      if (isLive(session)) this.liveRows += 1;
      this.patchRow(known ?? this.rows.length - 1);
    }
  }

  /**
   * Removes sessions by id; unknown ids are ignored. A removed row becomes a tombstone that no
   * view includes (caches stay valid, a removal is O(1)); tombstones are compacted away in one
   * pass once they are an eighth of the rows.
   */
  remove(ids: readonly string[]): void {
    const removed = new Set<number>();
    for (const id of ids) {
      const row = this.rowById.get(id);
      if (row !== undefined) removed.add(row);
    }
    if (removed.size === 0) return;
    this.revision += 1;
    this.changedAt = performance.now();
    for (const row of removed) if (this.shown.has(row)) this.shown.forget();
    const tombstones = this.goneCount + removed.size;
    if (tombstones > Math.max(MIN_TOMBSTONES_BEFORE_COMPACTING, this.rows.length * COMPACT_SHARE)) {
      this.compact(removed);
      return;
    }
    if (this.gone.length < this.rows.length) {
      const grown = new Uint8Array(Math.ceil(this.rows.length * 1.5));
      grown.set(this.gone);
      this.gone = grown;
    }
    for (const row of removed) {
      this.gone[row] = 1;
      this.rowById.delete(this.rows[row]!.id);
      if (isLive(this.rows[row]!)) this.liveRows -= 1;
    }
    this.goneCount = tombstones;
  }

  /** Drops the tombstones and the rows in `removed`, renumbering the rest (caches start over). */
  private compact(removed: ReadonlySet<number>): void {
    const gone = this.gone;
    this.rows = this.rows.filter((_, row) => gone[row] !== 1 && !removed.has(row));
    this.rowById = new IdMap<number>();
    this.rows.forEach((session, row) => this.rowById.set(session.id, row));
    this.liveRows = this.rows.reduce((count, session) => count + (isLive(session) ? 1 : 0), 0);
    this.gone = new Uint8Array(0);
    this.goneCount = 0;
    this.clearCaches();
    // Rows were renumbered: what was shown is no longer known by row.
    this.shown.forget();
  }

  get(id: string): SessionSummary | undefined {
    const row = this.rowById.get(id);
    return row === undefined ? undefined : this.rows[row];
  }

  /** All sessions, in load order. */
  all(): readonly SessionSummary[] {
    if (this.goneCount === 0) return this.rows;
    const gone = this.gone;
    return this.rows.filter((_, row) => gone[row] !== 1);
  }

  /** Ids of the sessions the query shows, in display order. */
  compute(query: SessionQuery, now: number, options: ComputeOptions = {}): string[] {
    this.lastFilterSignature = this.filterSignature(query, now);
    const include = this.includer(query, now, undefined, options.matchIds);
    const candidates = new Uint32Array(this.rows.length);
    let count = 0;
    for (let row = 0; row < this.rows.length; row++) if (include(row)) candidates[count++] = row;
    const keys = this.sortKeys(query, now);
    const ordered = sortRows(candidates.subarray(0, count), keys);
    const ids = new Array<string>(ordered.length);
    const shown = new Uint8Array(this.rows.length);
    for (let i = 0; i < ordered.length; i++) {
      ids[i] = this.rows[ordered[i]!]!.id;
      shown[ordered[i]!] = 1;
    }
    this.shown.set(ids, shown);
    return ids;
  }

  /**
   * The view after `changed` sessions were upserted (already given to `upsert`): exactly what
   * `compute` would return, found by taking the changed ids out of `previous` and merging them
   * back at their sorted places — O(n + k log k) instead of a full filter and sort. Returns
   * `undefined` where that cannot be exact (a sort key whose value ticks with `now`), so the
   * caller computes in full.
   */
  update(
    previous: readonly string[],
    changed: ReadonlySet<string>,
    query: SessionQuery,
    now: number,
    options: ComputeOptions = {},
  ): string[] | undefined {
    const order = rowOrder(this.rows, query, now, this.collator);
    // Rows kept from `previous` are not filtered again: exact only while every filter means what
    // it meant then (a relative time range moves with `now`).
    const signature = this.filterSignature(query, now);
    if (!order || signature !== this.lastFilterSignature) return undefined;
    const include = this.includer(query, now, undefined, options.matchIds);
    const inserted: InsertedRow[] = [];
    for (const id of changed) {
      const row = this.rowById.get(id);
      if (row !== undefined && include(row)) inserted.push({ row, key: order.keyOf(row) });
    }
    inserted.sort((a, b) => order.compare(a.key, a.row, b.key, b.row));
    // Whether a changed session is in `previous`, by the bitmap of shown rows when it describes
    // `previous` (no scan of a 100k-row view for a change to a session it does not show).
    const known = this.shown.describes(previous);
    const leaving = !known || [...changed].some((id) => this.shown.has(this.rowById.get(id) ?? -1));
    let result: readonly string[];
    let kept: KeptRows | undefined;
    if (!leaving && inserted.length === 0) result = previous;
    else {
      // Unless the bitmap vouches for `previous`, a row the engine no longer holds (removed by
      // another caller, e.g. a value list's sync) leaves too: it has nothing to be shown or sorted by.
      kept = leaving ? this.shown.keptRows(previous, changed, known) : { ids: previous, shown: undefined };
      result =
        inserted.length === 0
          ? kept.ids
          : mergeSorted(
              kept.ids,
              inserted,
              order,
              (id) => this.rowById.get(id)!,
              (row) => this.rows[row]!.id,
            );
    }
    if (known) this.shown.patch(changed, include, result);
    else this.shown.rebuild(result, kept, inserted);
    return result as string[];
  }

  /** The filters as evaluated at `now` (time ranges resolved). */
  private filterSignature(query: SessionQuery, now: number): string {
    const parts: string[] = [query.mode === 'live' ? 'live' : 'history'];
    for (const [columnId, filter] of Object.entries(query.filters ?? {})) {
      const column = columnById(columnId);
      if (column && filter) parts.push(this.filterKey(columnId, column, filter, now));
    }
    return parts.join('\u0001');
  }

  /**
   * Distinct values of a column with counts under every active filter except the column's own.
   * Unknown columns give an empty list.
   */
  valueList(
    columnId: string,
    query: SessionQuery,
    now: number,
    options: ValueListOptions & ComputeOptions = {},
  ): ValueListEntry[] {
    const column = columnById(columnId);
    if (!column) return [];
    const own = query.filters?.[columnId];
    const selected = own && own.kind === 'values' && Array.isArray(own.values) ? own.values.map(String) : [];
    const include = this.includer(query, now, columnId, options.matchIds);
    if (column.stable !== false) {
      let index = this.facetIndexes.get(column.id);
      if (!index) this.facetIndexes.set(column.id, (index = buildFacetIndex(column, this.rows)));
      return countIndexedValues(column, index, include, selected, { locale: this.context.locale, ...options });
    }
    return countValues(column, this.rows, include, now, selected, { locale: this.context.locale, ...options });
  }

  private includer(
    query: SessionQuery,
    now: number,
    skipColumn: string | undefined,
    matchIds: ReadonlySet<string> | null | undefined,
  ): (row: number) => boolean {
    const bitmaps: Uint8Array[] = [];
    for (const [columnId, filter] of Object.entries(query.filters ?? {})) {
      if (columnId === skipColumn) continue;
      const cached = this.filterMatches(columnId, filter, now);
      if (cached) bitmaps.push(cached.matches);
    }
    const mode = query.mode === 'live' ? 'live' : 'history';
    const rows = this.rows;
    const gone = this.gone;
    return (row) => {
      if (gone[row] === 1) return false;
      for (const bits of bitmaps) if (bits[row] === 0) return false;
      const session = rows[row]!;
      if (!modeMatches(mode, session)) return false;
      return !matchIds || matchIds.has(session.id);
    };
  }

  private filterMatches(columnId: string, filter: SessionQuery['filters'][string], now: number): CachedFilter | undefined {
    const column = columnById(columnId);
    if (!column || !filter) return undefined;
    const key = this.filterKey(columnId, column, filter, now);
    const cached = this.filters.get(key);
    if (cached) return cached;
    const predicate = compileFilter(columnId, filter, now, this.context);
    if (!predicate) return undefined;
    const matches = new Uint8Array(this.rows.length);
    const entry: CachedFilter = { predicate, column, matches };
    for (let row = 0; row < this.rows.length; row++) matches[row] = this.evaluate(entry, row, now) ? 1 : 0;
    if (this.filters.size >= MAX_CACHED_FILTERS) this.filters.delete(this.filters.keys().next().value!);
    this.filters.set(key, entry);
    return entry;
  }

  /** Cache key: the filter itself, plus what makes its result depend on time. */
  private filterKey(columnId: string, column: ColumnDef, filter: SessionQuery['filters'][string], now: number): string {
    let key = `${columnId}\u0000${JSON.stringify(filter)}`;
    if (filter.kind === 'time') {
      const { from, to } = resolveTimeFilter(filter, now, this.context.timeZone);
      key += `\u0000${from}\u0000${to}`;
    }
    if (column.stable === false) key += `\u0000${now}`;
    return key;
  }

  private evaluate(entry: CachedFilter, row: number, now: number): boolean {
    const session = this.rows[row]!;
    return entry.predicate(session, now, () => this.foldedValue(entry.column, row, now));
  }

  private foldedValue(column: ColumnDef, row: number, now: number): string | undefined {
    if (column.stable === false) return foldedColumnValue(column, this.rows[row]!, now);
    let values = this.folded.get(column.id);
    if (!values) this.folded.set(column.id, (values = []));
    let value = values[row];
    if (value === undefined || value === null) {
      const computed = foldedColumnValue(column, this.rows[row]!, now);
      values[row] = computed ?? null;
      value = computed ?? null;
    }
    return value ?? undefined;
  }

  /**
   * Computes and caches the sort ranks of columns ahead of need (an idle moment after loading),
   * so the user's first click on a text header does not pay for collating every value.
   */
  /**
   * `prepareSort` for one column in slices of a few milliseconds (idle-time preparation never
   * makes a long task). Dropped if the rows change meanwhile: the next sort ranks them itself.
   */
  async prepareSortSliced(columnId: string, now: number, signal?: AbortSignal): Promise<void> {
    const column = columnById(columnId);
    if (!column || column.stable === false || this.ranks.has(column.id)) return;
    // While rows keep changing (a live feed) ranks would go stale before they are done: wait for a
    // quiet second first, without copying anything (the first sort ranks them itself meanwhile).
    while (performance.now() - this.changedAt < FEED_QUIET_MS) {
      await quietPause(signal);
      if (signal?.aborted || this.ranks.has(column.id)) return;
    }
    const revision = this.revision;
    const rows = this.rows.slice();
    // Rows changed meanwhile (a live feed changes them ten times a second): stop at the next slice.
    const slicer = new Slicer(signal, () => revision !== this.revision);
    let ranks: CachedRanks;
    try {
      if (typeof firstDefinedValue(column, this.rows, now) === 'string') {
        ranks = await textRanksSliced(rows.length, (row) => column.value(rows[row]!, now), this.collator, slicer);
      } else {
        const values = new Array<ReturnType<ColumnDef['value']>>(rows.length);
        await slicer.loop(rows.length, (row) => (values[row] = column.value(rows[row]!, now)));
        ranks = await numberRanksSliced(values, slicer);
      }
    } catch (error) {
      if (error instanceof StaleWork) return;
      throw error;
    }
    if (revision === this.revision && !this.ranks.has(column.id)) this.ranks.set(column.id, ranks);
  }

  prepareSort(columnIds: readonly string[], now: number): void {
    for (const id of columnIds) {
      const column = columnById(id);
      if (column && column.stable !== false) this.columnRanks(column, now);
    }
  }

  private sortKeys(query: SessionQuery, now: number): SortKey[] {
    const keys: SortKey[] = [];
    const seen = new Set<string>();
    for (const spec of Array.isArray(query.sort) ? query.sort : []) {
      const column = spec && columnById(spec.column);
      if (!column || seen.has(column.id)) continue;
      seen.add(column.id);
      keys.push({ ranks: this.columnRanks(column, now), direction: spec.direction === 'desc' ? 'desc' : 'asc' });
    }
    return keys;
  }

  private columnRanks(column: ColumnDef, now: number): ColumnRanks {
    const cached = this.ranks.get(column.id);
    if (cached && (column.stable !== false || cached.now === now)) return cached;
    const rows = this.rows;
    const ranks: CachedRanks =
      typeof firstDefinedValue(column, this.rows, now) === 'string'
        ? textRanksOf(rows.length, (row) => column.value(rows[row]!, now), this.collator)
        : numberRanks(rows.map((session) => column.value(session, now)));
    if (column.stable === false) ranks.now = now;
    this.ranks.set(column.id, ranks);
    return ranks;
  }

  /** Brings cached filter results and ranks up to date for one changed or added row. */
  private patchRow(row: number): void {
    // Each live change comes here: empty caches are left alone (a Map's clear() and each loop's
    // iterator allocate even then, garbage on every change of a feed that runs all day).
    if (this.facetIndexes.size > 0) this.facetIndexes.clear();
    if (this.folded.size > 0) for (const values of this.folded.values()) if (row < values.length) values[row] = null;
    if (this.filters.size > 0) this.patchFilters(row);
    if (this.ranks.size > 0) this.patchRanks(row);
  }

  /** The cached filters' verdicts on a changed row. */
  private patchFilters(row: number): void {
    for (const [key, entry] of this.filters) {
      // Entries of columns whose value ticks with `now` are only valid for their own `now`.
      if (entry.column.stable === false) this.filters.delete(key);
      else entry.matches[row] = this.evaluate(entry, row, 0) ? 1 : 0;
    }
  }

  /** The changed row's rank in each cached sort column; a column whose ranks cannot say is dropped. */
  private patchRanks(row: number): void {
    for (const [columnId, ranks] of this.ranks) {
      const column = columnById(columnId);
      const value = column?.value(this.rows[row]!, ranks.now ?? 0);
      const rank = value === undefined || value === '' ? -1 : ranks.rankOfText?.get(String(value));
      if (rank === undefined || ranks.ranks.length <= row) this.ranks.delete(columnId);
      else ranks.ranks[row] = rank;
    }
  }

  private growCaches(): void {
    const size = this.rows.length;
    for (const entry of this.filters.values()) {
      if (entry.matches.length >= size) continue;
      const grown = new Uint8Array(Math.max(size, Math.ceil(entry.matches.length * 1.5)));
      grown.set(entry.matches);
      entry.matches = grown;
    }
  }

  private clearCaches(): void {
    this.folded.clear();
    this.filters.clear();
    this.ranks.clear();
    this.facetIndexes.clear();
  }
}

/** `FEED_QUIET_MS`, or less when `signal` aborts (no timer or listener is left behind). */
function quietPause(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, FEED_QUIET_MS);
    signal?.addEventListener('abort', done);
  });
}

/** Collators by locale: building one loads ICU data, a cost worth paying once per page, not per store. */
const collators = new Map<string, Intl.Collator>();

function makeCollator(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    try {
      collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'variant' });
    } catch {
      collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'variant' });
    }
    collators.set(locale, collator);
  }
  return collator;
}
