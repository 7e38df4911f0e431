/**
 * The state of one re-route intent: choosing a target, the second confirmation an unavailable
 * target needs, the call in flight, and its outcome. One intent keeps one idempotency key, so a
 * retry after a timeout cannot move the session twice; a double click makes one call.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SessionViewError, toSessionViewError, type AdapterErrorKind } from '../../adapter/index.js';
import { emit } from '../../events/emit.js';
import type { RoutingTarget } from '../../model/index.js';
import { newIdempotencyKey, type SessionStore } from '../../store/index.js';
import { unavailableReason } from './availability.js';
import type { RerouteEventDetail } from './events.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A second click this soon after the warning is the tail of a double click, not a decision. */
const SECOND_CONFIRMATION_GUARD_MS = 500;

export class RerouteFlow implements ReactiveController {
  /** The picker is shown. */
  expanded = false;
  targetId: string | undefined;
  /** The user was warned that the target is unavailable; the next confirmation goes through. */
  warned = false;
  pending = false;
  failure: { kind: AdapterErrorKind; targetName: string } | undefined;
  /** Name of the target of the last successful re-route. */
  succeeded: string | undefined;
  targetsStatus: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  targetsError: SessionViewError | undefined;

  private key: string | undefined;
  private warnedAt = 0;
  private targetsAbort: AbortController | undefined;
  private targetsCache: { store: SessionStore; revision: number; list: RoutingTarget[] } | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.targetsAbort?.abort();
    if (this.targetsStatus === 'loading') this.targetsStatus = 'idle';
  }

  /** Targets with live availability (the store keeps them current); a stable array per revision. */
  targets(store: SessionStore): RoutingTarget[] {
    const cache = this.targetsCache;
    if (cache?.store === store && cache.revision === store.revision) return cache.list;
    const list = [...store.targets.values()];
    this.targetsCache = { store, revision: store.revision, list };
    return list;
  }

  expand(store: SessionStore): void {
    this.expanded = true;
    this.succeeded = undefined;
    this.failure = undefined;
    this.host.requestUpdate();
    if (this.targetsStatus !== 'ready') void this.loadTargets(store);
  }

  collapse(): void {
    if (this.pending) return;
    this.expanded = false;
    this.resetIntent();
    this.failure = undefined;
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
    if (targetId === this.targetId) return;
    this.resetIntent();
    this.targetId = targetId;
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /**
   * Confirms the chosen target: an unavailable one first asks again; then the cancelable
   * `sv-reroute-request`, then exactly one store call while nothing else is in flight.
   */
  async confirm(store: SessionStore, sessionId: string): Promise<void> {
    if (this.pending || !this.targetId) return;
    const target = store.targets.get(this.targetId);
    if (!target) return;
    if (unavailableReason(target)) {
      if (!this.warned) {
        this.warned = true;
        this.warnedAt = performance.now();
        this.host.requestUpdate();
        return;
      }
      if (performance.now() - this.warnedAt < SECOND_CONFIRMATION_GUARD_MS) return;
    }
    this.key ??= newIdempotencyKey();
    const detail: RerouteEventDetail = { sessionId, target, idempotencyKey: this.key };
    if (!emit(this.host, 'sv-reroute-request', detail, { cancelable: true })) return;
    this.pending = true;
    this.failure = undefined;
    this.host.requestUpdate();
    try {
      await store.details.reroute(sessionId, target, this.key);
      this.succeeded = target.name;
      this.expanded = false;
      this.resetIntent();
      emit(this.host, 'sv-reroute-done', detail);
    } catch (error) {
      this.failure = { kind: toSessionViewError(error).kind, targetName: target.name };
    } finally {
      this.pending = false;
      this.host.requestUpdate();
    }
  }

  private resetIntent(): void {
    this.targetId = undefined;
    this.warned = false;
    this.key = undefined;
  }
}
