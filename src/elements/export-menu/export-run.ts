/**
 * One export run behind the menu: picks the engine function, feeds it the view's sessions and the
 * batch loader, and turns the parts into a `Blob` in slices (copying 40 MB into one Blob in a
 * single call would itself be a long task). Runs on the main thread, time-sliced: moving the
 * sessions to a worker would cost a structured clone of the whole view, which blocks longer than
 * the export itself, and the detail loader talks to the host's adapter, which lives here.
 */
import {
  exportFileName,
  sessionsToCsvAsync,
  sessionsToHtmlAsync,
  yieldToEventLoop,
  type CsvDelimiter,
  type DateStyle,
  type SessionExtrasLoader,
  type TruncatedCell,
} from '../../engine/export/index.js';
import type { RedactionReport, RedactOptions } from '../../engine/redact/index.js';
import type { FormatContext, SessionSummary, Translate } from '../../model/index.js';

export type ExportFormat = 'csv' | 'html';

/** What the user chose in the menu. */
export interface ExportChoice {
  format: ExportFormat;
  /** Column ids in order; for CSV may include `transcript`. */
  columns: readonly string[];
  includeTranscripts: boolean;
  includeNotes: boolean;
  delimiter: CsvDelimiter;
  dates: DateStyle;
  /** Personal data to hide; absent when nothing is hidden. */
  redact?: RedactOptions;
}

export interface ExportRunInput {
  sessions: readonly SessionSummary[];
  loadDetails?: SessionExtrasLoader;
  translate: Translate;
  lang: string;
  format: FormatContext;
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

export interface ExportOutcome {
  blob: Blob;
  fileName: string;
  rowCount: number;
  /** CSV only: cells cut to the cell limit. */
  truncated: TruncatedCell[];
  /** What was hidden, when the user chose to hide personal data. */
  redaction?: RedactionReport;
}

const BLOB_GROUP_CHARS = 4 * 1024 * 1024;

/** Builds the Blob a few MB at a time; a Blob of Blobs is cheap, so the last step copies nothing. */
export async function partsToBlob(parts: readonly string[], type: string, signal: AbortSignal): Promise<Blob> {
  const blobs: Blob[] = [];
  let group: string[] = [];
  let groupChars = 0;
  for (const part of parts) {
    group.push(part);
    groupChars += part.length;
    if (groupChars >= BLOB_GROUP_CHARS) {
      blobs.push(new Blob(group));
      group = [];
      groupChars = 0;
      await yieldToEventLoop();
      if (signal.aborted) throw signal.reason;
    }
  }
  if (group.length > 0) blobs.push(new Blob(group));
  return new Blob(blobs, { type });
}

export async function runExport(choice: ExportChoice, input: ExportRunInput): Promise<ExportOutcome> {
  const common = {
    columns: choice.columns,
    translate: input.translate,
    format: input.format,
    dates: choice.dates,
    loadDetails: input.loadDetails,
    signal: input.signal,
    onProgress: input.onProgress,
    redact: choice.redact,
  };
  const fileName = exportFileName(choice.format, input.format.now, input.format.timeZone);
  if (choice.format === 'csv') {
    const result = await sessionsToCsvAsync(input.sessions, { ...common, delimiter: choice.delimiter });
    const blob = await partsToBlob(result.parts, 'text/csv;charset=utf-8', input.signal);
    return { blob, fileName, rowCount: result.rowCount, truncated: result.truncated, redaction: result.redaction };
  }
  const result = await sessionsToHtmlAsync(input.sessions, {
    ...common,
    includeTranscripts: choice.includeTranscripts,
    includeNotes: choice.includeNotes,
    lang: input.lang,
    generatedAt: input.format.now,
  });
  const blob = await partsToBlob(result.parts, 'text/html;charset=utf-8', input.signal);
  return { blob, fileName, rowCount: result.sessionCount, truncated: [], redaction: result.redaction };
}
