/// <reference types="node" />
/**
 * The two databases every SQL test runs on: PGlite in memory, and a throwaway PostgreSQL
 * cluster (skipped with a notice when PostgreSQL is not installed; `.ci/run` installs it).
 */
import { openPglite, openPostgres, type Database } from '../../../examples/server/database.js';
import { createIndexes, createSchema, upsertRows } from '../../../examples/server/schema-setup.js';
import type { SessionRow } from '../../../src/server/index.js';
import { startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';

export interface TestDatabase {
  name: string;
  db: Database;
  close(): Promise<void>;
}

export async function openTestDatabases(): Promise<TestDatabase[]> {
  const databases: TestDatabase[] = [];
  const pglite = await openPglite();
  databases.push({ name: 'PGlite', db: pglite, close: () => pglite.close() });
  let cluster: PostgresCluster | undefined;
  try {
    cluster = await startPostgresCluster();
  } catch (error) {
    console.warn('PostgreSQL cluster did not start:', error);
    throw error;
  }
  if (cluster) {
    const postgres = await openPostgres(cluster.url);
    const stop = cluster.stop;
    databases.push({
      name: 'PostgreSQL',
      db: postgres,
      close: async () => {
        await postgres.close();
        stop();
      },
    });
  } else {
    console.warn('PostgreSQL is not installed: SQL tests run on PGlite only (apt-get install postgresql)');
  }
  return databases;
}

export async function seed(db: Database, rows: readonly SessionRow[]): Promise<void> {
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    first = Math.min(first, row.started_at as number);
    last = Math.max(last, row.started_at as number);
  }
  await createSchema(db, first, last, { indexes: false });
  await upsertRows(db, rows);
  await createIndexes(db);
}
