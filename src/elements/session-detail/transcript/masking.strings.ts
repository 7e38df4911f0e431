import { defineStrings } from '../../../i18n/translate.js';
import '../../../i18n/model-strings.js'; // the model's labels this element shows (by name: bundlers drop barrel side effects)

/** Strings of the transcript's personal-data masking bar (namespace `masking`). */
export const t = defineStrings(
  'masking',
  {
    'hidden_one': 'Personal data is hidden in this transcript: {count} value.',
    'hidden_other': 'Personal data is hidden in this transcript: {count} values.',
    none: 'No personal data of the hidden kinds in this transcript.',
    shown: 'Personal data is shown for this session.',
    show: 'Show personal data',
  },
);
