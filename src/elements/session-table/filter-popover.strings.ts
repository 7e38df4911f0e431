import { defineStrings } from '../../i18n/translate.js';

/**
 * Strings only the filter popover shows (`tableParts.*`, English, Czech): they load with the
 * popover on its first opening, not with the table.
 */
export const filterText = defineStrings(
  'tableParts',
  {
    filterTitle: 'Filter: {column}',
    searchValues: 'Search values',
    noValues: 'No values.',
    moreValues_one: '{count} more value; refine the search.',
    moreValues_few: '{count} more values; refine the search.',
    moreValues_other: '{count} more values; refine the search.',
    clear: 'Clear',
    done: 'Done',
    from: 'From',
    to: 'To',
    min: 'Minimum',
    max: 'Maximum',
    minutes: '(minutes)',
    any: 'Any',
    operator: 'Condition',
    value: 'Value',
    custom: 'Custom range',
    dateExample: 'For example {example}',
    dateInvalid: 'Not a date in the form {example}.',
  },
);
