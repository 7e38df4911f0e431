import type { RoutingTarget } from '../model/index.js';
import { RoutingPanel } from '../elements/routing-panel/routing-panel.js';
import { defineElement } from './define-element.js';

export { RoutingPanel };

/** Detail of `sv-reroute-request` (cancelable) and `sv-reroute-done`. */
export interface RerouteEventDetail {
  sessionId: string;
  target: RoutingTarget;
  /** The key the adapter receives; a host confirming in its own UI passes it to `store.details.reroute`. */
  idempotencyKey: string;
}

defineElement('routing-panel', RoutingPanel);

declare global {
  interface HTMLElementTagNameMap {
    'routing-panel': RoutingPanel;
  }
  interface HTMLElementEventMap {
    'sv-reroute-request': CustomEvent<RerouteEventDetail>;
    'sv-reroute-done': CustomEvent<RerouteEventDetail>;
  }
}
