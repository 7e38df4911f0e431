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
  {
    filterTitle: 'Filtr: {column}',
    searchValues: 'Hledat hodnoty',
    noValues: 'Žádné hodnoty.',
    moreValues_one: 'Ještě {count} hodnota; upřesněte hledání.',
    moreValues_few: 'Ještě {count} hodnoty; upřesněte hledání.',
    moreValues_other: 'Ještě {count} hodnot; upřesněte hledání.',
    clear: 'Zrušit',
    done: 'Hotovo',
    from: 'Od',
    to: 'Do',
    min: 'Minimum',
    max: 'Maximum',
    minutes: '(minuty)',
    any: 'Vše',
    operator: 'Podmínka',
    value: 'Hodnota',
    custom: 'Vlastní rozsah',
    dateExample: 'Například {example}',
    dateInvalid: 'Toto není datum ve tvaru {example}.',
  },
);
