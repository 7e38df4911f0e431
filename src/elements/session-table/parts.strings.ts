/** Strings of the table's parts shown up front: filter chips, saved views (the chooser's and the filter popover's own load with them). */
import { defineStrings } from '../../i18n/translate.js';
import '../../i18n/model-strings.js'; // the model's labels this element shows (by name: bundlers drop barrel side effects)

export const partStrings = defineStrings(
  'tableParts',
  {
    selectAll: 'Select shown',
    'op.contains': 'Contains',
    'op.equals': 'Equals',
    'op.prefix': 'Starts with',
    'op.present': 'Is filled in',
    'preset.today': 'Today',
    'preset.yesterday': 'Yesterday',
    'preset.last-7-days': 'Last 7 days',
    'preset.last-30-days': 'Last 30 days',
    between: '{from} – {to}',
    atLeast: '≥ {value}',
    atMost: '≤ {value}',
    views: 'Views',
    viewsMenu: 'Saved views',
    defaultView: 'Default view',
    saveView: 'Save current view…',
    viewName: 'View name',
    save: 'Save',
    rename: 'Rename',
    delete: 'Delete',
    renameView: 'Rename view {name}',
    deleteView: 'Delete view {name}',
    viewSaved: 'View {name} saved',
    viewDeleted: 'View {name} deleted',
    viewApplied: 'View {name} applied',
  },
);
