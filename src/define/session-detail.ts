/**
 * Registers `<session-detail>`. The transcript, the header's actions (ban, contact client), the
 * other tabs' elements, the docked player and the transcript's masking load on first use
 * (elements/session-detail/detail-parts.ts); their classes are in their own define modules
 * (`define/sv-transcript.js`, `define/sv-ban-control.js`, `define/routing-panel.js`, …).
 */
import { SessionDetail, type DetailCloseEventDetail, type DetailTabChangeEventDetail } from '../elements/session-detail/session-detail.js';
import type { ContactClientDoneEventDetail } from '../elements/session-detail/actions/contact-client.js';
import type { BanDoneEventDetail, UnbanDoneEventDetail } from '../elements/session-detail/actions/ban-control.js';
import { defineElement } from './define-element.js';
// Types every public event in HTMLElementEventMap (an empty module at run time).
import '../events/public-events.js';

export { SessionDetail };
export type {
  DetailCloseEventDetail,
  DetailTabChangeEventDetail,
  ContactClientDoneEventDetail,
  BanDoneEventDetail,
  UnbanDoneEventDetail,
};

defineElement('session-detail', SessionDetail);

declare global {
  interface HTMLElementTagNameMap {
    'session-detail': SessionDetail;
  }
}
