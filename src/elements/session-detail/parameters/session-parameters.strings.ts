import { defineStrings } from '../../../i18n/translate.js';
import '../../../i18n/model-strings.js'; // the model's labels this element shows (by name: bundlers drop barrel side effects)

export const t = defineStrings(
  'sessionParameters',
  {
    caption: 'Session parameters',
    filter: 'Filter parameters',
    filterPlaceholder: 'Filter by name or value…',
    name: 'Name',
    value: 'Value',
    empty: 'This session has no parameters.',
    noMatch: 'No parameter matches “{text}”.',
    count: '{shown} of {total}',
  },
);
