/** Exports of the filtered sessions: Excel-safe CSV and a self-contained, searchable HTML file. */
export { sessionsToCsv, sessionsToCsvAsync, defaultCsvDelimiter } from './csv.js';
export type { CsvOptions, CsvAsyncOptions, CsvResult, TruncatedCell } from './csv.js';
export { DEFAULT_MAX_CELL_LENGTH, isFormulaLike, neutraliseFormula, truncateCell, quoteCsvField } from './csv-cell.js';
export type { CsvDelimiter } from './csv-cell.js';
export { rowsToCsv } from './rows-csv.js';
export type { RowsCsvOptions, RowsCsvResult } from './rows-csv.js';
export { sessionsToHtml, sessionsToHtmlAsync, exportContentSecurityPolicy } from './html.js';
export type { HtmlOptions, HtmlAsyncOptions, HtmlResult } from './html.js';
export { TRANSCRIPT_COLUMN_ID } from './export-columns.js';
export type { DateStyle } from './export-dates.js';
export type { SessionExtras, SessionExtrasSource, SessionExtrasLoader } from './session-extras.js';
export { yieldToEventLoop } from './time-slice.js';
export type { ChunkedOptions, ProgressCallback } from './time-slice.js';
export { EXPORT_LABELS_EN } from './labels.js';
export { exportFileName } from './file-name.js';
