/// <reference types="node" />
/**
 * GET /export.csv — every matching row through the library's CSV writer, streamed as it is read.
 *
 * On a PostgreSQL server one query feeds a server-side cursor read in batches: one plan and one
 * index scan for the whole file, where keyset pages planned and re-seeked the index once per page.
 * On PGlite (one in-process connection) a cursor's transaction would hold that connection, and so
 * every other request, for the whole download; there the export reads keyset pages instead.
 * A client that goes away mid-download ends the read: the cursor's transaction is rolled back and
 * its connection returned to the pool at the next batch.
 */
import type { ServerResponse } from 'node:http';
import type { SessionQuery } from '../../src/model/query.js';
import type { SessionSummary } from '../../src/model/session.js';
import { sessionsToCsv } from '../../src/engine/export/index.js';
import { compileQuery } from '../../src/server/index.js';
import type { Queryable } from './database.js';
import { HttpError, jsonParam } from './http-util.js';
import { queryFrom, type ReadContext } from './routes-read.js';

/** Rows per keyset page (PGlite). */
export const EXPORT_PAGE = 2000;
/** Rows per FETCH from the cursor (PostgreSQL server): large enough that round trips do not count. */
export const EXPORT_BATCH = 5000;

const DEFAULT_COLUMNS = ['startedAt', 'clientName', 'channel', 'operator', 'duration', 'endReason'];

interface ExportRow {
  summary: SessionSummary;
  sort_values: unknown[];
}

/** The client closed the connection before the file was complete. */
class ClientGone extends Error {}

/** Writes to the response, waiting for `drain` when its buffer is full; rejects once the client is gone. */
function responseWriter(response: ServerResponse): (text: string) => Promise<void> {
  // `close` before `end()` means the client went away; a write after it would wait for a `drain`
  // that never comes and keep the cursor's transaction open.
  let gone = false;
  response.once('close', () => {
    gone = true;
  });
  return async (text) => {
    if (gone || response.destroyed) throw new ClientGone();
    if (response.write(text)) return;
    await new Promise<void>((resolve, reject) => {
      const drained = () => {
        response.off('close', closed);
        resolve();
      };
      const closed = () => {
        response.off('drain', drained);
        reject(new ClientGone());
      };
      response.once('drain', drained);
      response.once('close', closed);
    });
  };
}

/** Formats one batch; every batch but the first without the BOM and the header line. */
function batchCsv(sessions: readonly SessionSummary[], columns: readonly string[], first: boolean, format: { locale: string; timeZone: string; now: number }): string {
  const { parts } = sessionsToCsv(sessions, { columns, bom: first, format });
  // sessionsToCsv keeps the header line in a part of its own (after the BOM's).
  return (first ? parts : parts.slice(1)).join('');
}

export async function exportCsv(ctx: ReadContext, params: URLSearchParams, response: ServerResponse): Promise<void> {
  const query = queryFrom(params);
  const columns = jsonParam<string[]>(params, 'columns', DEFAULT_COLUMNS);
  if (!Array.isArray(columns) || columns.some((column) => typeof column !== 'string')) throw new HttpError(400, 'columns must be a list');
  const format = { locale: ctx.locale, timeZone: ctx.timeZone, now: Date.now() };
  response.writeHead(200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': 'attachment; filename="sessions.csv"',
    'Cache-Control': 'no-store',
  });
  const write = responseWriter(response);
  let first = true;
  const writeBatch = async (rows: readonly ExportRow[]) => {
    await write(batchCsv(rows.map((row) => row.summary), columns, first, format));
    first = false;
  };
  try {
    if (ctx.db.kind === 'postgres') await ctx.db.transaction((tx) => readByCursor(ctx, query, format.now, tx, writeBatch));
    else await readByKeyset(ctx, query, format.now, writeBatch);
    // An empty result still gets its BOM and header line.
    if (first) await writeBatch([]);
  } catch (error) {
    if (error instanceof ClientGone) return;
    throw error;
  }
  response.end();
}

async function readByCursor(ctx: ReadContext, query: SessionQuery, now: number, tx: Queryable, writeBatch: (rows: readonly ExportRow[]) => Promise<void>): Promise<void> {
  const compiled = compileQuery(query, { dialect: 'postgres', now, timeZone: ctx.timeZone, search: ctx.search, unbounded: true });
  // NO SCROLL: read forward once; the cursor closes with the transaction (commit or rollback).
  await tx.query(`DECLARE export_rows NO SCROLL CURSOR FOR ${compiled.text}`, compiled.values);
  const fetchBatch = () => tx.query<ExportRow>(`FETCH ${EXPORT_BATCH} FROM export_rows`);
  let next = fetchBatch();
  try {
    for (;;) {
      const { rows } = await next;
      const more = rows.length === EXPORT_BATCH;
      // The server reads the next batch while this one is formatted and written.
      if (more) next = fetchBatch();
      if (rows.length > 0) await writeBatch(rows);
      if (!more) return;
    }
  } finally {
    // A batch still in flight when the client went away is dropped with the transaction.
    next.catch(() => undefined);
  }
}

async function readByKeyset(ctx: ReadContext, query: SessionQuery, now: number, writeBatch: (rows: readonly ExportRow[]) => Promise<void>): Promise<void> {
  let after: unknown[] | undefined;
  for (;;) {
    const compiled = compileQuery(query, { dialect: 'postgres', now, timeZone: ctx.timeZone, search: ctx.search, limit: EXPORT_PAGE, ...(after ? { after } : {}) });
    const { rows } = await ctx.db.query<ExportRow>(compiled.text, compiled.values);
    if (rows.length > 0) await writeBatch(rows);
    if (rows.length < EXPORT_PAGE) return;
    after = rows[rows.length - 1]!.sort_values;
  }
}
