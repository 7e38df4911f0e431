/**
 * Registers `<sv-ban-control>`, the detail's Ban / Unban action and its dialog.
 * `<session-detail>` loads this module when it first shows a session.
 */
import { BanControl, type BanDoneEventDetail, type UnbanDoneEventDetail } from '../elements/session-detail/actions/ban-control.js';
import { defineElement } from './define-element.js';

export { BanControl };
export type { BanDoneEventDetail, UnbanDoneEventDetail };

defineElement('sv-ban-control', BanControl);

declare global {
  interface HTMLElementTagNameMap {
    'sv-ban-control': BanControl;
  }
}
