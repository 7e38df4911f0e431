/**
 * The demo back end's "database": summaries in two lists (history and live), newest first, with
 * keyset paging. A keyset cursor (last seen `startedAt` + id) is what a real server would use and,
 * unlike offsets, stays correct while live sessions end and move into history mid-paging.
 */
import type { Mode, SessionSummary } from '../../model/index.js';
import { SessionViewError } from '../errors.js';

/** Newest first; equal start times ordered by id, descending, so the order is total. */
function before(a: SessionSummary, startedAt: number, id: string): boolean {
  return a.startedAt > startedAt || (a.startedAt === startedAt && a.id > id);
}

/** Index of the first session that comes strictly after the key. */
function firstAfter(list: readonly SessionSummary[], startedAt: number, id: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = list[middle]!;
    if (before(item, startedAt, id) || (item.startedAt === startedAt && item.id === id)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function indexOf(list: readonly SessionSummary[], session: SessionSummary): number {
  const index = firstAfter(list, session.startedAt, session.id) - 1;
  return index >= 0 && list[index]!.id === session.id ? index : -1;
}

export function encodeCursor(session: SessionSummary): string {
  return `k1.${session.startedAt}.${session.id}`;
}

function decodeCursor(cursor: string): { startedAt: number; id: string } {
  const match = /^k1\.(-?\d+)\.(.+)$/.exec(cursor);
  if (!match) throw new SessionViewError('invalid-data', `Demo adapter: unknown cursor "${cursor}"`);
  return { startedAt: Number(match[1]), id: match[2]! };
}

export interface PageSlice {
  sessions: SessionSummary[];
  nextCursor?: string;
  total: number;
  /** The session just before the page (for duplicate-id injection). */
  previous?: SessionSummary;
}

export class SessionRecords {
  private readonly history: SessionSummary[];
  private readonly live: SessionSummary[];
  private readonly byId = new Map<string, SessionSummary>();

  /** @param ended ended sessions, oldest first (as the generator makes them). */
  constructor(ended: SessionSummary[], live: SessionSummary[]) {
    this.history = ended.slice().reverse();
    this.live = live.slice().sort((a, b) => (before(a, b.startedAt, b.id) ? -1 : 1));
    for (const session of this.history) this.byId.set(session.id, session);
    for (const session of this.live) this.byId.set(session.id, session);
  }

  get(id: string): SessionSummary | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }

  liveSessions(): readonly SessionSummary[] {
    return this.live;
  }

  allHistory(): readonly SessionSummary[] {
    return this.history;
  }

  /** Inserts or replaces a session (by id), moving it between live and history when its state changed. */
  put(session: SessionSummary): void {
    this.remove(session.id);
    const list = session.state === 'ended' ? this.history : this.live;
    list.splice(firstAfter(list, session.startedAt, session.id), 0, session);
    this.byId.set(session.id, session);
  }

  /** Removes a session; returns what was removed. */
  remove(id: string): SessionSummary | undefined {
    const previous = this.byId.get(id);
    if (!previous) return undefined;
    const list = previous.state === 'ended' ? this.history : this.live;
    const index = indexOf(list, previous);
    if (index >= 0) list.splice(index, 1);
    this.byId.delete(id);
    return previous;
  }

  page(mode: Mode, cursor: string | undefined, limit: number): PageSlice {
    const list = mode === 'live' ? this.live : this.history;
    let start = 0;
    if (cursor !== undefined) {
      const key = decodeCursor(cursor);
      start = firstAfter(list, key.startedAt, key.id);
    }
    const sessions = list.slice(start, start + Math.max(1, limit));
    const last = sessions[sessions.length - 1];
    const more = start + sessions.length < list.length;
    return {
      sessions,
      nextCursor: more && last ? encodeCursor(last) : undefined,
      total: list.length,
      previous: start > 0 ? list[start - 1] : undefined,
    };
  }
}
