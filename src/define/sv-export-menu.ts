import { ExportMenu, type ExportDoneDetail } from '../elements/export-menu/export-menu.js';
import { defineElement } from './define-element.js';
// Types every public event in HTMLElementEventMap (an empty module at run time).
import '../events/public-events.js';

export { ExportMenu };
export type { ExportDoneDetail };

defineElement('sv-export-menu', ExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'sv-export-menu': ExportMenu;
  }
}
