/**
 * The export button's label (namespace `export`, with export-menu.strings.ts): on its own because
 * `<session-table>` shows the button before the menu's code, and the rest of its strings, load.
 */
import { defineStrings } from '../../i18n/translate.js';
import '../../i18n/model-strings.js'; // the model's labels this element shows (by name: bundlers drop barrel side effects)

export const exportButtonLabel = defineStrings('export', { 'menu.button': 'Export' });
