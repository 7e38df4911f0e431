/** Registers `<sv-row-virtualizer>`, the table's rows under @lit-labs/virtualizer (loaded on first use by `<session-table>`). */
import { defineElement } from './define-element.js';
import { RowVirtualizer } from '../elements/session-table/row-virtualizer.js';

defineElement('sv-row-virtualizer', RowVirtualizer);

export { RowVirtualizer };

declare global {
  interface HTMLElementTagNameMap {
    'sv-row-virtualizer': RowVirtualizer;
  }
}
