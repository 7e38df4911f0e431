/// <reference types="node" />
/**
 * The server benchmark (Node side of bench/server.bench.ts): loads generated sessions into a
 * throwaway PostgreSQL cluster and into PGlite, then times the queries a table asks for — p50 and
 * p95 over 20 repetitions each — beside a naive version of the same work. Prints JSON rows.
 *
 *   SERVER_BENCH_SESSIONS=1000000 SERVER_BENCH_PGLITE_SESSIONS=100000 node --import tsx bench/server/run.ts
 */
import { createServer } from 'node:http';
import { totalmem } from 'node:os';
import type { AddressInfo } from 'node:net';
import { compileQuery, compileValueList, createServerSearch, sessionRow, type ServerSearch } from '../../src/server/index.js';
import { sessionsToCsv } from '../../src/engine/index.js';
import { generateTranscript } from '../../src/adapter/demo/index.js';
import type { SessionSummary } from '../../src/model/index.js';
import { createSchema, upsertRows } from '../../examples/server/schema-setup.js';
import type { SessionQuery } from '../../src/model/query.js';
import { createApp } from '../../examples/server/app.js';
import { EXPORT_PAGE } from '../../examples/server/routes-export.js';
import { openPglite, openPostgres, type Database } from '../../examples/server/database.js';
import { loadDemoData } from '../../examples/server/load.js';
import { splitCount, splitValueList } from '../../examples/server/split-scan.js';
import { startPostgresCluster } from '../../test/server/support/postgres-cluster.js';

// Stopped from outside (the test runner gave up, Ctrl+C): exit, so the cluster's exit hook stops it.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(1));

const REPETITIONS = 20;
/**
 * The naive baselines take seconds to a minute each at 1,000,000 sessions (an ILIKE over 22
 * million messages); five runs say what they cost without the benchmark taking an hour.
 */
const NAIVE_REPETITIONS = 5;
const LOAD_SEED = 1;
const NOW = Date.UTC(2026, 10, 1);

interface Row {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
}

/** The columns the reference server's export writes by default. */
const EXPORT_COLUMNS = ['startedAt', 'clientName', 'channel', 'operator', 'duration', 'endReason'];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

async function timings(run: () => Promise<unknown>, repetitions = REPETITIONS): Promise<{ p50: number; p95: number }> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: Math.round(percentile(times, 0.5) * 10) / 10, p95: Math.round(percentile(times, 0.95) * 10) / 10 };
}

async function page(db: Database, search: ServerSearch, query: SessionQuery, options: { offset?: number; count?: boolean } = {}) {
  const base = { dialect: 'postgres', now: NOW, timeZone: 'Europe/Prague', search } as const;
  const compiled = compileQuery(query, { ...base, limit: 100, offset: options.offset ?? 0 });
  // The total as the reference server counts it: split into ranges run at once (split-scan.ts).
  await Promise.all([
    db.query(compiled.text, compiled.values),
    options.count === false ? undefined : splitCount(db, (startedIn) => compileQuery(query, { ...base, startedIn }).count),
  ]);
}

/** The same statement with index scans switched off: what a missing index costs. */
async function withoutIndexes(db: Database, run: (db: Database) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SET LOCAL enable_indexscan = off');
    await tx.query('SET LOCAL enable_bitmapscan = off');
    await tx.query('SET LOCAL enable_indexonlyscan = off');
    // Everything on this transaction's connection, the count included (not split).
    await run({ ...db, query: tx.query, scan: { query: tx.query }, scanWidth: 1 });
  });
}

const FIRST: SessionQuery = { mode: 'history', filters: {}, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' };
// Sorts whose index is read backwards (PostgreSQL then orders only rows with equal values by id),
// the last one in two parts: names first, sessions without one after them.
const OLDEST: SessionQuery = { ...FIRST, sort: [{ column: 'startedAt', direction: 'asc' }] };
const MOST_MESSAGES: SessionQuery = { ...FIRST, sort: [{ column: 'messageCount', direction: 'desc' }] };
const NAME_Z_TO_A: SessionQuery = { ...FIRST, sort: [{ column: 'clientName', direction: 'desc' }] };
const FILTERED: SessionQuery = { mode: 'history', filters: { channel: { kind: 'values', values: ['web-chat', 'whatsapp'] } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: 'objednávka' };

async function measure(label: string, db: Database, search: ServerSearch, sessions: number): Promise<Row[]> {
  const rows: Row[] = [];
  const add = (name: string, p: { p50: number; p95: number }, baseline: { p50: number; p95: number }) => {
    for (const key of ['p50', 'p95'] as const) {
      rows.push({ name: `${label}, ${name} (${key})`, value: p[key], unit: 'ms', baseline: baseline[key], ratio: round3(p[key] / baseline[key]) });
    }
  };
  const naivePage = (options: { count?: boolean } = {}) => timings(() => withoutIndexes(db, (plain) => page(plain, search, FIRST, options)), NAIVE_REPETITIONS);
  add('first page + total (vs without index)', await timings(() => page(db, search, FIRST)), await naivePage());
  add('first page (vs without index)', await timings(() => page(db, search, FIRST, { count: false })), await naivePage({ count: false }));
  for (const [name, query] of [['oldest first', OLDEST], ['most messages first', MOST_MESSAGES], ['client name Z to A', NAME_Z_TO_A]] as const) {
    const plain = () => withoutIndexes(db, (unindexed) => page(unindexed, search, query, { count: false }));
    add(`first page, ${name} (vs without index)`, await timings(() => page(db, search, query, { count: false })), await timings(plain, NAIVE_REPETITIONS));
  }
  const naiveSearch = async () => {
    await db.query(
      `SELECT summary FROM sessions s WHERE state = 'ended' AND channel = ANY($1::text[]) AND EXISTS (SELECT 1 FROM messages m WHERE m.session_id = s.id AND m.body->>'text' ILIKE $2::text) ORDER BY started_at DESC LIMIT 100`,
      [['web-chat', 'whatsapp'], '%objednávk%'],
    );
  };
  add('filter + search, page + total (vs ILIKE over messages)', await timings(() => page(db, search, FILTERED)), await timings(naiveSearch, NAIVE_REPETITIONS));
  const deep = Math.floor(sessions * 0.9);
  add(`deep page at row ${deep.toLocaleString('en')} (vs without index)`, await timings(() => page(db, search, FIRST, { offset: deep, count: false })), await timings(() => withoutIndexes(db, (plain) => page(plain, search, FIRST, { offset: deep, count: false })), NAIVE_REPETITIONS));
  const valueList = () => splitValueList(db, (startedIn) => compileValueList('operator', FILTERED, { dialect: 'postgres', now: NOW, search, startedIn })!);
  const naiveValues = async () => {
    await db.query(
      `SELECT handler, count(*) FROM sessions s, unnest(s.handler_ids) AS handler WHERE state = 'ended' AND channel = ANY($1::text[]) AND EXISTS (SELECT 1 FROM messages m WHERE m.session_id = s.id AND m.body->>'text' ILIKE $2::text) GROUP BY handler`,
      [['web-chat', 'whatsapp'], '%objednávk%'],
    );
  };
  add('value list with counts (operator, under filter + search; vs ILIKE over messages)', await timings(valueList), await timings(naiveValues, NAIVE_REPETITIONS));
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
  const naive = await naiveExportSeconds(db, search, Number(bound[0]!.at));
  return { name: `CSV export of ${lines.toLocaleString('en')} rows, streamed (vs OFFSET pages)`, value: round2(seconds), unit: 's', baseline: round2(naive), ratio: round3(seconds / naive) };
}

/** The same export as a naive server writes it: OFFSET pages, each one skipping all before it. */
async function naiveExportSeconds(db: Database, search: ServerSearch, from: number): Promise<number> {
  const query: SessionQuery = { ...FIRST, filters: { startedAt: { kind: 'time', from } } };
  const start = performance.now();
  let length = 0;
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const compiled = compileQuery(query, { dialect: 'postgres', now: NOW, timeZone: 'Europe/Prague', search, limit: EXPORT_PAGE, offset });
    const { rows } = await db.query<{ summary: SessionSummary }>(compiled.text, compiled.values);
    length += sessionsToCsv(rows.map((row) => row.summary), { columns: EXPORT_COLUMNS, bom: offset === 0 }).parts.join('').length;
    if (rows.length < EXPORT_PAGE) break;
  }
  if (length === 0) throw new Error('naive export wrote nothing');
  return (performance.now() - start) / 1000;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Load speed as milliseconds per 1,000 sessions, beside the row-by-row path a naive loader takes:
 * the same sessions with their transcripts written through batched INSERTs into tables whose
 * indexes are already in place (a sample of the load's own sessions).
 */
async function loadRow(label: string, open: () => Promise<Database>, search: ServerSearch, sessions: number, loaded: Database, ms: number): Promise<Row> {
  const sample = Math.min(sessions, 5_000);
  const naiveDb = await open();
  try {
    const { rows } = await loaded.query<{ summary: SessionSummary }>('SELECT summary FROM sessions ORDER BY started_at DESC LIMIT $1::int', [sample]);
    const first = Math.min(...rows.map((row) => row.summary.startedAt));
    await createSchema(naiveDb, first - 86_400_000, NOW + 86_400_000);
    const start = performance.now();
    for (let from = 0; from < rows.length; from += 500) {
      const batch = rows.slice(from, from + 500).map((row) => ({ summary: row.summary, messages: generateTranscript(LOAD_SEED, row.summary) }));
      await upsertRows(naiveDb, batch.map(({ summary, messages }) => sessionRow(summary, search.searchTerms(summary, messages, []), 'cs')));
      const messageRows = batch.flatMap(({ summary, messages }) => messages.map((body, seq) => ({ session_id: summary.id, seq, at: body.at, body })));
      await naiveDb.query(
        'INSERT INTO messages (session_id, seq, at, body) SELECT session_id, seq, at, body FROM jsonb_to_recordset($1::jsonb) AS r(session_id text, seq int, at bigint, body jsonb)',
        [JSON.stringify(messageRows)],
      );
    }
    const naivePerThousand = ((performance.now() - start) / rows.length) * 1000;
    const perThousand = (ms / sessions) * 1000;
    return {
      name: `${label}: load ${sessions.toLocaleString('en')} sessions with transcripts, ms per 1,000 sessions (COPY, indexes after; vs batched INSERTs into indexed tables)`,
      value: round2(perThousand),
      unit: 'ms',
      baseline: round2(naivePerThousand),
      ratio: round3(perThousand / naivePerThousand),
    };
  } finally {
    await naiveDb.close();
  }
}

export async function runServerBenchmark(): Promise<Row[]> {
  const sessions = Number(process.env.SERVER_BENCH_SESSIONS ?? 1_000_000);
  const pgliteSessions = Number(process.env.SERVER_BENCH_PGLITE_SESSIONS ?? Math.min(sessions, 100_000));
  const search = await createServerSearch();
  const rows: Row[] = [];
  // A quarter of the memory, as PostgreSQL's documentation suggests for a dedicated server, on
  // huge pages as such a server is set up (the rows' names say when the machine had none to give),
  // with room for a bulk load's WAL between checkpoints ("Populating a Database": at the default
  // 1 GB a checkpoint came every 10 s of the load and wrote the same index pages again). WAL stays
  // at the default level, ready for replicas: with `wal_level = minimal` (the same page's advice
  // for a server without them while it loads) the load writes no WAL and took 151 s instead of 161.
  const cluster = await startPostgresCluster({
    sharedBuffers: `${Math.max(128, Math.floor(totalmem() / 4 / 2 ** 20))}MB`,
    hugePages: true,
    settings: { max_wal_size: '16GB' },
  });
  if (cluster) {
    const server = cluster.hugePages ? 'PostgreSQL' : 'PostgreSQL (4 kB pages)';
    const db = await openPostgres(cluster.url);
    try {
      const start = performance.now();
      await loadDemoData(db, search, { sessions, seed: LOAD_SEED, now: NOW, onProgress: () => undefined });
      const ms = performance.now() - start;
      console.error(`PostgreSQL: ${sessions} sessions loaded in ${(ms / 1000).toFixed(1)} s`);
      // A second database on the same server for the naive load.
      await db.query('CREATE DATABASE naive_load');
      const naiveUrl = new URL(cluster.url);
      naiveUrl.pathname = '/naive_load';
      rows.push(await loadRow(server, () => openPostgres(naiveUrl.href), search, sessions, db, ms));
      // Gone before the queries are timed, so that autovacuum has nothing of it to work on then.
      await db.query('DROP DATABASE naive_load');
      rows.push(...(await measure(`${server} ${sessions.toLocaleString('en')}`, db, search, sessions)));
      rows.push(await exportSeconds(db, search, Math.min(100_000, sessions)));
    } finally {
      await db.close();
      cluster.stop();
    }
  }
  const pglite = await openPglite();
  try {
    const start = performance.now();
    await loadDemoData(pglite, search, { sessions: pgliteSessions, seed: LOAD_SEED, now: NOW, onProgress: () => undefined });
    rows.push(await loadRow('PGlite', () => openPglite(), search, pgliteSessions, pglite, performance.now() - start));
    rows.push(...(await measure(`PGlite ${pgliteSessions.toLocaleString('en')}`, pglite, search, pgliteSessions)));
  } finally {
    await pglite.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await runServerBenchmark()) console.log(JSON.stringify(row));
}
