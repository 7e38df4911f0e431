/** Registers `<sv-saved-views>`. */
import { defineElement } from './define-element.js';
import { SavedViews, type ViewIdDetail, type ViewNameDetail, type ViewRenameDetail } from '../elements/session-table/saved-views.js';

defineElement('sv-saved-views', SavedViews);

export { SavedViews };
export type { ViewIdDetail, ViewNameDetail, ViewRenameDetail };

declare global {
  interface HTMLElementTagNameMap {
    'sv-saved-views': SavedViews;
  }
}
