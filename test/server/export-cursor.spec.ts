/// <reference types="node" />
/* eslint-disable @typescript-eslint/no-floating-promises -- node:test's describe, it and hooks return promises its runner awaits */
/**
 * The streamed CSV export on a PostgreSQL server, where it reads one server-side cursor in
 * batches: the file is byte for byte what `sessionsToCsv` writes for the same sessions, and a
 * client that goes away mid-download leaves no cursor, transaction or connection behind.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type App } from '../../examples/server/app.js';
import { openPostgres, type Database } from '../../examples/server/database.js';
import { EXPORT_BATCH } from '../../examples/server/routes-export.js';
import { sessionsToCsv } from '../../src/engine/export/index.js';
import type { SessionSummary } from '../../src/model/session.js';
import { makeDataset, LOCALE, TIME_ZONE } from './support/dataset.js';
import { seed } from './support/databases.js';
import { startPostgresCluster, type PostgresCluster } from './support/postgres-cluster.js';

// More than two batches, the last one partial.
const SESSIONS = EXPORT_BATCH * 2 + 300;
const COLUMNS = ['id', 'startedAt', 'clientName', 'channel', 'operator', 'duration', 'endReason'];

let cluster: PostgresCluster | undefined;
let db: Database;
let app: App;
let server: Server;
let baseUrl: string;

before(async () => {
  cluster = await startPostgresCluster();
  if (!cluster) return;
  db = await openPostgres(cluster.url);
  const dataset = await makeDataset(SESSIONS);
  await seed(db, dataset.rows);
  app = await createApp({ db, search: dataset.search, locale: LOCALE, timeZone: TIME_ZONE });
  server = createServer((req, res) => app.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

// Each part may be missing when `before` failed half-way: the cluster is stopped whatever happened.
after(async () => {
  if (!cluster) return;
  try {
    await app?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    await db?.close();
  } finally {
    cluster.stop();
  }
});

/** Sessions of this server's own connections that are inside a transaction or running a statement. */
async function busyConnections(): Promise<number> {
  const { rows } = await db.query<{ busy: number }>(
    `SELECT count(*)::int AS busy FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle' AND backend_type = 'client backend'`,
  );
  return rows[0]!.busy;
}

describe('GET /api/export.csv on a PostgreSQL server (cursor)', () => {
  it('writes what sessionsToCsv writes for the same sessions, across batches', async (t) => {
    if (!cluster) return t.skip('PostgreSQL is not installed');
    const response = await fetch(`${baseUrl}/export.csv?mode=history&columns=${encodeURIComponent(JSON.stringify(COLUMNS))}`);
    assert.equal(response.status, 200);
    // The raw bytes: response.text() would drop the BOM the file must start with.
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    const { rows } = await db.query<{ summary: SessionSummary }>(`SELECT summary FROM sessions WHERE state = 'ended' ORDER BY started_at DESC, id COLLATE "C"`);
    assert.ok(rows.length > EXPORT_BATCH * 2);
    // Ended sessions only: no live duration, so "now" cannot differ between the two.
    const expected = sessionsToCsv(
      rows.map((row) => row.summary),
      { columns: COLUMNS, format: { locale: LOCALE, timeZone: TIME_ZONE, now: Date.now() } },
    ).parts.join('');
    assert.equal(text, expected);
  });

  it('closes the cursor and its transaction when the client goes away mid-download', async (t) => {
    if (!cluster) return t.skip('PostgreSQL is not installed');
    // The client reads the headers and the first bytes, then drops the connection.
    await new Promise<void>((resolve, reject) => {
      const req = request(`${baseUrl}/export.csv?mode=history`, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', (error) => {
        if (!req.destroyed) reject(error);
      });
      req.end();
    });
    // The server sees the close at its next write; each probe below is a real round trip to
    // the database, so this waits on the server's work, not on a timer.
    let busy = await busyConnections();
    for (let probe = 0; busy > 0 && probe < 2000; probe += 1) busy = await busyConnections();
    assert.equal(busy, 0, 'no connection left inside the export transaction');
    // And the pool still serves: the next export is complete.
    const response = await fetch(`${baseUrl}/export.csv?mode=history&columns=${encodeURIComponent(JSON.stringify(['id']))}`);
    const lines = (await response.text()).split('\r\n').filter((line) => line !== '');
    assert.equal(lines.length, SESSIONS + 1);
  });
});
