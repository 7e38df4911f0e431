/**
 * The store's live feed: subscribing to the host's changes (a host whose `subscribe` misbehaves
 * gets an error state, not an exception) and queueing them until the next flush, which applies
 * them with the validation's code (live-apply.ts: validated, deduplicated by version, the
 * per-session bookkeeping bounded on a feed that runs for days).
 */
import { SessionViewError, toSessionViewError, type LiveChange, type SessionAdapter } from '../adapter/index.js';
import type { RoutingTarget } from '../model/index.js';
import { loadValidation, prefetchValidation, validationNow } from './validation.js';
import type { SessionMaps } from './page-intake.js';
import type { AppliedLiveChanges, LiveBookkeeping } from './live-apply.js';

export type { AppliedLiveChanges } from './live-apply.js';

export interface LiveFeedHost {
  /** The maps live changes apply to (shared with page intake). */
  readonly maps: SessionMaps;
  /** Routing targets by id, updated by availability changes. */
  readonly targets: Map<string, RoutingTarget>;
  /** Asks for a flush (once per frame), which calls `apply`. */
  schedule(): void;
  /** `subscribe()` failed: the store shows the error with Retry. */
  failed(error: SessionViewError): void;
  /** A load's pages are on their way (live messages may come before their session's summary). */
  pageOnItsWay(): boolean;
}

export class LiveFeed {
  #unsubscribe: (() => void) | undefined;
  #queue: LiveChange[] = [];
  readonly #bookkeeping: LiveBookkeeping = { tombstones: new Set(), endedWithMessageIds: new Set(), awaitingSummary: new Set() };
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

  /** Applies the queued changes to the maps (once the validation is in: see `pending`). */
  apply(): AppliedLiveChanges {
    const changes = this.#queue;
    this.#queue = [];
    return validationNow()!.applyQueuedChanges(changes, this.host.maps, this.host.targets, this.#bookkeeping, this.host.pageOnItsWay());
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
}
