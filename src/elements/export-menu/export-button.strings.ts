/**
 * The export button's label (namespace `export`, with export-menu.strings.ts): on its own because
 * `<session-table>` shows the button before the menu's code, and the rest of its strings, load.
 */
import { defineStrings } from '../../i18n/index.js';

export const exportButtonLabel = defineStrings('export', { 'menu.button': 'Export' }, { 'menu.button': 'Exportovat' });
