import type { RoutingTarget } from '../../model/index.js';

/** Detail of `sv-reroute-request` (cancelable, before the store is asked) and `sv-reroute-done`. */
export interface RerouteEventDetail {
  sessionId: string;
  target: RoutingTarget;
  /**
   * The key the adapter receives for this intent. A host that vetoes the request to confirm in its
   * own UI passes it to `store.details.reroute(sessionId, target, idempotencyKey)`.
   */
  idempotencyKey: string;
}
