/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises -- node:test's describe, it and hooks return promises its runner awaits */
/**
 * The compiled SQL on PGlite and on a real PostgreSQL server, over 10,000 generated sessions
 * seeded once: it answers every view query exactly as the client engine does (same ids, same
 * order), keyset paging neither repeats nor skips rows while sessions are inserted, and hostile
 * input in every place a query carries text stays data.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileQuery, compileValueList, finishValueList, MAX_PAGE_SIZE, sessionRow, upsertSessionsParam, upsertSessionsSql, type ValueListRow } from '../../src/server/index.js';
import type { SessionQuery } from '../../src/model/query.js';
import type { SessionSummary } from '../../src/model/session.js';
import { makeDataset, LOCALE, NOW, TIME_ZONE, type Dataset } from './support/dataset.js';
import { openTestDatabases, seed, type TestDatabase } from './support/databases.js';
import { queryArbitrary } from './support/arbitraries.js';
import { cutRanges, mergeValueLists, scanRanges, splitCount, splitValueList } from '../../examples/server/split-scan.js';
import type { Database, Queryable } from '../../examples/server/database.js';
import { listSessions, valueList } from '../../examples/server/routes-read.js';

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

/** A short message: fast-check prints the query; the id lists are thousands long. */
function assertSameIds(actual: readonly string[], expected: readonly string[], where: string): void {
  const first = actual.findIndex((id, i) => id !== expected[i]);
  if (first >= 0 || actual.length !== expected.length) {
    throw new Error(`${where}: ${actual.length} rows, engine ${expected.length}; first difference at ${first}`);
  }
}

describe('compileQuery ≡ client engine', () => {
  it('returns the same ids in the same order as the engine, on every database', async () => {
    assert.ok(dataset.sessions.length > SESSIONS, 'history and live sessions loaded');
    for (const database of databases) {
      await fc.assert(
        fc.asyncProperty(queryArbitrary(dataset), async (query) => {
          assertSameIds(await sqlIds(database, query), dataset.expected(query).slice(0, MAX_PAGE_SIZE), database.name);
        }),
        { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? Date.now() % 100000), endOnFailure: true },
      );
    }
  });

  it('bounds integer columns by fractional range and time limits as the engine does', async () => {
    // Integer columns compare with integer bounds (an index condition); a fractional limit must
    // still keep exactly the rows the engine keeps, at both ends and for both inclusive kinds.
    const starts = dataset.sessions.map((session) => session.startedAt).sort((a, b) => a - b);
    const middle = starts[Math.floor(starts.length / 2)]!;
    const queries: SessionQuery[] = [
      { mode: 'history', filters: { messageCount: { kind: 'range', min: 2.5, max: 7.5 } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' },
      { mode: 'history', filters: { messageCount: { kind: 'range', min: -0.5, max: 3 } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' },
      { mode: 'history', filters: { duration: { kind: 'range', min: 60_000.25, max: 600_000.75 } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' },
      { mode: 'history', filters: { startedAt: { kind: 'time', from: middle - 0.5, to: middle + 0.5 } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' },
      { mode: 'history', filters: { startedAt: { kind: 'time', from: middle + 0.5 } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' },
    ];
    for (const database of databases) {
      for (const query of queries) assertSameIds(await sqlIds(database, query), dataset.expected(query).slice(0, MAX_PAGE_SIZE), `${database.name} ${JSON.stringify(query.filters)}`);
    }
  });

  it('pages by offset to the slices of the engine order', async () => {
    for (const database of databases) {
      await fc.assert(
        fc.asyncProperty(queryArbitrary(dataset), fc.nat({ max: 6000 }), fc.integer({ min: 1, max: 300 }), async (query, offset, limit) => {
          const compiled = compileQuery(query, { dialect: 'postgres', now: NOW, timeZone: TIME_ZONE, search: dataset.search, limit, offset });
          const { rows } = await database.db.query<{ summary: { id: string } }>(compiled.text, compiled.values);
          const expected = dataset.expected(query).slice(offset, offset + limit);
          assertSameIds(rows.map((row) => row.summary.id), expected, `${database.name} offset ${offset} limit ${limit}`);
        }),
        { numRuns: Math.ceil(RUNS / 5), endOnFailure: true },
      );
    }
  });

  it('counts filter values as the engine does', async () => {
    const query: SessionQuery = { mode: 'history', filters: { channel: { kind: 'values', values: ['email', 'phone'] } }, sort: [], search: 'platba' };
    for (const database of databases) {
      for (const columnId of ['channel', 'operator', 'group', 'tags', 'language', 'param:tariff']) {
        const compiled = compileValueList(columnId, query, { dialect: 'postgres', now: NOW, timeZone: TIME_ZONE, search: dataset.search })!;
        const { rows } = await database.db.query<ValueListRow>(compiled.text, compiled.values);
        const actual = finishValueList(rows, columnId, query, { locale: LOCALE });
        assert.deepEqual(actual, dataset.valueList(columnId, query), `${database.name} ${columnId}`);
      }
    }
  });
});

describe('counts and value lists split into start-time ranges (split-scan.ts)', () => {
  it('cuts ranges of about equal rows at partition bounds, covering every start time once', () => {
    const sizes = [0, 1, 2, 3, 4, 5].map((i) => ({ from: i * 100, rows: [10, 10, 10, 10, 10, 50][i]! }));
    assert.deepEqual(cutRanges(sizes, 2), [{ to: 500 }, { from: 500 }]);
    assert.deepEqual(cutRanges(sizes, 3), [{ to: 300 }, { from: 300, to: 500 }, { from: 500 }]);
    // More ranges than partitions: each partition on its own.
    assert.deepEqual(cutRanges(sizes.slice(0, 2), 4), [{ to: 100 }, { from: 100 }]);
    assert.deepEqual(cutRanges(sizes, 1), [{}]);
    // Statistics not gathered yet: one open range rather than a guess.
    assert.deepEqual(cutRanges(sizes.map((size) => ({ ...size, rows: 0 })), 2), [{}]);
    // An empty partition between two full ones gives no range of its own; input in any order.
    const gap = [
      { from: 200, rows: 10 },
      { from: 0, rows: 10 },
      { from: 100, rows: 0 },
    ];
    assert.deepEqual(cutRanges(gap, 3), [{ to: 100 }, { from: 100 }]);
  });

  it('merges value lists as one SQL min and count would: counts added, least label, no label never wins', () => {
    const merged = mergeValueLists([
      [
        { key: 'op-1', label: 'Jana', count: 2 },
        { key: 'op-2', label: null, count: 1 },
      ],
      [
        { key: 'op-1', label: 'Anna', count: 3 },
        { key: 'op-2', label: 'Petr', count: 4 },
        { key: 'op-3', label: 'Eva', count: 1 },
      ],
    ]);
    assert.deepEqual(merged, [
      { key: 'op-1', label: 'Anna', count: 5 },
      { key: 'op-2', label: 'Petr', count: 5 },
      { key: 'op-3', label: 'Eva', count: 1 },
    ]);
  });

  it('is what the session list and value list routes of the server answer with', async () => {
    const query: SessionQuery = { mode: 'history', filters: { channel: { kind: 'values', values: ['email', 'web-chat'] } }, sort: [], search: 'platba' };
    const params = new URLSearchParams({ filters: JSON.stringify(query.filters), sort: JSON.stringify(query.sort), search: query.search, timeZone: TIME_ZONE });
    for (const database of databases) {
      // Counts the statements the split runs: the routes must use it, not one unsplit statement.
      let scans = 0;
      const wide: Database = { ...database.db, scanWidth: 3, scan: { query: (text, values) => (scans++, database.db.scan.query(text, values)) } };
      const ctx = { db: wide, search: dataset.search, locale: LOCALE, timeZone: TIME_ZONE };
      const page = await listSessions(ctx, params);
      assert.equal(page.total, dataset.expected(query).length, `${database.name} total`);
      const ranges = scans;
      assert.ok(ranges > 1, `${database.name}: the total was split (${ranges} statements)`);
      const values = await valueList(ctx, 'operator', params);
      assert.equal(scans, 2 * ranges, `${database.name}: the value list was split too`);
      assert.deepEqual(
        values.map(({ key, count }) => ({ key, count })),
        dataset.valueList('operator', query).map(({ key, count }) => ({ key, count })),
        `${database.name} operator values`,
      );
    }
  });

  it('adds up to the engine total and value counts for any query, on every database', async () => {
    for (const database of databases) {
      // Up to three ranges whatever the machine's cores (PGlite runs them one after the other).
      const wide: Database = { ...database.db, scanWidth: 3 };
      assert.ok((await scanRanges(wide)).length > 1, `${database.name}: the test data spans several ranges`);
      const base = { dialect: 'postgres', now: NOW, timeZone: TIME_ZONE, search: dataset.search } as const;
      await fc.assert(
        fc.asyncProperty(queryArbitrary(dataset), fc.constantFrom('channel', 'operator', 'group', 'chatbot', 'tags', 'param:tariff'), async (query, columnId) => {
          const total = await splitCount(wide, (startedIn) => compileQuery(query, { ...base, startedIn }).count);
          assert.equal(total, dataset.expected(query).length, `${database.name} total`);
          const rows = await splitValueList(wide, (startedIn) => compileValueList(columnId, query, { ...base, startedIn })!);
          assert.deepEqual(finishValueList(rows, columnId, query, { locale: LOCALE }), dataset.valueList(columnId, query), `${database.name} ${columnId}`);
        }),
        { numRuns: Math.ceil(RUNS / 5), endOnFailure: true },
      );
    }
  });
});

const HOSTILE = [
  `'; DROP TABLE sessions; --`,
  `" OR 1=1 --`,
  `x') OR ('1'='1`,
  `$1`,
  `\\`,
  `%`,
  `_`,
  `a:*`,
  `!a & b | c`,
  `<script>alert(1)</script>`,
  `\u0000`,
  `'`,
  `) ; SELECT pg_sleep(10); --`,
];

describe('operator value lists', () => {
  it('keep ids and names exactly, whatever characters they hold, and count each session once per operator', async () => {
    const template = dataset.sessions.find((session) => session.state === 'ended')!;
    const odd = [
      { id: 'op-"quoted"\\', name: 'Žluťoučký "kůň" \\ \u001f' },
      { id: 'op-,{}[]\u001f', name: '\u001f' },
      { id: 'op-[]', name: 'Ann' },
    ];
    const sessions: SessionSummary[] = [
      // No chatbot: a session without operators would list its chatbot as its handler.
      { ...template, chatbot: undefined, id: 'odd-1', operators: [odd[0]!, odd[1]!] },
      { ...template, chatbot: undefined, id: 'odd-2', operators: [odd[1]!, odd[0]!] },
      { ...template, chatbot: undefined, id: 'odd-3', operators: [odd[2]!] },
      { ...template, chatbot: undefined, id: 'odd-4', operators: [] },
      // The same operators as odd-3: one group of two sessions, counted as two.
      { ...template, chatbot: undefined, id: 'odd-5', operators: [odd[2]!] },
    ];
    const query: SessionQuery = { mode: 'history', filters: { id: { kind: 'text', op: 'prefix', value: 'odd-' } }, sort: [], search: '' };
    const compiled = compileValueList('operator', query, { dialect: 'postgres', now: NOW, timeZone: TIME_ZONE, search: dataset.search })!;
    for (const database of databases) {
      const rows = await rolledBack(database.db, async (tx) => {
        await tx.query(upsertSessionsSql(), [upsertSessionsParam(sessions.map((session) => sessionRow(session, [], LOCALE)))]);
        return (await tx.query<ValueListRow>(compiled.text, compiled.values)).rows;
      });
      const counted = rows.map(({ key, label, count }) => ({ key, label, count: Number(count) })).sort((a, b) => (a.key < b.key ? -1 : 1));
      assert.deepEqual(
        counted,
        [
          { key: odd[0]!.id, label: odd[0]!.name, count: 2 },
          { key: odd[2]!.id, label: odd[2]!.name, count: 2 },
          { key: odd[1]!.id, label: odd[1]!.name, count: 2 },
        ].sort((a, b) => (a.key < b.key ? -1 : 1)),
        database.name,
      );
    }
  });

  it('label an operator with its name in its latest session: a rewrite relabels, an edit of an older session or a late older write does not', async () => {
    const template = dataset.sessions.find((session) => session.state === 'ended')!;
    const session = (id: string, at: number, name: string, version: number): SessionSummary => ({
      ...template,
      id,
      version,
      startedAt: at,
      endedAt: at + 60_000,
      lastMessageAt: at + 60_000,
      operators: [{ id: 'op-renamed', name }],
    });
    const latest = template.startedAt;
    const query: SessionQuery = { mode: 'history', filters: { id: { kind: 'text', op: 'prefix', value: 'odd-' } }, sort: [], search: '' };
    const compiled = compileValueList('operator', query, { dialect: 'postgres', now: NOW, timeZone: TIME_ZONE, search: dataset.search })!;
    for (const database of databases) {
      const rows = await rolledBack(database.db, async (tx) => {
        const writes = [
          session('odd-new', latest, 'Before', 100),
          session('odd-new', latest, 'After', 101), // the same session rewritten: renamed
          session('odd-new', latest, 'Stale', 100), // a late older version: not written at all
          session('odd-old', latest - 86_400_000, 'Older', 100), // an older session edited later
        ];
        for (const write of writes) await tx.query(upsertSessionsSql(), [upsertSessionsParam([sessionRow(write, [], LOCALE)])]);
        return (await tx.query<ValueListRow>(compiled.text, compiled.values)).rows;
      });
      assert.deepEqual(rows.map(({ key, label, count }) => ({ key, label, count: Number(count) })), [{ key: 'op-renamed', label: 'After', count: 2 }], database.name);
    }
  });
});

class Rollback extends Error {}

/** What `read` returns inside a transaction that is then rolled back: the shared data stays as generated. */
async function rolledBack<T>(db: Database, read: (tx: Queryable) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await db
    .transaction(async (tx) => {
      result = await read(tx);
      throw new Rollback('rolled back on purpose');
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return result as T;
}

describe('hostile input', () => {
  it('is inert in filter values, parameter names, sort keys and search text', async () => {
    for (const database of databases) {
      const before = await database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
      for (const evil of HOSTILE) {
        const queries: SessionQuery[] = [
          { mode: 'history', filters: { clientName: { kind: 'text', op: 'contains', value: evil } }, sort: [], search: '' },
          { mode: 'history', filters: { clientEmail: { kind: 'text', op: 'prefix', value: evil } }, sort: [], search: '' },
          { mode: 'history', filters: { channel: { kind: 'values', values: [evil, 'email'] } }, sort: [], search: '' },
          { mode: 'history', filters: { [`param:${evil}`]: { kind: 'text', op: 'present', value: '' } }, sort: [], search: '' },
          { mode: 'history', filters: { [`param:${evil}`]: { kind: 'text', op: 'equals', value: evil } }, sort: [{ column: `param:${evil}`, direction: 'asc' }], search: '' },
          { mode: 'history', filters: {}, sort: [{ column: evil, direction: 'desc' }, { column: 'id', direction: evil as 'asc' }], search: '' },
          { mode: 'history', filters: {}, sort: [], search: evil },
          { mode: evil as 'history', filters: { [evil]: { kind: 'values', values: [evil] } }, sort: [], search: `"${evil}" ${evil}*` },
        ];
        for (const query of queries) {
          const expected = dataset.expected(query).slice(0, MAX_PAGE_SIZE);
          // \u0000 cannot be stored in PostgreSQL text; the database refuses it, which is inert too.
          const actual = await sqlIds(database, query).catch((error: Error) => (evil.includes('\u0000') ? expected : Promise.reject(error)));
          assertSameIds(actual, expected, `${database.name} ${JSON.stringify(query)}`);
        }
      }
      const afterwards = await database.db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
      assert.equal(afterwards.rows[0]!.n, before.rows[0]!.n, `${database.name}: the table is intact`);
    }
  });
});

describe('keyset paging', () => {
  it('neither repeats nor skips a session while sessions are being inserted', async () => {
    const sorts: SessionQuery['sort'][] = [
      [{ column: 'startedAt', direction: 'desc' }],
      [{ column: 'clientName', direction: 'asc' }, { column: 'duration', direction: 'desc' }],
      [{ column: 'rating', direction: 'desc' }],
    ];
    for (const database of databases) {
      for (const [round, sort] of sorts.entries()) {
        const query: SessionQuery = { mode: 'history', filters: {}, sort, search: '' };
        const present = new Set(dataset.expected(query));
        const seen = new Set<string>();
        let cursor: unknown[] | undefined;
        let inserted = 0;
        for (;;) {
          const compiled = compileQuery(query, { dialect: 'postgres', now: NOW, limit: 700, ...(cursor ? { after: cursor } : {}) });
          const { rows } = await database.db.query<{ summary: { id: string }; sort_values: unknown[] }>(compiled.text, compiled.values);
          for (const row of rows) {
            assert.ok(!seen.has(row.summary.id), `${database.name}: ${row.summary.id} repeated`);
            seen.add(row.summary.id);
          }
          if (rows.length < 700) break;
          cursor = rows[rows.length - 1]!.sort_values;
          // Between two page reads other clients insert sessions anywhere in the order.
          const fresh = dataset.sessions.slice(inserted, inserted + 25).map((session, i) => ({
            ...session,
            id: `N${round}-${String(inserted + i).padStart(6, '0')}`,
            client: { ...session.client, name: `${session.client.name} ${i}` },
          }));
          inserted += fresh.length;
          const freshRows = fresh.map((session) => sessionRow(session, [], LOCALE));
          await database.db.query(upsertSessionsSql(), [upsertSessionsParam(freshRows)]);
        }
        for (const id of present) assert.ok(seen.has(id), `${database.name}: ${id} skipped`);
        await database.db.query(`DELETE FROM sessions WHERE id LIKE $1::text`, [`N${round}-%`]);
      }
    }
  });
});
