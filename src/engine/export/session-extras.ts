/**
 * Summaries carry no messages or notes, so exports take them separately: from the session itself
 * when it is a `DetailedSession`, from a `details` lookup, or (async exports) from a batch loader the
 * store implements with `adapter.getTranscripts` / `getSession`.
 */
import type { Message, Note, SessionSummary } from '../../model/index.js';

/** What an export needs beyond the summary. */
export interface SessionExtras {
  messages?: readonly Message[];
  notes?: readonly Note[];
}

/**
 * A lookup by session id: a record (`adapter.getTranscripts` output works as is, since a bare
 * message array counts as `{ messages }`), a Map, or a function.
 */
export type SessionExtrasSource =
  | Readonly<Record<string, SessionExtras | readonly Message[] | undefined>>
  | ReadonlyMap<string, SessionExtras | readonly Message[]>
  | ((id: string) => SessionExtras | readonly Message[] | undefined);

/** Loads extras for a batch of sessions, e.g. `(ids, signal) => adapter.getTranscripts(ids, signal)`. */
export type SessionExtrasLoader = (
  ids: readonly string[],
  signal: AbortSignal,
) => Promise<Exclude<SessionExtrasSource, (id: string) => unknown>>;

const NONE: SessionExtras = {};

function normalise(found: SessionExtras | readonly Message[] | undefined): SessionExtras {
  if (!found) return NONE;
  return Array.isArray(found) ? { messages: found as readonly Message[] } : (found as SessionExtras);
}

function isMapLike(source: object): source is ReadonlyMap<string, SessionExtras | readonly Message[]> {
  const candidate = source as { get?: unknown; has?: unknown };
  return typeof candidate.get === 'function' && typeof candidate.has === 'function';
}

function lookup(source: SessionExtrasSource | undefined, id: string): SessionExtras {
  if (!source) return NONE;
  if (typeof source === 'function') return normalise(source(id));
  // Any ReadonlyMap, not only a `Map` instance: the store's sessions are an IdMap. A record's
  // values are never functions, so `get` and `has` tell the two apart.
  if (isMapLike(source)) return normalise(source.get(id));
  // Own properties only: a session id like `__proto__` must not reach the prototype.
  const record = source;
  return Object.prototype.hasOwnProperty.call(record, id) ? normalise(record[id]) : NONE;
}

/** The session's own messages/notes win; the lookup fills what it lacks. */
export function extrasFor(session: SessionSummary, source: SessionExtrasSource | undefined): SessionExtras {
  const own = session as SessionSummary & SessionExtras;
  if (own.messages && own.notes) return own;
  const found = lookup(source, session.id);
  if (!own.messages && !own.notes) return found;
  return { messages: own.messages ?? found.messages, notes: own.notes ?? found.notes };
}

/**
 * Walks sessions in batches, loading the next batch's extras while the current one is written,
 * so a slow host and a busy writer overlap.
 */
export async function* batchesWithExtras(
  sessions: readonly SessionSummary[],
  batchSize: number,
  load: SessionExtrasLoader | undefined,
  signal: AbortSignal,
): AsyncGenerator<{ start: number; end: number; extras: SessionExtrasSource | undefined }> {
  const fetchBatch = (start: number) =>
    load ? load(sessions.slice(start, start + batchSize).map((s) => s.id), signal) : Promise.resolve(undefined);
  let pending = sessions.length > 0 ? fetchBatch(0) : undefined;
  for (let start = 0; start < sessions.length; start += batchSize) {
    const extras = await pending!;
    const next = start + batchSize;
    pending = next < sessions.length ? fetchBatch(next) : undefined;
    // A rejected prefetch must not become an unhandled rejection if this batch throws first.
    pending?.catch(() => undefined);
    yield { start, end: Math.min(next, sessions.length), extras };
  }
}
