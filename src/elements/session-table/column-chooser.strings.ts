import { defineStrings } from '../../i18n/translate.js';
import '../../i18n/model-strings.js'; // the column labels the chooser lists (by name: bundlers drop barrel side effects)

/**
 * Strings only the column chooser shows (`tableParts.*`, English, Czech): they load with the
 * chooser on its first opening, not with the table.
 */
export const chooserText = defineStrings(
  'tableParts',
  {
    columnsTitle: 'Columns',
    searchColumns: 'Search columns',
    shown: 'Shown',
    hidden: 'More columns',
    moveUp: 'Move {column} up',
    moveDown: 'Move {column} down',
    resetColumns: 'Reset to basic columns',
    reorderHelp: 'Alt+Up and Alt+Down move the focused column.',
    moved: '{column} moved to position {position}',
  },
);
