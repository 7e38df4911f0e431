import { SessionView, type DataErrorDetail } from '../elements/session-view/session-view.js';
import { defineElement } from './define-element.js';
// Types every public event in HTMLElementEventMap (an empty module at run time).
import '../events/public-events.js';
// <session-view> renders the table and the detail panel: register them with it.
import './session-table.js';
import './session-detail.js';

defineElement('session-view', SessionView);

declare global {
  interface HTMLElementTagNameMap {
    'session-view': SessionView;
  }
}
export { SessionView };
export type { DataErrorDetail };
