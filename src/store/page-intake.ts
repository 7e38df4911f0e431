/**
 * Taking pages of sessions from the host into the store's maps: validation, duplicate ids,
 * version order, and, after a complete load, forgetting what the host no longer lists.
 */
import { validateSummary } from '../adapter/index.js';
import type { Mode, SessionSummary } from '../model/index.js';

export interface InvalidRecord {
  id?: string;
  problems: string[];
}

export interface SessionMaps {
  sessions: Map<string, SessionSummary>;
  versions: Map<string, number>;
  seenMessages: Map<string, Set<string>>;
}

/** Adds a page; returns the ids accepted (in page order) and the records refused. */
export function intakePage(maps: SessionMaps, records: readonly unknown[]): { accepted: string[]; invalid: InvalidRecord[] } {
  const accepted: string[] = [];
  const invalid: InvalidRecord[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const result = validateSummary(record);
    if (!result.ok) {
      invalid.push({ id: result.id, problems: result.problems });
      continue;
    }
    const session = result.value;
    if (seen.has(session.id)) {
      invalid.push({ id: session.id, problems: ['id: duplicated within one page; the first record is kept'] });
      continue;
    }
    seen.add(session.id);
    accepted.push(session.id);
    const known = maps.versions.get(session.id);
    if (known === undefined || session.version >= known) {
      maps.sessions.set(session.id, session);
      maps.versions.set(session.id, session.version);
    }
  }
  return { accepted, invalid };
}

/**
 * After a complete load of a mode, sessions of that mode the host no longer lists are gone
 * (a live one ended while we were not listening, a history one was deleted): drop them.
 * Returns whether any was dropped.
 */
export function dropMissing(maps: SessionMaps, mode: Mode, received: ReadonlySet<string>): boolean {
  let dropped = false;
  for (const [id, session] of maps.sessions) {
    if ((session.state !== 'ended') === (mode === 'live') && !received.has(id)) {
      maps.sessions.delete(id);
      maps.versions.delete(id);
      maps.seenMessages.delete(id);
      dropped = true;
    }
  }
  return dropped;
}
