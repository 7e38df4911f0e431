/// <reference types="node" />
/**
 * One small interface over the two databases the reference server runs on: PGlite (PostgreSQL
 * compiled to WebAssembly, in-process; the default, nothing to install) and a PostgreSQL server
 * through `pg` when `DATABASE_URL` is set. The SQL is the same for both.
 */
import { availableParallelism } from 'node:os';
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

export interface QueryResult<Row> {
  rows: Row[];
}

export interface Queryable {
  query<Row = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<Row>>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Statements that each scan on one core, on connections of their own: a count or value list
   * split into time ranges runs `scanWidth` of them at once (see split-scan.ts).
   */
  readonly scan: Queryable;
  /** How many `scan` statements run usefully at once (1: no split). */
  readonly scanWidth: number;
  /** Several statements without parameters (schema). */
  exec(sql: string): Promise<void>;
  /** Runs `body` in one transaction on one connection. */
  transaction<T>(body: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for each NOTIFY on `channel`; resolves to the unlisten function. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  /** Bulk-loads tab-separated COPY text (a string, or its UTF-8 bytes) into `table (columns)`. */
  copyFrom(table: string, columns: readonly string[], text: string | Uint8Array<ArrayBuffer>): Promise<void>;
  /**
   * Fills `table (columns)`, which must hold nothing worth keeping, by COPY in one transaction of
   * its own that empties it first (see `TableFill`). `freeze`: rows go in frozen (`COPY … FREEZE`,
   * not for a partitioned table). On PGlite (one connection) each COPY stands alone.
   */
  fillTable(table: string, columns: readonly string[], options?: { freeze?: boolean }): Promise<TableFill>;
  close(): Promise<void>;
}

/**
 * A bulk load of one table. Its COPYs run in the transaction that emptied the table, so a server
 * with `wal_level = minimal` writes none of the rows to its write-ahead log: it syncs the table's
 * files at `commit` instead (PostgreSQL's "Populating a Database"; a 1,000,000-session load wrote
 * 10 GB of WAL otherwise). And rows copied `FREEZE` are visible to everyone from the start, so
 * neither the vacuum after the load nor the first reads rewrite every page to say so. Readers see
 * none of the rows before `commit`; `abort` leaves the table as it was.
 */
export interface TableFill {
  copy(text: string | Uint8Array<ArrayBuffer>): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** PGlite in `dataDir` (a folder, kept between starts) or in memory when absent. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db: PGlite = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  const query: Queryable['query'] = async (text, values) => db.query(text, values ? [...values] : []) as never;
  const copyFrom: Database['copyFrom'] = async (table, columns, text) => {
    await db.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob: new Blob([text]) });
  };
  return {
    kind: 'pglite',
    query,
    // One connection, one thread: nothing to split.
    scan: { query },
    scanWidth: 1,
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (body) => db.transaction((tx) => body({ query: async (text, values) => tx.query(text, values ? [...values] : []) as never })),
    listen: async (channel, onNotify) => {
      const unlisten = await db.listen(channel, onNotify);
      return async () => unlisten();
    },
    copyFrom,
    fillTable: async (table, columns) => {
      // PGlite has a single connection: the tables of a load cannot each hold a transaction open.
      return { copy: (text) => copyFrom(table, columns, text), commit: async () => undefined, abort: async () => undefined };
    },
    close: () => db.close(),
  };
}

/**
 * A PostgreSQL server through a connection pool. `scanWidth`: how many range scans of one count
 * or value list run at once, default the cores of this machine (the database's own when it runs
 * beside the server; set it to the database machine's cores otherwise).
 */
export async function openPostgres(connectionString: string, options: { scanWidth?: number } = {}): Promise<Database> {
  const pg = await import('pg');
  // JIT off for every connection: a query over the month partitions compiles its expressions
  // once per partition. At 1,000,000 sessions (35 partitions) the filter + search count compiled
  // 530 functions, over a second of JIT for a scan that takes half a second without it. A
  // `jit` (or `options`) in the connection string still wins.
  const pool: Pool = new pg.default.Pool({ connectionString, max: 8, options: '-c jit=off' });
  const scanWidth = Math.max(1, Math.floor(options.scanWidth ?? availableParallelism()));
  // PostgreSQL's own parallel query starts fresh worker processes for each statement, and each
  // first opens every partition and index it scans: a filter + search count over 35 month
  // partitions took 250 ms with two workers. Range scans on pooled connections, whose caches stay
  // warm, with no workers of their own, took 165 ms (1,000,000 sessions, two cores). At most
  // `scanWidth` such scans run at once, one per core; those of other requests wait their turn.
  // Kept open however long the server idles (the pool closes idle connections after 10 s by
  // default), so the next count finds them warm.
  const scanPool: Pool = new pg.default.Pool({ connectionString, max: scanWidth, idleTimeoutMillis: 0, options: '-c jit=off -c max_parallel_workers_per_gather=0' });
  const listeners: PoolClient[] = [];
  return {
    kind: 'postgres',
    query: async (text, values) => pool.query(text, values ? [...values] : []) as never,
    scan: { query: async (text, values) => scanPool.query(text, values ? [...values] : []) as never },
    scanWidth,
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (body) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await body({ query: async (text, values) => client.query(text, values ? [...values] : []) as never });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onNotify) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel ${channel}`);
      const client = await pool.connect();
      listeners.push(client);
      client.on('notification', (message) => {
        if (message.channel === channel) onNotify(message.payload ?? '');
      });
      await client.query(`LISTEN ${channel}`);
      return async () => {
        await client.query(`UNLISTEN ${channel}`).catch(() => undefined);
        listeners.splice(listeners.indexOf(client), 1);
        client.release();
      };
    },
    copyFrom: async (table, columns, text) => {
      const client = await pool.connect();
      try {
        await copyOn(client, table, columns, text);
      } finally {
        client.release();
      }
    },
    fillTable: async (table, columns, options = {}) => {
      const client = await pool.connect();
      try {
        await client.query(`BEGIN; TRUNCATE ${table}`);
      } catch (error) {
        client.release();
        throw error;
      }
      const end = async (statement: string) => {
        try {
          await client.query(statement);
        } finally {
          client.release();
        }
      };
      const freeze = options.freeze ? ' WITH (FREEZE)' : '';
      return { copy: (text) => copyOn(client, table, columns, text, freeze), commit: () => end('COMMIT'), abort: () => end('ROLLBACK') };
    },
    close: async () => {
      for (const client of listeners.splice(0)) client.release();
      await Promise.all([pool.end(), scanPool.end()]);
    },
  };
}

async function copyOn(client: PoolClient, table: string, columns: readonly string[], text: string | Uint8Array<ArrayBuffer>, options = ''): Promise<void> {
  const { from } = await import('pg-copy-streams');
  const stream = client.query(from(`COPY ${table} (${columns.join(', ')}) FROM STDIN${options}`));
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', resolve);
    stream.end(text);
  });
}

/** `DATABASE_URL` when set, else PGlite in `dataDir`. */
export function openDatabase(options: { databaseUrl?: string; dataDir?: string; scanWidth?: number }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.scanWidth ? { scanWidth: options.scanWidth } : {}) : openPglite(options.dataDir);
}
