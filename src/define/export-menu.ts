import { ExportMenu, type ExportDoneDetail } from '../elements/export-menu/export-menu.js';
import { defineElement } from './define-element.js';

export { ExportMenu };
export type { ExportDoneDetail };

defineElement('sv-export-menu', ExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'sv-export-menu': ExportMenu;
  }
  interface HTMLElementEventMap {
    'sv-export-done': CustomEvent<ExportDoneDetail>;
  }
}
