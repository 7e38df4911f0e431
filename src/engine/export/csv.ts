/**
 * `sessionsToCsv`: the filtered sessions as an Excel-safe CSV, returned as string parts for
 * `new Blob(parts)` (never one giant string). `sessionsToCsvAsync` does the same in time slices
 * with progress, cancel and batch-loaded transcripts.
 */
import type { FormatContext, SessionSummary, Translate } from '../../model/index.js';
import { CsvCellEncoder, DEFAULT_MAX_CELL_LENGTH, type CsvDelimiter } from './csv-cell.js';
import { NOTES_COLUMN_ID, resolveExportColumns, TRANSCRIPT_COLUMN_ID, type ExportColumn } from './export-columns.js';
import { createExportEnv, type DateStyle, type ExportEnv } from './export-dates.js';
import { exportLabel, untranslated } from './labels.js';
import { batchesWithExtras, extrasFor, type SessionExtras, type SessionExtrasLoader, type SessionExtrasSource } from './session-extras.js';
import { TimeSlicer, type ChunkedOptions } from './time-slice.js';
import type { RedactOptions } from '../redact/redactor.js';
import { redactedExtras, SessionRedaction, type RedactionReport } from '../redact/session-redaction.js';
import { shownFields } from '../redact/shown-fields.js';

export interface CsvOptions {
  /** Column ids in output order: catalogue ids, `param:<name>`, or `transcript`. Unknown ids are skipped. */
  columns: readonly string[];
  /** Default `,`. Use `defaultCsvDelimiter(locale)` to match the viewer's spreadsheet. */
  delimiter?: CsvDelimiter;
  /** UTF-8 byte order mark so Excel reads the file as UTF-8 (default true). */
  bom?: boolean;
  /** Default `iso`. */
  dates?: DateStyle;
  /** Locale, time zone and "now" for `viewer` dates and live durations (default: en, UTC, now). */
  format?: FormatContext;
  /** Labels, e.g. `modelTranslator(lang)`; without it headers are column ids and values are keys. */
  translate?: Translate;
  /** Longest cell in UTF-16 units, marker included (default 32,000; Excel's limit is 32,767). */
  maxCellLength?: number;
  /** Messages for the `transcript` column when the sessions are summaries. */
  details?: SessionExtrasSource;
  /** Hide personal data in every typed text (before neutralising and cutting); masks in `translate`'s language. */
  redact?: RedactOptions;
}

export interface TruncatedCell {
  sessionId: string;
  columnId: string;
}

export interface CsvResult {
  /** Concatenate (or pass to `new Blob(parts, { type: 'text/csv' })`) for the file. */
  parts: string[];
  /** Cells cut to `maxCellLength`, so the UI can tell the user. */
  truncated: TruncatedCell[];
  rowCount: number;
  /** With `redact`: what was hidden, per kind and per session. */
  redaction?: RedactionReport;
}

export interface CsvAsyncOptions extends CsvOptions, ChunkedOptions {
  /** Loads transcripts for a batch of session ids (only called when `transcript` is a column). */
  loadDetails?: SessionExtrasLoader;
  /** Sessions per `loadDetails` call (default 200). */
  batchSize?: number;
}

// Its own module: the export menu shows it before any export code is loaded.
export { defaultCsvDelimiter } from './csv-delimiter.js';

const ROWS_PER_PART = 256;
const NO_EXTRAS: SessionExtras = {};
const CRLF = '\r\n';

/** Shared state of one CSV run, so the sync and async versions write identical bytes. */
class CsvWriter {
  readonly parts: string[] = [];
  readonly truncated: TruncatedCell[] = [];
  private readonly columns: ExportColumn[];
  private readonly encoder: CsvCellEncoder;
  private readonly env: ExportEnv;
  /** Rows waiting to become one part; joined arrays give flat strings, not deep ropes for the GC to chase. */
  private pending: string[] = [];
  private readonly cells: string[];
  private readonly needsExtras: boolean;
  private readonly redaction: SessionRedaction | undefined;
  /** Which extras the file holds (the transcript column, the notes column). */
  private readonly holds: { messages: boolean; notes: boolean };

  constructor(options: CsvOptions) {
    const t = options.translate ?? untranslated;

    const delimiter = options.delimiter ?? ',';
    const max = options.maxCellLength ?? DEFAULT_MAX_CELL_LENGTH;
    const marker = exportLabel(t, 'truncated');
    if (!(max > marker.length)) throw new RangeError(`maxCellLength must exceed the marker length (${marker.length})`);
    this.columns = resolveExportColumns(options.columns);
    this.needsExtras = this.columns.some((column) => column.usesExtras === true);
    const ids = new Set(this.columns.map((column) => column.id));
    this.holds = { messages: ids.has(TRANSCRIPT_COLUMN_ID), notes: ids.has(NOTES_COLUMN_ID) };
    // Only what the file holds is redacted and counted: the report is an audit record of the file.
    this.redaction = options.redact ? new SessionRedaction({ translate: options.translate, ...options.redact }, shownFields(options.columns, false)) : undefined;
    this.encoder = new CsvCellEncoder(delimiter, max, marker, delimiter === ';');
    this.cells = new Array<string>(this.columns.length);
    this.env = createExportEnv(t, options.format ?? { locale: 'en', timeZone: 'UTC', now: Date.now() }, options.dates ?? 'iso');
    if (options.bom ?? true) this.parts.push('\uFEFF');
    // Headers go through the same encoder: parameter names are host data too.
    this.parts.push(this.columns.map((column) => this.encoder.text(column.header(t))).join(delimiter) + CRLF);
  }

  get wantsExtras(): boolean {
    return this.needsExtras;
  }

  writeRow(original: SessionSummary, details: SessionExtrasSource | undefined): void {
    let extras = this.needsExtras ? extrasFor(original, details) : NO_EXTRAS;
    let session = original;
    if (this.redaction) {
      session = this.redaction.summaryOnce(original);
      // Messages and notes are redacted and counted only when a column puts them in the file.
      if (this.needsExtras) extras = redactedExtras(this.redaction, original.id, extras, this.holds);
    }
    const { encoder, env, columns, cells } = this;
    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i]!;
      const value = column.value(session, extras, env);
      if (value === undefined) {
        cells[i] = '';
        continue;
      }
      cells[i] = typeof value === 'number' ? encoder.number(value) : encoder.text(value);
      if (encoder.wasTruncated) this.truncated.push({ sessionId: session.id, columnId: column.id });
    }
    this.pending.push(cells.join(encoder.separator));
    if (this.pending.length >= ROWS_PER_PART) this.flush();
  }

  finish(rowCount: number): CsvResult {
    this.flush();
    return { parts: this.parts, truncated: this.truncated, rowCount, ...(this.redaction && { redaction: this.redaction.report() }) };
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.pending.push('');
    this.parts.push(this.pending.join(CRLF));
    this.pending = [];
  }
}

/**
 * The sessions as CSV, synchronously (servers, workers, small exports). RFC 4180 quoting, CRLF
 * line ends, formula-like text neutralised with `'`, numbers left as numbers, long cells cut.
 */
export function sessionsToCsv(sessions: readonly SessionSummary[], options: CsvOptions): CsvResult {
  const writer = new CsvWriter(options);
  for (const session of sessions) writer.writeRow(session, options.details);
  return writer.finish(sessions.length);
}

/**
 * Like `sessionsToCsv`, but yields to the event loop every `sliceMs`, reports progress, stops
 * with the signal's reason when aborted, and loads transcripts in batches through `loadDetails`.
 */
export async function sessionsToCsvAsync(sessions: readonly SessionSummary[], options: CsvAsyncOptions): Promise<CsvResult> {
  const slicer = new TimeSlicer(sessions.length, options);
  slicer.checkAborted();
  const writer = new CsvWriter(options);
  const loader = writer.wantsExtras ? options.loadDetails : undefined;
  const signal = options.signal ?? new AbortController().signal;
  for await (const batch of batchesWithExtras(sessions, options.batchSize ?? 200, loader, signal)) {
    slicer.checkAborted();
    const details = batch.extras ?? options.details;
    for (let index = batch.start; index < batch.end; index += 1) {
      writer.writeRow(sessions[index]!, details);
      if ((index & 31) === 31) await slicer.pause(index + 1);
    }
  }
  slicer.finish();
  return writer.finish(sessions.length);
}
