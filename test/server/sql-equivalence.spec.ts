/// <reference types="node" />
/**
 * The compiled SQL answers every view query exactly as the client engine does: same ids, same
 * order, on PGlite and on a real PostgreSQL server, for random queries over 10,000 sessions.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileQuery, MAX_PAGE_SIZE } from '../../src/server/index.js';
import type { SessionQuery } from '../../src/model/query.js';
import { makeDataset, NOW, TIME_ZONE, type Dataset } from './support/dataset.js';
import { openTestDatabases, seed, type TestDatabase } from './support/databases.js';
import { queryArbitrary } from './support/arbitraries.js';

const SESSIONS = 10_000;
const RUNS = Number(process.env.SQL_EQUIVALENCE_RUNS ?? 500);

let dataset: Dataset;
let databases: TestDatabase[] = [];

before(async () => {
  dataset = await makeDataset(SESSIONS);
  databases = await openTestDatabases();
  await Promise.all(databases.map(({ db }) => seed(db, dataset.rows)));
});

after(async () => {
  for (const { close } of databases) await close();
});

async function sqlIds(database: TestDatabase, query: SessionQuery): Promise<string[]> {
  const compiled = compileQuery(query, { dialect: 'postgres', now: NOW, timeZone: TIME_ZONE, search: dataset.search, limit: MAX_PAGE_SIZE });
  const { rows } = await database.db.query<{ summary: { id: string } }>(compiled.text, compiled.values);
  return rows.map((row) => row.summary.id);
}

describe('compileQuery ≡ client engine', () => {
  it('returns the same ids in the same order as the engine, on every database', async () => {
    assert.ok(dataset.sessions.length > SESSIONS, 'history and live sessions loaded');
    for (const database of databases) {
      await fc.assert(
        fc.asyncProperty(queryArbitrary(dataset), async (query) => {
          const expected = dataset.expected(query).slice(0, MAX_PAGE_SIZE);
          const actual = await sqlIds(database, query);
          const first = actual.findIndex((id, i) => id !== expected[i]);
          // A short message: fast-check prints the query; the lists are thousands of ids long.
          if (first >= 0 || actual.length !== expected.length) {
            throw new Error(`${database.name}: ${actual.length} rows, engine ${expected.length}; first difference at ${first}`);
          }
        }),
        { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? Date.now() % 100000), endOnFailure: true },
      );
    }
  });
});
