/**
 * Registers `<routing-panel>`. Its re-route picker (`<sv-target-picker>`, define/sv-target-picker.js)
 * loads when the user first opens a re-route.
 */
import type { RerouteEventDetail } from '../elements/routing-panel/events.js';
import { RoutingPanel } from '../elements/routing-panel/routing-panel.js';
import type { TargetPicker } from '../elements/routing-panel/target-picker.js';
import { defineElement } from './define-element.js';
// Types every public event in HTMLElementEventMap (an empty module at run time).
import '../events/public-events.js';

export { RoutingPanel };
export type { RerouteEventDetail, TargetPicker };

defineElement('routing-panel', RoutingPanel);

declare global {
  interface HTMLElementTagNameMap {
    'routing-panel': RoutingPanel;
  }
}
