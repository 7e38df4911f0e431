/**
 * Mutations: re-route, add a note, contact the client, ban and unban. Each runs in one
 * transaction together with its idempotency key: the key's row is inserted first, so a concurrent
 * retry with the same key waits on it and then returns the stored answer instead of acting again.
 */
import { CONTACTABLE_CHANNELS, type Ban, type Note, type RoutingStep, type SessionSummary } from '../../src/model/index.js';
import type { Database, Queryable } from './database.js';
import { HttpError } from './http-util.js';
import { readSummary, writeSession, type WriteContext } from './session-writes.js';
import type { RoutingDirectory } from './routing.js';

export interface MutationContext extends WriteContext {
  db: Database;
  routing: RoutingDirectory;
  viewer: { id: string; name: string };
}

/** Runs `act` at most once per key; a repeat gets the first answer. Without a key it just runs. */
async function once<T>(ctx: MutationContext, key: string | undefined, operation: string, act: (tx: Queryable) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    if (key) {
      const inserted = await tx.query(
        'INSERT INTO idempotency_keys (key, operation, created_at) VALUES ($1::text, $2::text, $3::bigint) ON CONFLICT (key) DO NOTHING RETURNING key',
        [key, operation, Date.now()],
      );
      if (inserted.rows.length === 0) {
        const { rows } = await tx.query<{ operation: string; response: { value: T } | null }>(
          'SELECT operation, response FROM idempotency_keys WHERE key = $1::text',
          [key],
        );
        if (rows[0]?.operation !== operation) throw new HttpError(422, 'Idempotency-Key reused for another operation');
        return rows[0].response?.value as T;
      }
    }
    const result = await act(tx);
    if (key) await tx.query('UPDATE idempotency_keys SET response = $2::jsonb WHERE key = $1::text', [key, JSON.stringify({ value: result ?? null })]);
    return result;
  });
}

async function readDetails(tx: Queryable, id: string): Promise<Record<string, unknown>> {
  const { rows } = await tx.query<{ body: Record<string, unknown> }>('SELECT body FROM session_details WHERE session_id = $1::text FOR UPDATE', [id]);
  return rows[0]?.body ?? { routing: [], recordings: [] };
}

async function writeDetails(tx: Queryable, id: string, body: Record<string, unknown>): Promise<void> {
  await tx.query(
    'INSERT INTO session_details (session_id, body) VALUES ($1::text, $2::jsonb) ON CONFLICT (session_id) DO UPDATE SET body = EXCLUDED.body',
    [id, JSON.stringify(body)],
  );
}

function text(value: unknown, name: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') throw new HttpError(400, `${name} is required`);
  if (value.length > max) throw new HttpError(400, `${name} is too long`);
  return value;
}

export function reroute(ctx: MutationContext, id: string, body: Record<string, unknown>, key?: string) {
  const target = body.target as { kind?: unknown; id?: unknown } | undefined;
  const found = target && typeof target.id === 'string' ? ctx.routing.find(target.id) : undefined;
  if (!found || (target!.kind !== 'operator' && target!.kind !== 'group')) throw new HttpError(400, 'Unknown routing target');
  return once(ctx, key, `reroute:${id}`, async (tx) => {
    const session = await readSummary(tx, id, true);
    if (session.state === 'ended') throw new HttpError(409, 'The session has ended');
    const details = await readDetails(tx, id);
    const step: RoutingStep = {
      id: `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      kind: 'rerouted',
      at: Date.now(),
      target: { kind: found.kind, id: found.id, name: found.name },
      by: ctx.viewer,
      status: 'done',
    };
    await writeDetails(tx, id, { ...details, routing: [...((details.routing as RoutingStep[]) ?? []), step] });
    const next: SessionSummary =
      found.kind === 'operator'
        ? { ...session, operators: [{ id: found.id, name: found.name }], state: 'active' }
        : { ...session, group: { id: found.id, name: found.name }, operators: [], state: 'waiting' };
    await writeSession(tx, ctx, next, 'session-upserted');
    return undefined;
  });
}

export function addNote(ctx: MutationContext, id: string, body: Record<string, unknown>, key?: string): Promise<Note> {
  const noteText = text(body.text, 'text', 10_000);
  return once(ctx, key, `note:${id}`, async (tx) => {
    const session = await readSummary(tx, id, true);
    const note: Note = {
      id: `n-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      at: Date.now(),
      authorId: ctx.viewer.id,
      authorName: ctx.viewer.name,
      text: noteText,
    };
    await tx.query('INSERT INTO notes (id, session_id, at, body) VALUES ($1::text, $2::text, $3::bigint, $4::jsonb)', [note.id, id, note.at, JSON.stringify(note)]);
    await writeSession(tx, ctx, { ...session, noteCount: session.noteCount + 1 }, 'session-upserted');
    return note;
  });
}

export function contactClient(ctx: MutationContext, id: string, key?: string): Promise<{ sessionId: string }> {
  return once(ctx, key, `contact:${id}`, async (tx) => {
    const session = await readSummary(tx, id);
    if (session.state !== 'ended') throw new HttpError(409, 'The session is still live');
    if (!CONTACTABLE_CHANNELS.includes(session.channel)) throw new HttpError(409, 'The client cannot be contacted on this channel');
    const now = Date.now();
    const sessionId = `${session.id}-c${now.toString(36)}`;
    const opened: SessionSummary = {
      ...session,
      id: sessionId,
      state: 'waiting',
      startedAt: now,
      acceptedAt: undefined,
      endedAt: undefined,
      endReason: undefined,
      operators: [],
      messageCount: 0,
      lastMessageAt: undefined,
      lastMessagePreview: undefined,
      hasRecording: false,
      noteCount: 0,
      version: 0,
    };
    await writeSession(tx, ctx, JSON.parse(JSON.stringify(opened)) as SessionSummary, 'session-upserted');
    return { sessionId };
  });
}

export function banClient(ctx: MutationContext, id: string, body: Record<string, unknown>, key?: string): Promise<Ban> {
  const reason = text(body.reason, 'reason', 1000);
  const until = typeof body.until === 'number' && Number.isFinite(body.until) ? body.until : undefined;
  return once(ctx, key, `ban:${id}`, async (tx) => {
    await readSummary(tx, id);
    const details = await readDetails(tx, id);
    const ban: Ban = { reason, at: Date.now(), by: ctx.viewer, ...(until !== undefined ? { until } : {}) };
    await writeDetails(tx, id, { ...details, ban });
    return ban;
  });
}

export function unbanClient(ctx: MutationContext, id: string, key?: string): Promise<undefined> {
  return once(ctx, key, `unban:${id}`, async (tx) => {
    await readSummary(tx, id);
    const { ban: _ban, ...details } = await readDetails(tx, id);
    await writeDetails(tx, id, details);
    return undefined;
  });
}
