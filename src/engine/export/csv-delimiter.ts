import type { CsvDelimiter } from './csv-cell.js';

/** `;` where the locale writes decimals with a comma (cs, de, fr…), as their spreadsheets expect. */
export function defaultCsvDelimiter(locale: string): CsvDelimiter {
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal');
    return decimal?.value === ',' ? ';' : ',';
  } catch {
    return ',';
  }
}
