/** Registers `<sv-column-chooser>`. */
import { defineElement } from './define-element.js';
import { ColumnChooser, type ColumnsChangeDetail } from '../elements/session-table/column-chooser.js';

defineElement('sv-column-chooser', ColumnChooser);

export { ColumnChooser };
export type { ColumnsChangeDetail };

declare global {
  interface HTMLElementTagNameMap {
    'sv-column-chooser': ColumnChooser;
  }
}
