/// <reference types="node" />
/**
 * The server benchmark (Node side of bench/server.bench.ts): loads generated sessions into a
 * throwaway PostgreSQL cluster and into PGlite, then times the queries a table asks for — p50 and
 * p95 over 20 repetitions each — beside a naive version of the same work. Prints JSON rows.
 *
 *   SERVER_BENCH_SESSIONS=1000000 SERVER_BENCH_PGLITE_SESSIONS=100000 node --import tsx bench/server/run.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compileQuery, compileValueList, createServerSearch, type ServerSearch } from '../../src/server/index.js';
import type { SessionQuery } from '../../src/model/query.js';
import { createApp } from '../../examples/server/app.js';
import { openPglite, openPostgres, type Database } from '../../examples/server/database.js';
import { loadDemoData } from '../../examples/server/load.js';
import { startPostgresCluster } from '../../test/server/support/postgres-cluster.js';

const REPETITIONS = 20;
const NOW = Date.UTC(2026, 10, 1);

interface Row {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

async function timings(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: Math.round(percentile(times, 0.5) * 10) / 10, p95: Math.round(percentile(times, 0.95) * 10) / 10 };
}

async function page(db: Database, search: ServerSearch, query: SessionQuery, options: { offset?: number; count?: boolean } = {}) {
  const compiled = compileQuery(query, { dialect: 'postgres', now: NOW, timeZone: 'Europe/Prague', search, limit: 100, offset: options.offset ?? 0 });
  await Promise.all([
    db.query(compiled.text, compiled.values),
    options.count === false ? undefined : db.query(compiled.count.text, compiled.count.values),
  ]);
}

/** The same statement with index scans switched off: what a missing index costs. */
async function withoutIndexes(db: Database, run: (db: Database) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SET LOCAL enable_indexscan = off');
    await tx.query('SET LOCAL enable_bitmapscan = off');
    await tx.query('SET LOCAL enable_indexonlyscan = off');
    await run({ ...db, query: tx.query });
  });
}

const FIRST: SessionQuery = { mode: 'history', filters: {}, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' };
const FILTERED: SessionQuery = { mode: 'history', filters: { channel: { kind: 'values', values: ['web-chat', 'whatsapp'] } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: 'objednávka' };

async function measure(label: string, db: Database, search: ServerSearch, sessions: number): Promise<Row[]> {
  const rows: Row[] = [];
  const add = (name: string, p: { p50: number; p95: number }, baseline?: { p50: number; p95: number }) => {
    for (const key of ['p50', 'p95'] as const) {
      const row: Row = { name: `${label}, ${name} (${key})`, value: p[key], unit: 'ms' };
      if (baseline) Object.assign(row, { baseline: baseline[key], ratio: Math.round((p[key] / baseline[key]) * 1000) / 1000 });
      rows.push(row);
    }
  };
  add('first page + total', await timings(() => page(db, search, FIRST)));
  add('first page', await timings(() => page(db, search, FIRST, { count: false })));
  const naiveSearch = async () => {
    await db.query(
      `SELECT summary FROM sessions s WHERE state = 'ended' AND channel = ANY($1::text[]) AND EXISTS (SELECT 1 FROM messages m WHERE m.session_id = s.id AND m.body->>'text' ILIKE $2::text) ORDER BY started_at DESC LIMIT 100`,
      [['web-chat', 'whatsapp'], '%objednávk%'],
    );
  };
  add('filter + search, page + total (vs ILIKE over messages)', await timings(() => page(db, search, FILTERED)), await timings(naiveSearch));
  const deep = Math.floor(sessions * 0.9);
  add(`deep page at row ${deep.toLocaleString('en')} (vs without index)`, await timings(() => page(db, search, FIRST, { offset: deep, count: false })), await timings(() => withoutIndexes(db, (plain) => page(plain, search, FIRST, { offset: deep, count: false }))));
  const values = compileValueList('operator', FILTERED, { dialect: 'postgres', now: NOW, search })!;
  add('value list with counts (operator, under filter + search)', await timings(() => db.query(values.text, values.values)));
  return rows;
}

async function exportSeconds(db: Database, search: ServerSearch, rows: number): Promise<Row> {
  const app = await createApp({ db, search });
  const server = createServer((request, response) => app.handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // The newest `rows` sessions: a time range that holds them.
  const { rows: bound } = await db.query<{ at: string }>('SELECT started_at AS at FROM sessions ORDER BY started_at DESC OFFSET $1::int LIMIT 1', [rows - 1]);
  const filters = JSON.stringify({ startedAt: { kind: 'time', from: Number(bound[0]!.at) } });
  const start = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/api/export.csv?filters=${encodeURIComponent(filters)}`);
  const text = await response.text();
  const seconds = (performance.now() - start) / 1000;
  await app.close();
  server.close();
  const lines = text.split('\r\n').length - 2;
  return { name: `CSV export of ${lines.toLocaleString('en')} rows, streamed`, value: Math.round(seconds * 100) / 100, unit: 's' };
}

export async function runServerBenchmark(): Promise<Row[]> {
  const sessions = Number(process.env.SERVER_BENCH_SESSIONS ?? 1_000_000);
  const pgliteSessions = Number(process.env.SERVER_BENCH_PGLITE_SESSIONS ?? Math.min(sessions, 100_000));
  const search = await createServerSearch();
  const rows: Row[] = [];
  const cluster = await startPostgresCluster();
  if (cluster) {
    const db = await openPostgres(cluster.url);
    try {
      const start = performance.now();
      await loadDemoData(db, search, { sessions, now: NOW, onProgress: () => undefined });
      rows.push({ name: `PostgreSQL: load ${sessions.toLocaleString('en')} sessions with transcripts (COPY, indexes)`, value: Math.round((performance.now() - start) / 100) / 10, unit: 's' });
      rows.push(...(await measure(`PostgreSQL ${sessions.toLocaleString('en')}`, db, search, sessions)));
      rows.push(await exportSeconds(db, search, Math.min(100_000, sessions)));
    } finally {
      await db.close();
      cluster.stop();
    }
  }
  const pglite = await openPglite();
  try {
    const start = performance.now();
    await loadDemoData(pglite, search, { sessions: pgliteSessions, now: NOW, onProgress: () => undefined });
    rows.push({ name: `PGlite: load ${pgliteSessions.toLocaleString('en')} sessions with transcripts (COPY, indexes)`, value: Math.round((performance.now() - start) / 100) / 10, unit: 's' });
    rows.push(...(await measure(`PGlite ${pgliteSessions.toLocaleString('en')}`, pglite, search, pgliteSessions)));
  } finally {
    await pglite.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await runServerBenchmark()) console.log(JSON.stringify(row));
}
