/**
 * Counts and value lists split into ranges of start time, run on several connections at once and
 * added up. A count over a broad search reads every matching row's page (PostgreSQL 15 cannot
 * count from a GIN index alone), so it takes as long as one core takes to read them; ranges of
 * about equal rows let each core read its share. The ranges follow the month partitions, so each
 * statement plans and scans only its own partitions.
 */
import type { CompiledSql, ValueListRow } from '../../src/server/index.js';
import type { Database } from './database.js';

export interface StartedRange {
  from?: number;
  to?: number;
}

interface PartitionSize {
  from: number;
  rows: number;
}

/** How long the partition sizes are reused before the catalogue is read again. */
const SIZES_TTL_MS = 60_000;
const BOUND = /FROM \('?(-?\d+)'?\) TO \('?(-?\d+)'?\)/;
const sizesCache = new WeakMap<Database, { at: number; sizes: Promise<PartitionSize[]> }>();

/** The month partitions' lower bounds and estimated rows (from the planner's statistics). */
function partitionSizes(db: Database): Promise<PartitionSize[]> {
  const cached = sizesCache.get(db);
  if (cached && Date.now() - cached.at < SIZES_TTL_MS) return cached.sizes;
  const sizes = db
    .query<{ rows: number; bound: string }>(
      `SELECT c.reltuples::float8 AS rows, pg_get_expr(c.relpartbound, c.oid) AS bound
       FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'sessions'::regclass`,
    )
    .then(({ rows }) =>
      rows
        .map((row) => ({ match: BOUND.exec(row.bound), rows: Math.max(0, Number(row.rows)) }))
        .filter((row): row is { match: RegExpExecArray; rows: number } => row.match !== null)
        .map((row) => ({ from: Number(row.match[1]), rows: row.rows }))
        .sort((a, b) => a.from - b.from),
    );
  sizesCache.set(db, { at: Date.now(), sizes });
  sizes.catch(() => sizesCache.delete(db));
  return sizes;
}

/**
 * `width` ranges of about equal rows, cut at partition bounds, together covering every start
 * time (the first open below, the last open above, so the default partition is covered too).
 */
export function cutRanges(sizes: readonly PartitionSize[], width: number): StartedRange[] {
  const sorted = [...sizes].sort((a, b) => a.from - b.from);
  const total = sorted.reduce((sum, size) => sum + size.rows, 0);
  // Where a cut can go: a partition's lower bound, with the rows before it (neither none nor all;
  // after an empty partition only the first of the bounds with the same rows before them).
  const bounds: { at: number; before: number }[] = [];
  let seen = 0;
  for (const size of sorted) {
    if (seen > 0 && seen < total && bounds.at(-1)?.before !== seen) bounds.push({ at: size.from, before: seen });
    seen += size.rows;
  }
  // For each share, the bound closest to it, after the previous cut.
  const cuts: number[] = [];
  let next = 0;
  for (let share = 1; share < width && next < bounds.length; share++) {
    const target = (total * share) / width;
    let best = next;
    for (let i = next + 1; i < bounds.length; i++) {
      if (Math.abs(bounds[i]!.before - target) < Math.abs(bounds[best]!.before - target)) best = i;
    }
    cuts.push(bounds[best]!.at);
    next = best + 1;
  }
  const ranges: StartedRange[] = [];
  let from: number | undefined;
  for (const cut of cuts) {
    ranges.push(from === undefined ? { to: cut } : { from, to: cut });
    from = cut;
  }
  ranges.push(from === undefined ? {} : { from });
  return ranges;
}

/**
 * The ranges to split a scan into on `db`: one open range when it runs one statement at a time, or
 * when the partitions cannot be read (the scan is then only slower, never wrong).
 */
export async function scanRanges(db: Database): Promise<StartedRange[]> {
  if (db.scanWidth <= 1) return [{}];
  const sizes = await partitionSizes(db).catch(() => []);
  return cutRanges(sizes, db.scanWidth);
}

/** `build(range)` for each range, run at once on the scan connections: the rows of each. */
async function scanEachRange<Row>(db: Database, build: (range: StartedRange) => CompiledSql): Promise<Row[][]> {
  const ranges = await scanRanges(db);
  const results = await Promise.all(ranges.map((range) => build(range)).map((sql) => db.scan.query<Row>(sql.text, sql.values)));
  return results.map((result) => result.rows);
}

/** The count `build(range)` returns for each range, added up. */
export async function splitCount(db: Database, build: (range: StartedRange) => CompiledSql): Promise<number> {
  const counts = await scanEachRange<{ total: number }>(db, build);
  return counts.reduce((sum, rows) => sum + Number(rows[0]?.total ?? 0), 0);
}

/** The value list rows of each range, merged (see `mergeValueLists`). */
export async function splitValueList(db: Database, build: (range: StartedRange) => CompiledSql): Promise<ValueListRow[]> {
  return mergeValueLists(await scanEachRange<ValueListRow>(db, build));
}

/**
 * Value list rows of several ranges as one: counts added per key. Every range labels a key the same
 * (its value, or its participant's name from the one `participants` row); should they differ, the
 * least label is kept and a missing one never wins, so the merge does not depend on range order.
 */
export function mergeValueLists(lists: readonly (readonly ValueListRow[])[]): ValueListRow[] {
  const merged = new Map<string, ValueListRow>();
  for (const rows of lists) {
    for (const row of rows) {
      const known = merged.get(row.key);
      if (!known) merged.set(row.key, { key: row.key, label: row.label, count: Number(row.count) });
      else {
        known.count += Number(row.count);
        if (row.label !== null && (known.label === null || row.label < known.label)) known.label = row.label;
      }
    }
  }
  return [...merged.values()];
}
