import { defineStrings } from '../../i18n/translate.js';

/**
 * Strings only the target picker shows (`routing.picker.*`, English, Czech): they load with the
 * picker when a re-route is first opened, not with the panel.
 */
export const pickerText = defineStrings(
  'routing',
  {
    'picker.label': 'Operator or group',
    'picker.placeholder': 'Search by name',
    'picker.operators': 'Operators',
    'picker.groups': 'Groups',
    'picker.no-match': 'No operator or group matches.',
    'picker.none': 'There are no operators or groups.',
    'picker.results_one': '{count} result',
    'picker.results_other': '{count} results',
    'picker.more_one': '{count} more – type to narrow down',
    'picker.more_other': '{count} more – type to narrow down',
  },
);
