/**
 * Registers `<session-detail>` and the parts of its first paint (the header's actions and the
 * transcript). The other tabs' elements, the docked player and the transcript's masking load on
 * first use (elements/session-detail/detail-parts.ts); their classes are in their own define
 * modules (`define/sv-session-info.js`, `define/routing-panel.js`, …).
 */
import './sv-transcript.js';
import { SessionDetail, type DetailCloseEventDetail, type DetailTabChangeEventDetail } from '../elements/session-detail/session-detail.js';
import { ContactClientButton, type ContactClientDoneEventDetail } from '../elements/session-detail/actions/contact-client.js';
import { BanControl, type BanDoneEventDetail, type UnbanDoneEventDetail } from '../elements/session-detail/actions/ban-control.js';
import { defineElement } from './define-element.js';
// Types every public event in HTMLElementEventMap (an empty module at run time).
import '../events/public-events.js';

export { SessionDetail, ContactClientButton, BanControl };
export type {
  DetailCloseEventDetail,
  DetailTabChangeEventDetail,
  ContactClientDoneEventDetail,
  BanDoneEventDetail,
  UnbanDoneEventDetail,
};

defineElement('sv-contact-client', ContactClientButton);
defineElement('sv-ban-control', BanControl);
defineElement('session-detail', SessionDetail);

declare global {
  interface HTMLElementTagNameMap {
    'session-detail': SessionDetail;
    'sv-contact-client': ContactClientButton;
    'sv-ban-control': BanControl;
  }
}
