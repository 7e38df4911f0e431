/// <reference types="node" />
/**
 * Bulk loader: fills the database from the demo generator in chunks built by worker threads,
 * each chunk COPYed straight into its tables (sessions in their columns' own text syntax), each
 * table filled in one transaction that empties it first (on a PostgreSQL server; see `TableFill`),
 * with the indexes built once at the end and a progress bar on stderr.
 * `npm run server -- --reload --sessions 1000000` runs it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { makeLiveSession } from '../../src/adapter/demo/live-sessions.js';
import { ClientPool } from '../../src/adapter/demo/data/clients.js';
import { SESSION_ROW_COLUMNS, upsertParticipantsSql, type ServerSearch } from '../../src/server/index.js';
import { chunkBytes, copyBytes, type ChunkBytes, type ChunkJob } from './load-chunk.js';
import type { Database, TableFill } from './database.js';
import { createIndexes, createSchema, LOADED_TABLES, pauseAutovacuum } from './schema-setup.js';

export interface LoadOptions {
  sessions: number;
  seed?: number;
  /** Live (waiting/active) sessions besides the history. Default 40. */
  live?: number;
  now?: number;
  locale?: string;
  /** Progress callback; default: a bar on stderr. */
  onProgress?: (loaded: number, total: number) => void;
  /** Worker threads building chunks. Default: one per core (none for a single chunk or a single core). */
  workers?: number;
}

const CHUNK = 5000;

function progressBar(loaded: number, total: number, startedAt: number): void {
  const width = 30;
  const done = Math.round((loaded / total) * width);
  const seconds = (Date.now() - startedAt) / 1000;
  const rate = seconds > 0 ? Math.round(loaded / seconds) : 0;
  process.stderr.write(`\r[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${loaded.toLocaleString('en')}/${total.toLocaleString('en')} sessions, ${rate.toLocaleString('en')}/s`);
  if (loaded === total) process.stderr.write('\n');
}

/** The tables a load fills, each by its own `TableFill` (one transaction per table). */
interface Fills {
  sessions: TableFill;
  messages: TableFill;
  notes: TableFill;
  details: TableFill;
}

async function openFills(db: Database): Promise<Fills> {
  const opened: TableFill[] = [];
  const open = async (table: string, columns: readonly string[], freeze = false) => {
    const fill = await db.fillTable(table, columns, { freeze });
    opened.push(fill);
    return fill;
  };
  try {
    return {
      // Not frozen: COPY FREEZE refuses a partitioned table.
      sessions: await open('sessions', SESSION_ROW_COLUMNS),
      messages: await open('messages', ['session_id', 'seq', 'at', 'body'], true),
      notes: await open('notes', ['id', 'session_id', 'at', 'body'], true),
      details: await open('session_details', ['session_id', 'body'], true),
    };
  } catch (error) {
    await abortAll(opened);
    throw error;
  }
}

/** Rolls back every fill (not in place of the error that made the load stop). */
async function abortAll(fills: readonly TableFill[]): Promise<void> {
  await Promise.all(fills.map((fill) => fill.abort().catch(() => undefined)));
}

/**
 * The tables of a chunk are COPYed at the same time, each on its own connection: on a PostgreSQL
 * server each COPY is parsed by its own backend process, so sessions and messages (the two large
 * ones) use two cores. PGlite runs them one after the other.
 */
async function copyIn(db: Database, fills: Fills, text: ChunkBytes): Promise<void> {
  await Promise.all([
    fills.sessions.copy(text.sessions),
    fills.messages.copy(text.messages),
    text.notes.length > 0 ? fills.notes.copy(text.notes) : undefined,
    fills.details.copy(text.details),
    db.query(upsertParticipantsSql(), [text.participants]),
  ]);
}

/**
 * Chunk texts from worker threads (one per core), in order, a few ahead of the COPY: the
 * JavaScript side (generating and analysing transcripts) and the database work at the same time.
 * The main thread only passes bytes to the database, so it needs no core of its own. With a
 * single core, or with `workers: 0`, chunks are built inline.
 */
async function* chunkTexts(search: ServerSearch, jobs: readonly ChunkJob[], workerCount: number): AsyncGenerator<ChunkBytes> {
  if (workerCount === 0) {
    for (const job of jobs) yield chunkBytes(search, job);
    return;
  }
  // A young generation larger than the default: a chunk makes ~100 MB of short-lived strings, and
  // with the default each collection copies live ones again (a quarter of a worker's time).
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./load-worker.mjs', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 192 } }));
  const run = (worker: Worker, job: ChunkJob) =>
    new Promise<ChunkBytes>((resolve, reject) => {
      const onMessage = (reply: { ok: boolean; text?: ChunkBytes; error?: string }) => {
        worker.off('error', onError);
        if (reply.ok) resolve(reply.text!);
        else reject(new Error(reply.error));
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        reject(error);
      };
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(job);
    });
  try {
    // Worker i takes jobs i, i + n, …, one at a time; at most two rounds wait ahead of the COPY,
    // so memory stays bounded however many sessions are loaded.
    const tails: Promise<unknown>[] = workers.map(() => Promise.resolve());
    const ahead: Promise<ChunkBytes>[] = [];
    let next = 0;
    const schedule = () => {
      const job = jobs[next]!;
      const slot = next++ % workers.length;
      const result = tails[slot]!.then(() => run(workers[slot]!, job));
      tails[slot] = result.catch(() => undefined);
      ahead.push(result);
    };
    while (next < jobs.length && ahead.length < workers.length * 2) schedule();
    while (ahead.length > 0) {
      const text = await ahead.shift()!;
      if (next < jobs.length) schedule();
      yield text;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Loads `sessions` ended sessions (spread over up to ~3 years) and a few live ones. */
export async function loadDemoData(db: Database, search: ServerSearch, options: LoadOptions): Promise<void> {
  const seed = options.seed ?? 1;
  const now = options.now ?? Date.now();
  const locale = options.locale ?? 'cs';
  const total = options.sessions;
  const days = Math.min(1100, Math.max(90, Math.round(total / 1000)));
  const startedAt = Date.now();
  const progress = options.onProgress ?? ((loaded: number) => progressBar(loaded, total, startedAt));
  await createSchema(db, now - days * 86_400_000 - 86_400_000, now + 31 * 86_400_000, { indexes: false });
  const jobs: ChunkJob[] = [];
  for (let start = 0; start < total; start += CHUNK) jobs.push({ seed, total, days, now, locale, start, end: Math.min(total, start + CHUNK) });
  const cores = availableParallelism();
  const workerCount = options.workers ?? (total > CHUNK && cores > 1 ? cores : 0);
  // Vacuumed and analysed once at the end, not again and again as they fill.
  await pauseAutovacuum(db, true);
  try {
    const fills = await openFills(db);
    const all: TableFill[] = [fills.sessions, fills.messages, fills.notes, fills.details];
    try {
      let loaded = 0;
      for await (const text of chunkTexts(search, jobs, workerCount)) {
        await copyIn(db, fills, text);
        loaded += text.count;
        progress(loaded, total);
      }
      const clients = new ClientPool(seed, Math.max(50, Math.floor(total * 0.6)));
      const live = Array.from({ length: options.live ?? 40 }, (_, i) =>
        makeLiveSession({ seed, index: total + i, now, clients, state: i % 3 === 0 ? 'waiting' : 'active', fresh: false }),
      );
      await copyIn(db, fills, copyBytes(search, locale, seed, live, live.length));
    } catch (error) {
      await abortAll(all);
      throw error;
    }
    await Promise.all(all.map((fill) => fill.commit()));
    // What autovacuum would have done as they filled (PGlite has no autovacuum to stand in for).
    await createIndexes(db, { vacuum: db.kind === 'postgres' ? LOADED_TABLES : [] });
  } finally {
    // Not in place of the load's own error (the server turns autovacuum back on at each start).
    await pauseAutovacuum(db, false).catch(() => undefined);
  }
}
