/**
 * One flush of the live feed's queued changes (live-feed.ts): applied to the session maps
 * (validated, deduplicated by version: live-changes.ts) with the per-session bookkeeping kept
 * bounded. Loaded with the validation (validated-intake.ts), which every change waits for anyway.
 */
import type { CheckedLiveChange, LiveChange } from '../adapter/index.js';
import type { Message, RoutingTarget } from '../model/index.js';
import { applyLiveChanges } from './live-changes.js';
import type { InvalidRecord, SessionMaps } from './page-intake.js';

/**
 * Versions of sessions no longer held are kept for this many (a late, stale upsert must not bring
 * a removed session back), the oldest forgotten first: a long live feed must not grow without bound.
 */
const MAX_FORGOTTEN_VERSIONS = 2000;

/**
 * Message ids of ended sessions are kept for this many of them, the longest ended forgotten first:
 * a repeat soon after the end is still known by its id, a later one by its version (see
 * `live-changes.ts`). Kept for every ended session, they were a Set per session for as long as the
 * page lived — a feed's whole history of message ids, marked by every major garbage collection.
 */
const MAX_ENDED_WITH_MESSAGE_IDS = 256;

/** What one flush of queued changes did, for the rest of the store to follow. */
export interface AppliedLiveChanges {
  /** Ids of sessions added, replaced or removed (the view must follow them). */
  changedSessions: string[];
  /** Availability of routing targets changed (`host.targets` holds the new values). */
  targetsChanged: boolean;
  /** Messages appended per session id, for open detail panels and the search index. */
  appended: Map<string, Message[]>;
  /** Changes that passed validation, in arrival order (stale ones included). */
  valid: CheckedLiveChange[];
  /** Ids of sessions removed and no longer held. */
  removed: string[];
  /** Sessions were added (the search index grows). */
  grew: boolean;
  problems: InvalidRecord[];
}

/** What the feed remembers between flushes to keep its bookkeeping bounded. */
export interface LiveBookkeeping {
  /** Ids whose version is kept though the session is no longer held, the longest gone first. */
  readonly tombstones: Set<string>;
  /** Ended sessions whose message ids are still kept, the longest ended first. */
  readonly endedWithMessageIds: Set<string>;
  /** Sessions not held with messages that came before their summary (see `SeenMessages.addEarly`). */
  readonly awaitingSummary: Set<string>;
}

/**
 * Applies `changes` to the maps and the targets. While a load's pages are on their way
 * (`pageOnItsWay`), messages of sessions not held wait for their summary; once none is, what
 * still waits is forgotten.
 */
export function applyQueuedChanges(
  changes: LiveChange[],
  maps: SessionMaps,
  targets: Map<string, RoutingTarget>,
  bookkeeping: LiveBookkeeping,
  pageOnItsWay: boolean,
): AppliedLiveChanges {
  const { sessions } = maps;
  const sizeBefore = sessions.size;
  const effects = applyLiveChanges(sessions, maps.versions, changes, maps.seenMessages, pageOnItsWay);
  // Only validated changes go further: a null in the feed must not throw the frame away.
  const valid = effects.valid;
  for (const target of effects.targets) targets.set(target.id, target);
  const removed = valid.filter((c) => c.type === 'session-removed' && !sessions.has(c.id)).map((c) => c.id);
  forgetGoneSessions(valid, maps, bookkeeping);
  forgetMessageIdsOfEnded(valid, maps, bookkeeping.endedWithMessageIds);
  if (!pageOnItsWay) forgetEarlyMessages(maps, bookkeeping.awaitingSummary);
  return {
    changedSessions: effects.sessionsChanged ? valid.filter(isSessionChange).map((change) => change.id) : [],
    targetsChanged: effects.targets.length > 0,
    appended: effects.appended,
    valid,
    removed,
    grew: sessions.size > sizeBefore - removed.length,
    problems: effects.problems,
  };
}

/**
 * Bounds the live bookkeeping: message ids of sessions gone, versions of long-gone ones. Only
 * the ids this flush touched are looked at (a scan of every held session on each flush cost
 * milliseconds at 100k sessions, ten times a second, once the first 2,000 had gone).
 */
function forgetGoneSessions(valid: readonly CheckedLiveChange[], maps: SessionMaps, bookkeeping: LiveBookkeeping): void {
  const { sessions: held, versions, seenMessages } = maps;
  const { tombstones, awaitingSummary } = bookkeeping;
  for (const change of valid) {
    if (!isSessionChange(change) || held.has(change.id)) continue;
    // Messages that came before their session's summary wait for it (SeenMessages.catchUp).
    if (change.type !== 'session-removed' && seenMessages.get(change.id)?.waiting) awaitingSummary.add(change.id);
    else {
      seenMessages.delete(change.id);
      awaitingSummary.delete(change.id);
    }
    // Re-added at the end: the most recently gone are forgotten last.
    tombstones.delete(change.id);
    tombstones.add(change.id);
  }
  trimOldest(tombstones, MAX_FORGOTTEN_VERSIONS, (id) => {
    // A newer upsert may have brought it back: its version is live bookkeeping again.
    if (!held.has(id)) versions.delete(id);
  });
}

/** No page is on its way to bring their summary: messages that waited for it are forgotten. */
function forgetEarlyMessages(maps: SessionMaps, awaitingSummary: Set<string>): void {
  for (const id of awaitingSummary) if (!maps.sessions.has(id)) maps.seenMessages.delete(id);
  awaitingSummary.clear();
}

/**
 * Message ids are kept for live sessions and the last `MAX_ENDED_WITH_MESSAGE_IDS` that ended;
 * only the sessions this flush touched are looked at.
 */
function forgetMessageIdsOfEnded(valid: readonly CheckedLiveChange[], maps: SessionMaps, ended: Set<string>): void {
  const { sessions: held, seenMessages } = maps;
  for (const change of valid) {
    if (!isSessionChange(change) || !seenMessages.has(change.id) || held.get(change.id)?.state !== 'ended') continue;
    ended.delete(change.id);
    ended.add(change.id);
  }
  trimOldest(ended, MAX_ENDED_WITH_MESSAGE_IDS, (id) => {
    // A session brought back to life keeps its ids: its messages are counted by them again.
    if (held.get(id)?.state === 'ended') seenMessages.delete(id);
  });
}

/** Drops the oldest ids of `ids` (a Set iterates in insertion order) beyond `max`, telling `forget` each. */
function trimOldest(ids: Set<string>, max: number, forget: (id: string) => void): void {
  let excess = ids.size - max;
  for (const id of ids) {
    if (excess <= 0) return;
    ids.delete(id);
    excess -= 1;
    forget(id);
  }
}

/** A validated change that concerns a session (not a routing target's availability). */
function isSessionChange(change: CheckedLiveChange): boolean {
  return change.type !== 'availability-changed';
}
