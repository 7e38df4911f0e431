/** Registers `<sv-session-parameters>`, the Parameters tab. `<session-detail>` loads this module when it first shows the part. */
import { SessionParametersTable } from '../elements/session-detail/parameters/session-parameters.js';
import { defineElement } from './define-element.js';

export { SessionParametersTable };

defineElement('sv-session-parameters', SessionParametersTable);

declare global {
  interface HTMLElementTagNameMap {
    'sv-session-parameters': SessionParametersTable;
  }
}
