import type { RerouteEventDetail } from '../elements/routing-panel/events.js';
import { RoutingPanel } from '../elements/routing-panel/routing-panel.js';
import { TargetPicker } from '../elements/routing-panel/target-picker.js';
import { defineElement } from './define-element.js';
// Types every public event in HTMLElementEventMap (an empty module at run time).
import '../events/public-events.js';

export { RoutingPanel, TargetPicker };
export type { RerouteEventDetail };

// The picker first: the panel renders it.
defineElement('sv-target-picker', TargetPicker);
defineElement('routing-panel', RoutingPanel);

declare global {
  interface HTMLElementTagNameMap {
    'routing-panel': RoutingPanel;
    'sv-target-picker': TargetPicker;
  }
}
