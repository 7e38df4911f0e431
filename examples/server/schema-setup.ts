/**
 * Creates the reference schema and writes sessions in batches (one jsonb parameter per batch).
 */
import { indexesSql, monthPartitionsSql, schemaSql, searchCostSql, upsertSessionsParam, upsertSessionsSql, type SessionRow } from '../../src/server/index.js';
import type { Database, Queryable } from './database.js';

/** Tables and month partitions; indexes too unless a bulk load follows (`createIndexes` after it). */
export async function createSchema(db: Database, fromMs: number, toMs: number, options: { indexes?: boolean } = {}): Promise<void> {
  await db.exec(schemaSql());
  // The reference server has its database to itself: it opts in to the planner's search cost.
  await db.exec(searchCostSql());
  await db.exec(monthPartitionsSql(fromMs, toMs));
  if (options.indexes !== false) await createIndexes(db);
}

export async function createIndexes(db: Database): Promise<void> {
  // Sorting a million keys in memory instead of in temporary files; PGlite's WebAssembly heap is
  // smaller, so it keeps its default.
  const memory = db.kind === 'postgres' ? "SET maintenance_work_mem = '512MB';" : '';
  await db.exec(`${memory}${indexesSql()}`);
  // VACUUM sets the visibility map, so key-only scans (deep pages) need not visit the table. A
  // freshly loaded table has nothing for its indexes to clean up, so they are not scanned again.
  await db.exec('VACUUM (ANALYZE, INDEX_CLEANUP OFF) sessions');
}

const BATCH = 1000;

export async function upsertRows(db: Queryable, rows: readonly SessionRow[]): Promise<void> {
  const sql = upsertSessionsSql();
  for (let start = 0; start < rows.length; start += BATCH) {
    await db.query(sql, [upsertSessionsParam(rows.slice(start, start + BATCH))]);
  }
}
