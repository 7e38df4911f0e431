/**
 * The store's live feed: subscribing to the host's changes (a host whose `subscribe` misbehaves
 * gets an error state, not an exception), queueing them until the next flush, applying them to
 * the session maps (validated, deduplicated by version, see `live-changes.ts`) and keeping the
 * per-session bookkeeping (versions of sessions gone, message ids of sessions ended) bounded on a
 * feed that runs for days.
 */
import { SessionViewError, toSessionViewError, type CheckedLiveChange, type LiveChange, type SessionAdapter } from '../adapter/index.js';
import type { Message, RoutingTarget } from '../model/index.js';
import { loadValidation, prefetchValidation, validationNow } from './validation.js';
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

export interface LiveFeedHost {
  /** The maps live changes apply to (shared with page intake). */
  readonly maps: SessionMaps;
  /** Routing targets by id, updated by availability changes. */
  readonly targets: Map<string, RoutingTarget>;
  /** Asks for a flush (once per frame), which calls `apply`. */
  schedule(): void;
  /** `subscribe()` failed: the store shows the error with Retry. */
  failed(error: SessionViewError): void;
}

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

export class LiveFeed {
  #unsubscribe: (() => void) | undefined;
  #queue: LiveChange[] = [];
  /** Ids whose version is kept though the session is no longer held, the longest gone first. */
  readonly #tombstones = new Set<string>();
  /** Ended sessions whose message ids are still kept, the longest ended first. */
  readonly #endedWithMessageIds = new Set<string>();
  /** Changes are taken (also those a host delivers from inside its `subscribe()` call). */
  #listening = false;

  constructor(
    private readonly adapter: SessionAdapter,
    private readonly enabled: boolean,
    private readonly host: LiveFeedHost,
  ) {}

  /** Changes are waiting for the next flush (and can be validated: see validation.ts). */
  get pending(): boolean {
    return this.#queue.length > 0 && validationNow() !== undefined;
  }

  /** Entries of the bookkeeping (versions, message ids), for leak tests. */
  get bookkeeping(): { versions: number; seenMessages: number } {
    return { versions: this.host.maps.versions.size, seenMessages: this.host.maps.seenMessages.size };
  }

  /**
   * Subscribes (once). A host whose `subscribe()` throws, or returns something other than an
   * unsubscribe function, gets an error state with Retry (which subscribes again) instead of an
   * exception escaping an element's update and leaving a blank view. False when it failed.
   */
  start(): boolean {
    if (!this.enabled || typeof this.adapter.subscribe !== 'function' || this.#unsubscribe) return true;
    // Changes are validated before they apply: asked for with the subscription (validation.ts).
    void prefetchValidation();
    let unsubscribe: unknown;
    this.#listening = true;
    try {
      unsubscribe = this.adapter.subscribe((change) => this.#receive(change));
    } catch (error) {
      console.error('[session-view] The adapter\'s subscribe() threw:', error);
      this.#listening = false;
      this.host.failed(toSessionViewError(error));
      return false;
    }
    if (typeof unsubscribe !== 'function') {
      console.error('[session-view] The adapter\'s subscribe() must return an unsubscribe function; it returned', unsubscribe);
      this.#listening = false;
      // 'unknown', not 'invalid-data': a host that fixes itself (or a flaky one) deserves the Retry.
      this.host.failed(new SessionViewError('unknown', 'subscribe() must return an unsubscribe function.'));
      return false;
    }
    this.#unsubscribe = unsubscribe as () => void;
    return true;
  }

  /** Unsubscribes and drops what was queued. */
  stop(): void {
    const unsubscribe = this.#unsubscribe;
    this.#unsubscribe = undefined;
    this.#listening = false;
    this.#queue = [];
    try {
      unsubscribe?.();
    } catch (error) {
      // The host's unsubscribe failing must not stop the teardown (or an adapter swap).
      console.error('[session-view] The adapter\'s unsubscribe function threw:', error);
    }
  }

  /** Applies the queued changes to the maps. */
  apply(): AppliedLiveChanges {
    const changes = this.#queue;
    this.#queue = [];
    const { sessions } = this.host.maps;
    const sizeBefore = sessions.size;
    const { applyLiveChanges } = validationNow()!;
    const effects = applyLiveChanges(sessions, this.host.maps.versions, changes, this.host.maps.seenMessages);
    // Only validated changes go further: a null in the feed must not throw the frame away.
    const valid = effects.valid;
    for (const target of effects.targets) this.host.targets.set(target.id, target);
    const removed = valid.filter((c) => c.type === 'session-removed' && !sessions.has(c.id)).map((c) => c.id);
    this.#forgetGoneSessions(valid);
    this.#forgetMessageIdsOfEnded(valid);
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

  #receive(change: LiveChange): void {
    if (!this.#listening) return;
    this.#queue.push(change);
    if (validationNow()) return this.host.schedule();
    // Changes before the validation has come wait for it (a failed load fails the page load too).
    loadValidation().then(
      () => this.host.schedule(),
      () => {},
    );
  }

  /**
   * Bounds the live bookkeeping: message ids of sessions gone, versions of long-gone ones. Only
   * the ids this flush touched are looked at (a scan of every held session on each flush cost
   * milliseconds at 100k sessions, ten times a second, once the first 2,000 had gone).
   */
  #forgetGoneSessions(valid: readonly CheckedLiveChange[]): void {
    const { sessions: held, versions, seenMessages } = this.host.maps;
    for (const change of valid) {
      if (!isSessionChange(change) || held.has(change.id)) continue;
      seenMessages.delete(change.id);
      // Re-added at the end: the most recently gone are forgotten last.
      this.#tombstones.delete(change.id);
      this.#tombstones.add(change.id);
    }
    let excess = this.#tombstones.size - MAX_FORGOTTEN_VERSIONS;
    for (const id of this.#tombstones) {
      if (excess <= 0) break;
      this.#tombstones.delete(id);
      excess -= 1;
      // A newer upsert may have brought it back: its version is live bookkeeping again.
      if (!held.has(id)) versions.delete(id);
    }
  }

  /**
   * Message ids are kept for live sessions and the last `MAX_ENDED_WITH_MESSAGE_IDS` that ended;
   * only the sessions this flush touched are looked at.
   */
  #forgetMessageIdsOfEnded(valid: readonly CheckedLiveChange[]): void {
    const { sessions: held, seenMessages } = this.host.maps;
    const ended = this.#endedWithMessageIds;
    for (const change of valid) {
      if (!isSessionChange(change) || !seenMessages.has(change.id) || held.get(change.id)?.state !== 'ended') continue;
      ended.delete(change.id);
      ended.add(change.id);
    }
    let excess = ended.size - MAX_ENDED_WITH_MESSAGE_IDS;
    for (const id of ended) {
      if (excess <= 0) break;
      ended.delete(id);
      excess -= 1;
      // A session brought back to life keeps its ids: its messages are counted by them again.
      if (held.get(id)?.state === 'ended') seenMessages.delete(id);
    }
  }
}

/** A validated change that concerns a session (not a routing target's availability). */
function isSessionChange(change: CheckedLiveChange): boolean {
  return change.type !== 'availability-changed';
}
