/** Registers `<sv-filter-popover>`. */
import { defineElement } from './define-element.js';
import { FilterPopover, type FilterChangeDetail } from '../elements/session-table/filter-popover.js';

defineElement('sv-filter-popover', FilterPopover);

export { FilterPopover };
export type { FilterChangeDetail };

declare global {
  interface HTMLElementTagNameMap {
    'sv-filter-popover': FilterPopover;
  }
}
