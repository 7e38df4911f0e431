/**
 * Registers `<sv-target-picker>`, the operator and group picker of a re-route. `<routing-panel>`
 * loads this module when the user first opens a re-route.
 */
import { TargetPicker } from '../elements/routing-panel/target-picker.js';
import { defineElement } from './define-element.js';

export { TargetPicker };

defineElement('sv-target-picker', TargetPicker);

declare global {
  interface HTMLElementTagNameMap {
    'sv-target-picker': TargetPicker;
  }
}
