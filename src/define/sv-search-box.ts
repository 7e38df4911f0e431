/** Registers `<sv-search-box>`. */
import { defineElement } from './define-element.js';
import { SearchBox, type SearchChangeDetail } from '../elements/session-table/search-box.js';

defineElement('sv-search-box', SearchBox);

export { SearchBox };
export type { SearchChangeDetail };

declare global {
  interface HTMLElementTagNameMap {
    'sv-search-box': SearchBox;
  }
}
