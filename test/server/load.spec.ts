/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises -- node:test's describe, it and hooks return promises its runner awaits */
/**
 * The bulk loader on a PostgreSQL server, as `npm run server -- --reload --sessions N` runs it:
 * worker threads build the chunks, each table is filled in one transaction of its own. A load
 * that stops part-way leaves no rows behind, a finished one leaves every table consistent and the
 * database ready, and loading again replaces what was there.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPostgres, type Database } from '../../examples/server/database.js';
import { loadDemoData } from '../../examples/server/load.js';
import { loadState } from '../../examples/server/schema-setup.js';
import { createServerSearch, type ServerSearch } from '../../src/server/index.js';
import { ClientPool } from '../../src/adapter/demo/data/clients.js';
import { endedSession, sessionId, startTimes } from '../../src/adapter/demo/generator.js';
import type { SessionSummary } from '../../src/model/session.js';
import { startPostgresCluster, type PostgresCluster } from './support/postgres-cluster.js';

// More than one chunk of 5,000, so the worker threads build them.
const SESSIONS = 6_000;
const LIVE = 12;
const NOW = Date.UTC(2026, 10, 1);

let cluster: PostgresCluster | undefined;
let db: Database;
let search: ServerSearch;

before(async () => {
  cluster = await startPostgresCluster();
  if (!cluster) return;
  db = await openPostgres(cluster.url);
  search = await createServerSearch();
});

after(async () => {
  if (!cluster) return;
  try {
    await db?.close();
  } finally {
    cluster.stop();
  }
});

async function count(table: string): Promise<number> {
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(rows[0]!.n);
}

/** Sessions whose message or note count differs from the rows stored for them, and sessions without details. */
async function inconsistentSessions(): Promise<number> {
  const { rows } = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM sessions s
     WHERE s.message_count <> (SELECT count(*) FROM messages m WHERE m.session_id = s.id)
        OR s.note_count <> (SELECT count(*) FROM notes n WHERE n.session_id = s.id)
        OR NOT EXISTS (SELECT 1 FROM session_details d WHERE d.session_id = s.id)`,
  );
  return Number(rows[0]!.n);
}

describe('bulk load on a PostgreSQL server', () => {
  it('a load stopped part-way leaves no rows, and the database is not taken for a finished one', async (t) => {
    if (!cluster) return t.skip('PostgreSQL is not installed');
    let chunks = 0;
    await assert.rejects(
      loadDemoData(db, search, {
        sessions: SESSIONS,
        now: NOW,
        live: LIVE,
        onProgress: () => {
          if (++chunks === 1) throw new Error('stopped by the test');
        },
      }),
      /stopped by the test/,
    );
    assert.equal(chunks, 1);
    for (const table of ['sessions', 'messages', 'notes', 'session_details']) assert.equal(await count(table), 0, table);
    assert.equal((await loadState(db)).state, 'unfinished');
  });

  it('a finished load fills every table consistently, with progress up to the total, and is ready', async (t) => {
    if (!cluster) return t.skip('PostgreSQL is not installed');
    const progress: number[] = [];
    await loadDemoData(db, search, { sessions: SESSIONS, now: NOW, live: LIVE, onProgress: (loaded) => progress.push(loaded) });
    assert.deepEqual(progress, [5_000, SESSIONS]);
    assert.equal(await count('sessions'), SESSIONS + LIVE);
    assert.ok((await count('messages')) > SESSIONS * 5, 'transcripts are loaded');
    assert.ok((await count('notes')) > 0, 'notes are loaded');
    assert.equal(await inconsistentSessions(), 0);
    assert.deepEqual(await loadState(db), { state: 'ready' });
    // The participants are named, as the value lists show them.
    const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM participants WHERE kind = 'operator' AND name <> ''`);
    assert.ok(Number(rows[0]!.n) > 10);
  });

  it('the loaded sessions are the demo generator\'s, the same clients returning (the workers build clients instead of keeping them)', async (t) => {
    if (!cluster) return t.skip('PostgreSQL is not installed');
    const seed = 1;
    const times = startTimes(seed, SESSIONS, NOW, 90);
    const clients = new ClientPool(seed, Math.floor(SESSIONS * 0.6));
    const indexes = Array.from({ length: 200 }, (_, i) => i * 29);
    const { rows } = await db.query<{ summary: SessionSummary }>('SELECT summary FROM sessions WHERE id = ANY($1::text[]) ORDER BY id', [indexes.map(sessionId)]);
    assert.equal(rows.length, indexes.length);
    const expected = indexes.map((index) => endedSession({ seed, index, startedAt: times[index]!, clients }));
    assert.deepEqual(
      rows.map(({ summary }) => [summary.id, summary.startedAt, summary.client]),
      expected.map((session) => [session.id, session.startedAt, JSON.parse(JSON.stringify(session.client)) as unknown]),
    );
    // Clients do return: many a client id stands for more than one session.
    const { rows: returning } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM (SELECT 1 FROM sessions GROUP BY summary->'client'->>'id' HAVING count(*) > 1) AS clients`);
    assert.ok(Number(returning[0]!.n) > 100);
  });

  it('loading again replaces the rows instead of adding to them', async (t) => {
    if (!cluster) return t.skip('PostgreSQL is not installed');
    const messages = await count('messages');
    await loadDemoData(db, search, { sessions: SESSIONS, now: NOW, live: LIVE, onProgress: () => undefined });
    assert.equal(await count('sessions'), SESSIONS + LIVE);
    assert.equal(await count('messages'), messages);
    assert.equal(await inconsistentSessions(), 0);
    assert.deepEqual(await loadState(db), { state: 'ready' });
  });
});
