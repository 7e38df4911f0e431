/**
 * Creates the reference schema and writes sessions in batches (one jsonb parameter per batch).
 */
import { compressionSql, indexesSql, monthPartitionsSql, schemaSql, searchCostSql, SESSION_ROW_COLUMNS, statisticsSql, storageSql, upsertSessionsParam, upsertSessionsSql, type SessionRow } from '../../src/server/index.js';
import type { Database, Queryable } from './database.js';

/** Tables and month partitions; indexes too unless a bulk load follows (`createIndexes` after it). */
export async function createSchema(db: Database, fromMs: number, toMs: number, options: { indexes?: boolean } = {}): Promise<void> {
  await db.exec(schemaSql());
  await db.exec(compressionSql());
  await db.exec(storageSql());
  // The reference server has its database to itself: it opts in to the planner's search cost.
  await db.exec(searchCostSql());
  await db.exec(monthPartitionsSql(fromMs, toMs));
  await db.exec(statisticsSql());
  if (options.indexes !== false) await createIndexes(db);
}

/** The key list of a CREATE INDEX statement: what is inside its first parentheses after ON. */
function indexKeys(statement: string): string {
  const start = statement.indexOf('(', statement.indexOf(' ON '));
  let depth = 0;
  for (let i = start; i < statement.length; i++) {
    if (statement[i] === '(') depth++;
    else if (statement[i] === ')' && --depth === 0) return statement.slice(start + 1, i);
  }
  return statement;
}

/**
 * The index builds of a bulk load as tasks for several connections, longest first. An index on the
 * partitioned table creates one per partition under a generated name, and two expression indexes
 * built at once both chose "<partition>_expr_idx" (a duplicate key in pg_class): the expression
 * indexes are one task, built one after the other.
 */
export function indexBuildTasks(sql: string): string[][] {
  const statements = sql.split('\n').filter((line) => line.startsWith('CREATE INDEX'));
  const isSearch = (statement: string) => statement.includes('USING gin (search)');
  const isExpression = (statement: string) => indexKeys(statement).includes('(');
  const expressions = statements.filter(isExpression);
  return [
    // The search index (GIN: single-threaded, a third of all the building) first.
    ...statements.filter(isSearch).map((statement) => [statement]),
    ...(expressions.length > 0 ? [expressions] : []),
    ...statements.filter((statement) => !isSearch(statement) && !isExpression(statement)).map((statement) => [statement]),
  ];
}

/** Runs `tasks` (lists of statements) on `connections` connections, each taking the next when done. */
async function runTasks(db: Database, tasks: string[][], connections: number): Promise<void> {
  const worker = async () => {
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      for (const statement of task) await db.exec(statement);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
}

/**
 * Builds the indexes of `sessions`, then vacuums and analyses it. `vacuum`: other tables to vacuum
 * and analyse meanwhile (those a bulk load filled; see `pauseAutovacuum`).
 */
export async function createIndexes(db: Database, options: { vacuum?: readonly string[] } = {}): Promise<void> {
  // VACUUM runs outside any transaction, so alone in its query string.
  const vacuumOthers = (options.vacuum ?? []).map((table) => [`VACUUM (ANALYZE) ${table}`]);
  if (db.kind === 'postgres') {
    // Sorting a million keys in memory instead of in temporary files, on as many connections as
    // cores; the search index (the longest) first.
    const builds = indexBuildTasks(indexesSql()).map((task) => task.map((statement) => `SET maintenance_work_mem = '512MB'; ${statement}`));
    await runTasks(db, builds, Math.max(2, db.scanWidth));
    // The other tables beside the vacuum and analysis of `sessions`, which run one at a time.
    await Promise.all([maintainSessions(db), runTasks(db, vacuumOthers, Math.max(1, db.scanWidth - 1))]);
  } else {
    // PGlite's WebAssembly heap is smaller (it keeps its default memory) and has one connection.
    await db.exec(indexesSql());
    await maintainSessions(db);
    await runTasks(db, vacuumOthers, 1);
  }
}

async function maintainSessions(db: Database): Promise<void> {
  // VACUUM sets the visibility map, so key-only scans (deep pages) need not visit the table. A
  // freshly loaded table has nothing for its indexes to clean up, so they are not scanned again.
  await db.exec('VACUUM (INDEX_CLEANUP OFF) sessions');
  // Statistics from 9,000 sampled rows per partition instead of 30,000: a third of the time
  // (ANALYZE was a tenth of a 1,000,000-session load), and enough for the planner on rows like
  // these; autovacuum's later ANALYZEs use the server's default again.
  await db.transaction(async (tx) => {
    await tx.query('SET LOCAL default_statistics_target = 30');
    await tx.query('ANALYZE sessions');
  });
}

/**
 * Pauses (or resumes) autovacuum on the tables a bulk load fills, each month partition of
 * `sessions` by itself (a partitioned table has no autovacuum settings of its own). While a
 * 1,000,000-session load ran, autovacuum vacuumed and analysed each partition as it filled and
 * `messages` three times as it grew, all of it done again when the load ends: about 50 of its
 * 374 CPU-seconds.
 */
export async function pauseAutovacuum(db: Database, paused: boolean): Promise<void> {
  if (db.kind !== 'postgres') return;
  // Resuming touches only the tables still paused: altering a table needs its owner.
  const { rows } = await db.query<{ name: string }>(
    `SELECT c.oid::regclass::text AS name FROM pg_class c
     WHERE (c.oid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = to_regclass('sessions')) OR c.oid IN (SELECT to_regclass(name) FROM unnest($1::text[]) AS name))
       AND c.relkind = 'r' AND ($2::boolean OR 'autovacuum_enabled=false' = ANY(c.reloptions))`,
    [LOADED_TABLES, paused],
  );
  if (rows.length === 0) return;
  const setting = paused ? 'SET (autovacuum_enabled = false)' : 'RESET (autovacuum_enabled)';
  await db.exec(rows.map(({ name }) => `ALTER TABLE ${name} ${setting};`).join('\n'));
}

export type LoadState = { state: 'empty' | 'ready' } | { state: 'outdated' | 'unfinished'; detail: string };

/**
 * Whether `db` holds a finished load of the current schema: nothing yet, ready, tables of an
 * older version (columns the current one writes are missing), or a load that did not finish (a
 * stopped or failed one: the indexes are built last).
 */
export async function loadState(db: Queryable): Promise<LoadState> {
  const { rows: columns } = await db.query<{ name: string }>(
    `SELECT a.attrelid::regclass::text || '.' || a.attname AS name FROM pg_attribute a
     WHERE a.attrelid IN (to_regclass('sessions'), to_regclass('participants')) AND a.attnum > 0 AND NOT a.attisdropped`,
  );
  if (!columns.some(({ name }) => name.startsWith('sessions.'))) return { state: 'empty' };
  const wantedColumns = [...SESSION_ROW_COLUMNS.map((column) => `sessions.${column}`), 'participants.named_at'];
  const missing = wantedColumns.filter((column) => !columns.some(({ name }) => name === column));
  if (missing.length > 0) return { state: 'outdated', detail: `missing columns ${missing.join(', ')}` };
  const wanted = [...indexesSql().matchAll(/CREATE INDEX IF NOT EXISTS (\w+) ON/g)].map((match) => match[1]!);
  const { rows: built } = await db.query<{ name: string }>(`SELECT relname AS name FROM pg_class WHERE relname = ANY($1::text[])`, [wanted]);
  const absent = wanted.filter((name) => !built.some((index) => index.name === name));
  return absent.length > 0 ? { state: 'unfinished', detail: `indexes ${absent.join(', ')} are missing` } : { state: 'ready' };
}

/** The tables a bulk load fills besides `sessions`. */
export const LOADED_TABLES = ['messages', 'notes', 'session_details'] as const;

const BATCH = 1000;

export async function upsertRows(db: Queryable, rows: readonly SessionRow[]): Promise<void> {
  const sql = upsertSessionsSql();
  for (let start = 0; start < rows.length; start += BATCH) {
    await db.query(sql, [upsertSessionsParam(rows.slice(start, start + BATCH))]);
  }
}
