/** Registers `<sv-session-info>`, the General information tab. `<session-detail>` loads this module when it first shows the part. */
import { SessionInfo } from '../elements/session-detail/info/session-info.js';
import { defineElement } from './define-element.js';

export { SessionInfo };

defineElement('sv-session-info', SessionInfo);

declare global {
  interface HTMLElementTagNameMap {
    'sv-session-info': SessionInfo;
  }
}
