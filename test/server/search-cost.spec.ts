/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises -- node:test's describe, it and hooks return promises its runner awaits */
/**
 * The reference server raises the planner's cost of the full-text match so that a filter + search
 * count reads the GIN index instead of scanning every row's out-of-line search vector (see
 * `searchCostSql`), on both databases; `schemaSql()` alone leaves the database-wide cost alone;
 * and a database user without the right to change it still gets the schema.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPostgres } from '../../examples/server/database.js';
import { createSchema } from '../../examples/server/schema-setup.js';
import { schemaSql, searchCostSql } from '../../src/server/index.js';
import { startPostgresCluster, type PostgresCluster } from './support/postgres-cluster.js';
import { openTestDatabases, type TestDatabase } from './support/databases.js';

const NOW = Date.UTC(2026, 5, 15);
const COST = `SELECT procost::int AS cost FROM pg_proc WHERE proname = 'ts_match_vq'`;

describe('the full-text match cost', () => {
  let databases: TestDatabase[];
  before(async () => {
    databases = await openTestDatabases();
  });
  after(async () => {
    for (const database of databases) await database.close();
  });

  it('is not changed by schemaSql(), a host\'s schema: it is the whole database\'s', () => {
    assert.doesNotMatch(schemaSql(), /ALTER FUNCTION/i);
  });

  it('is raised by the reference server\'s schema setup on every database', async () => {
    for (const { name, db } of databases) {
      await createSchema(db, NOW - 40 * 86_400_000, NOW, { indexes: false });
      const { rows } = await db.query<{ cost: number }>(COST);
      assert.equal(rows[0]!.cost, 10, name);
    }
  });
});

describe('a database user who may not alter built-in functions', () => {
  let cluster: PostgresCluster | undefined;
  before(async () => {
    cluster = await startPostgresCluster();
  });
  after(() => cluster?.stop());

  it('still gets the schema, with the default cost', async (context) => {
    if (!cluster) return context.skip('PostgreSQL is not installed');
    const admin = await openPostgres(cluster.url);
    await admin.exec('CREATE ROLE app LOGIN; GRANT CREATE ON SCHEMA public TO app');
    await admin.close();
    const url = new URL(cluster.url);
    url.username = 'app';
    const app = await openPostgres(url.href);
    try {
      await createSchema(app, NOW - 40 * 86_400_000, NOW, { indexes: false });
      await app.exec(searchCostSql());
      const { rows } = await app.query<{ cost: number }>(COST);
      assert.equal(rows[0]!.cost, 1);
      const { rows: tables } = await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'sessions'`);
      assert.equal(tables[0]!.n, 1);
    } finally {
      await app.close();
    }
  });
});
