/** Registers `<session-detail>` and the parts it is built from. */
import './sv-transcript.js';
import './routing-panel.js';
import { SessionDetailElement, type DetailCloseEventDetail, type DetailTabChangeEventDetail } from '../elements/session-detail/session-detail.js';
import { SessionInfo } from '../elements/session-detail/info/session-info.js';
import { SessionParametersTable } from '../elements/session-detail/parameters/session-parameters.js';
import { defineElement } from './define-element.js';

export { SessionDetailElement, SessionInfo, SessionParametersTable };
export type { DetailCloseEventDetail, DetailTabChangeEventDetail };

defineElement('sv-session-info', SessionInfo);
defineElement('sv-session-parameters', SessionParametersTable);
defineElement('session-detail', SessionDetailElement);

declare global {
  interface HTMLElementTagNameMap {
    'session-detail': SessionDetailElement;
    'sv-session-info': SessionInfo;
    'sv-session-parameters': SessionParametersTable;
  }
  interface HTMLElementEventMap {
    'sv-detail-close': CustomEvent<DetailCloseEventDetail>;
    'sv-detail-tab-change': CustomEvent<DetailTabChangeEventDetail>;
  }
}
