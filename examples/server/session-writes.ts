/**
 * Every change to a session goes through here: the row is rebuilt from the summary (folded
 * values, collation keys and search terms recomputed with the browser's functions), the version
 * bumped, and the change appended to the change log in the same transaction — the log's sequence
 * number is the SSE event id, so a client that reconnects asks for exactly what it missed.
 */
import type { LiveChange } from '../../src/adapter/types.js';
import type { Message, Note, SessionSummary } from '../../src/model/index.js';
import { sessionRow, upsertSessionsParam, upsertSessionsSql, type ServerSearch } from '../../src/server/index.js';
import type { Queryable } from './database.js';
import { HttpError } from './http-util.js';

export const CHANGES_CHANNEL = 'session_changes';

export interface WriteContext {
  search: ServerSearch;
  locale: string;
}

export async function readSummary(tx: Queryable, id: string, lock = false): Promise<SessionSummary> {
  const { rows } = await tx.query<{ summary: SessionSummary }>(
    `SELECT summary FROM sessions WHERE id = $1::text${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (rows.length === 0) throw new HttpError(404, 'No such session');
  return rows[0]!.summary;
}

export async function readMessages(tx: Queryable, id: string): Promise<Message[]> {
  const { rows } = await tx.query<{ body: Message }>('SELECT body FROM messages WHERE session_id = $1::text ORDER BY seq', [id]);
  return rows.map((row) => row.body);
}

export async function readNotes(tx: Queryable, id: string): Promise<Note[]> {
  const { rows } = await tx.query<{ body: Note }>('SELECT body FROM notes WHERE session_id = $1::text ORDER BY at, id', [id]);
  return rows.map((row) => row.body);
}

/** Appends a change to the log and wakes the SSE streams (NOTIFY is delivered on commit). */
export async function logChange(tx: Queryable, change: LiveChange): Promise<void> {
  const { rows } = await tx.query<{ seq: string | number }>(
    'INSERT INTO changes (at, change) VALUES ($1::bigint, $2::jsonb) RETURNING seq',
    [Date.now(), JSON.stringify(change)],
  );
  await tx.query(`SELECT pg_notify('${CHANGES_CHANNEL}', $1::text)`, [String(rows[0]!.seq)]);
}

/**
 * Writes a new state of a session (version bumped past the stored one) and logs `type`.
 * Returns the stored summary.
 */
export async function writeSession(
  tx: Queryable,
  ctx: WriteContext,
  next: SessionSummary,
  type: 'session-upserted' | 'session-ended' | null,
): Promise<SessionSummary> {
  const messages = await readMessages(tx, next.id);
  const notes = await readNotes(tx, next.id);
  const session = { ...next, version: next.version + 1 };
  const row = sessionRow(session, ctx.search.searchTerms(session, messages, notes), ctx.locale);
  await tx.query(upsertSessionsSql(), [upsertSessionsParam([row])]);
  // `null`: the caller logs a change of its own for this version (a message with its session).
  if (type) await logChange(tx, { type, id: session.id, version: session.version, session: row.summary as SessionSummary });
  return row.summary as SessionSummary;
}
