/**
 * Registers `<sv-contact-client>`, the detail's "Contact client" action and its dialog.
 * `<session-detail>` loads this module when it first shows a session.
 */
import { ContactClientButton, type ContactClientDoneEventDetail } from '../elements/session-detail/actions/contact-client.js';
import { defineElement } from './define-element.js';

export { ContactClientButton };
export type { ContactClientDoneEventDetail };

defineElement('sv-contact-client', ContactClientButton);

declare global {
  interface HTMLElementTagNameMap {
    'sv-contact-client': ContactClientButton;
  }
}
