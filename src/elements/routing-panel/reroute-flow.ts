/**
 * The state of re-route intents, one per session: choosing a target, the second confirmation an
 * unavailable target needs, the call in flight, and its outcome. One intent keeps one idempotency
 * key, so a retry after a timeout cannot move the session twice; a double click makes one call.
 *
 * The panel shows one session at a time. Moving to another session shows that session's intent
 * (a fresh one unless a call for it is still in flight or failed unseen); a call in flight for the
 * session left behind still completes in the store, but its outcome never shows on another session.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SessionViewError, toSessionViewError, type AdapterErrorKind } from '../../store/errors.js';
import { emitPublic } from '../../events/emit.js';
import type { RoutingTarget } from '../../model/index.js';
import { newIdempotencyKey } from '../../store/idempotency-key.js';
import type { SessionStore } from '../../store/session-store.js';
import { unavailableReason } from './availability.js';
import type { RerouteEventDetail } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A second click this soon after the warning is the tail of a double click, not a decision. */
const SECOND_CONFIRMATION_GUARD_MS = 500;

/** One user's intent to re-route one session. */
export class RerouteIntent {
  /** The picker is shown. */
  expanded = false;
  targetId: string | undefined;
  /** The user was warned that the target is unavailable; the next confirmation goes through. */
  warned = false;
  warnedAt = 0;
  pending = false;
  /** The call failed, or (`unknown`) the user stopped waiting: the host may or may not have acted. */
  failure: { kind: AdapterErrorKind; targetName: string; unknown?: boolean } | undefined;
  /** Name of the target of the last successful re-route. */
  succeeded: string | undefined;
  key: string | undefined;

  resetChoice(): void {
    this.targetId = undefined;
    this.warned = false;
    this.key = undefined;
  }
}

export class RerouteFlow implements ReactiveController {
  targetsStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  targetsError: SessionViewError | undefined;

  /** Intents of sessions other than the shown one that still matter (in flight, or failed unseen). */
  private readonly kept = new Map<string, RerouteIntent>();
  private sessionId: string | undefined;
  private intent = new RerouteIntent();
  private targetsAbort: AbortController | undefined;
  private targetsCache: { targets: ReadonlyMap<string, RoutingTarget>; list: RoutingTarget[] } | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  get expanded(): boolean {
    return this.intent.expanded;
  }
  get targetId(): string | undefined {
    return this.intent.targetId;
  }
  get warned(): boolean {
    return this.intent.warned;
  }
  /** A re-route of the shown session is in flight. */
  get pending(): boolean {
    return this.intent.pending;
  }
  get failure(): RerouteIntent['failure'] {
    return this.intent.failure;
  }
  get succeeded(): string | undefined {
    return this.intent.succeeded;
  }

  /**
   * Shows the intent of `sessionId`: the one kept for it (a call in flight or a failure not yet
   * seen), else a fresh one. The intent left behind is kept only while it still matters.
   */
  showSession(sessionId: string | undefined): void {
    if (sessionId === this.sessionId) return;
    if (this.sessionId !== undefined && (this.intent.pending || this.intent.failure)) {
      // Its picker is closed: coming back shows the call in flight or its failure, not a half choice.
      if (!this.intent.pending) this.intent.expanded = false;
      this.kept.set(this.sessionId, this.intent);
    }
    this.sessionId = sessionId;
    const kept = sessionId === undefined ? undefined : this.kept.get(sessionId);
    if (sessionId !== undefined) this.kept.delete(sessionId);
    this.intent = kept ?? new RerouteIntent();
    this.host.requestUpdate();
  }

  /** Whether the intent behind a confirmation is still the one shown (the user did not move on). */
  isShown(intent: RerouteIntent): boolean {
    return intent === this.intent;
  }

  /** The intent shown now (captured by callers across awaits). */
  get current(): RerouteIntent {
    return this.intent;
  }

  /**
   * Takes over the session's re-route that the store still holds — in flight (the panel was
   * re-mounted, e.g. after a tab switch) or abandoned with its outcome unknown — so coming back
   * shows it instead of offering "Re-route…" again with a new key.
   */
  resume(store: SessionStore | undefined, sessionId: string | undefined): void {
    const intent = this.intent;
    if (!store || sessionId === undefined || intent.pending) return;
    const held = store.details.intents.get(sessionId, 'reroute');
    if (!held || intent.key === held.key) return;
    intent.expanded = true;
    intent.targetId = held.subject;
    intent.key = held.key;
    intent.succeeded = undefined;
    if (this.targetsStatus !== 'ready') void this.loadTargets(store);
    if (held.status === 'unknown') {
      intent.failure = { kind: 'aborted', targetName: held.subjectName, unknown: true };
      this.host.requestUpdate();
      return;
    }
    const target = store.targets.get(held.subject);
    const detail: RerouteEventDetail | undefined = target && { sessionId, target, idempotencyKey: held.key };
    void this.track(store, sessionId, intent, held.done as Promise<void>, held.subjectName, detail);
  }

  /** The user stops waiting for the shown session's re-route; its key stays for a retry. */
  abandon(store: SessionStore, sessionId: string): void {
    if (this.intent.pending) store.details.intents.abandon(sessionId, 'reroute');
  }

  hostDisconnected(): void {
    this.targetsAbort?.abort();
    if (this.targetsStatus === 'loading') this.targetsStatus = 'idle';
  }

  /** Targets with live availability (the store keeps them current); a stable array per change. */
  targets(store: SessionStore): RoutingTarget[] {
    const cache = this.targetsCache;
    const targets = store.targets;
    if (cache?.targets === targets) return cache.list;
    const list = [...targets.values()];
    this.targetsCache = { targets, list };
    return list;
  }

  expand(store: SessionStore): void {
    this.intent.expanded = true;
    this.intent.succeeded = undefined;
    this.intent.failure = undefined;
    this.host.requestUpdate();
    if (this.targetsStatus !== 'ready') void this.loadTargets(store);
  }

  collapse(): void {
    if (this.intent.pending) return;
    this.intent.expanded = false;
    this.intent.resetChoice();
    this.intent.failure = undefined;
    this.host.requestUpdate();
  }

  async loadTargets(store: SessionStore): Promise<void> {
    this.targetsAbort?.abort();
    const controller = new AbortController();
    this.targetsAbort = controller;
    this.targetsStatus = 'loading';
    this.targetsError = undefined;
    this.host.requestUpdate();
    try {
      await store.details.loadTargets(controller.signal);
      if (controller.signal.aborted) return;
      this.targetsStatus = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      this.targetsStatus = 'error';
      this.targetsError = toSessionViewError(error);
    }
    this.host.requestUpdate();
  }

  choose(targetId: string | undefined): void {
    const intent = this.intent;
    if (targetId === intent.targetId) return;
    intent.resetChoice();
    intent.targetId = targetId;
    intent.failure = undefined;
    this.host.requestUpdate();
  }

  /**
   * Confirms the chosen target: an unavailable one first asks again; then the cancelable
   * `sv-reroute-request`, then exactly one store call while nothing else is in flight.
   */
  async confirm(store: SessionStore, sessionId: string): Promise<void> {
    const intent = this.intent;
    if (intent.pending || !intent.targetId) return;
    const target = store.targets.get(intent.targetId);
    if (!target) return;
    if (unavailableReason(target)) {
      if (!intent.warned) {
        intent.warned = true;
        intent.warnedAt = performance.now();
        this.host.requestUpdate();
        return;
      }
      if (performance.now() - intent.warnedAt < SECOND_CONFIRMATION_GUARD_MS) return;
    }
    intent.key ??= newIdempotencyKey();
    const detail: RerouteEventDetail = { sessionId, target, idempotencyKey: intent.key };
    if (!emitPublic(this.host, 'sv-reroute-request', detail, { cancelable: true })) return;
    await this.track(store, sessionId, intent, store.details.reroute(sessionId, target, intent.key), target.name, detail);
  }

  /** Shows `call` as the intent's call in flight, then its outcome. */
  private async track(
    store: SessionStore,
    sessionId: string,
    intent: RerouteIntent,
    call: Promise<void>,
    targetName: string,
    detail: RerouteEventDetail | undefined,
  ): Promise<void> {
    intent.pending = true;
    intent.failure = undefined;
    this.host.requestUpdate();
    try {
      await call;
      intent.succeeded = targetName;
      intent.expanded = false;
      intent.resetChoice();
      if (detail) emitPublic(this.host, 'sv-reroute-done', detail);
    } catch (error) {
      const unknown = store.details.intents.get(sessionId, 'reroute')?.status === 'unknown';
      const kind = toSessionViewError(error).kind;
      intent.failure = { kind, targetName, unknown };
      // 409: the session changed under the user and its detail reloads; confirming again is a
      // new intent on the new state, so it must not reuse the key the host already saw.
      if (kind === 'conflict') intent.key = undefined;
    } finally {
      intent.pending = false;
      // Left behind: a success is in the timeline now; a failure waits for the user's return.
      if (!this.isShown(intent) && !intent.failure && this.kept.get(sessionId) === intent) this.kept.delete(sessionId);
      this.host.requestUpdate();
    }
  }
}
