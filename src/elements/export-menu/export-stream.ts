/**
 * Export of a list the browser does not hold (`serverQuery`): the rows come from the host page by
 * page (`ExportPageSource`), and the progress counts them against the host's total ("12,000 of
 * 48,210"). A CSV is written page by page — each page's rows become a small Blob and are dropped,
 * so a long list never sits in memory twice; an HTML file needs the whole list for its contents
 * and summary, so its rows are gathered first. Cancel aborts the request in flight: no file.
 */
import { exportFileName, sessionsToCsvAsync, yieldToEventLoop, type TruncatedCell } from '../../engine/export/index.js';
import type { RedactionReport } from '../../engine/redact/index.js';
import type { SessionSummary } from '../../model/index.js';
import { runExport, type ExportChoice, type ExportOutcome, type ExportRunInput } from './export-run.js';

/** One page of the host's rows for an export. */
export interface ExportPage {
  sessions: readonly SessionSummary[];
  /** The host's total for the query, when it gives one. */
  total: number | undefined;
}

/** Where a streamed export reads its rows: the store's `queryPages` under the current query. */
export interface ExportPageSource {
  /** Rows the host announced for the query (the dialog's count before the export starts). */
  readonly total: number | undefined;
  /** The rows in view order, page by page; aborting `signal` aborts the request in flight. */
  pages(signal: AbortSignal): AsyncIterable<ExportPage>;
}

export type StreamedExportInput = Omit<ExportRunInput, 'sessions'> & { source: ExportPageSource };

/** Adds one page's redaction report to the file's. */
function mergeReports(into: RedactionReport | undefined, page: RedactionReport | undefined): RedactionReport | undefined {
  if (!page) return into;
  if (!into) return { ...page, counts: { ...page.counts }, sessions: [...page.sessions] };
  for (const kind in page.counts) into.counts[kind] = (into.counts[kind] ?? 0) + page.counts[kind]!;
  into.total += page.total;
  into.sessions.push(...page.sessions);
  return into;
}

async function streamCsv(choice: ExportChoice, input: StreamedExportInput): Promise<ExportOutcome> {
  const blobs: Blob[] = [];
  const truncated: TruncatedCell[] = [];
  let redaction: RedactionReport | undefined;
  let rowCount = 0;
  let total = input.source.total ?? 0;
  for await (const page of input.source.pages(input.signal)) {
    total = Math.max(page.total ?? total, rowCount + page.sessions.length);
    const before = rowCount;
    const first = blobs.length === 0;
    const result = await sessionsToCsvAsync(page.sessions, {
      columns: choice.columns,
      delimiter: choice.delimiter,
      dates: choice.dates,
      translate: input.translate,
      format: input.format,
      loadDetails: input.loadDetails,
      redact: choice.redact,
      signal: input.signal,
      // The BOM and the header line once, at the top of the file.
      bom: first,
      onProgress: (done) => input.onProgress(before + done, total),
    });
    // Without a BOM the header line is the first part: later pages leave it out.
    blobs.push(new Blob(first ? result.parts : result.parts.slice(1)));
    truncated.push(...result.truncated);
    redaction = mergeReports(redaction, result.redaction);
    rowCount += result.rowCount;
    input.onProgress(rowCount, total);
    // A host that answers at once (a cache, an in-memory adapter) chains pages as microtasks: the
    // page would never get a frame. Each page ends its task.
    await yieldToEventLoop();
  }
  if (input.signal.aborted) throw input.signal.reason;
  const blob = new Blob(blobs, { type: 'text/csv;charset=utf-8' });
  return { blob, fileName: exportFileName('csv', input.format.now, input.format.timeZone), rowCount, truncated, ...(redaction && { redaction }) };
}

/** The HTML file's contents and summary need every row: gathered page by page first, then written. */
async function gatherThenExport(choice: ExportChoice, input: StreamedExportInput): Promise<ExportOutcome> {
  const sessions: SessionSummary[] = [];
  let total = input.source.total ?? 0;
  for await (const page of input.source.pages(input.signal)) {
    for (const session of page.sessions) sessions.push(session);
    total = Math.max(page.total ?? total, sessions.length);
    input.onProgress(sessions.length, total);
    await yieldToEventLoop();
  }
  if (input.signal.aborted) throw input.signal.reason;
  return runExport(choice, { ...input, sessions });
}

/** Exports the host's rows in the chosen format; rejects with the abort reason when cancelled. */
export function runStreamedExport(choice: ExportChoice, input: StreamedExportInput): Promise<ExportOutcome> {
  return choice.format === 'csv' ? streamCsv(choice, input) : gatherThenExport(choice, input);
}
