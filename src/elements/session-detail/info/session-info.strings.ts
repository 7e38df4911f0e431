import { defineStrings } from '../../../i18n/translate.js';
import '../../../i18n/model-strings.js'; // the model's labels this element shows (by name: bundlers drop barrel side effects)

export const t = defineStrings(
  'sessionInfo',
  {
    copy: 'Copy {label}',
    copied: '{label} copied',
    copyFailed: 'Could not copy {label}',
    clientName: 'Client name',
    clientContact: 'Client contact',
    operators: 'Operator(s)',
    none: '—',
  },
);
