/**
 * `sessionsToHtml`: one self-contained, searchable HTML file of the chosen sessions — summary
 * table, contents, and per session its fields, parameters, transcript and notes. No external
 * request of any kind: a CSP `<meta>` forbids all network access and allows only the inline
 * style and script by their SHA-256. With JavaScript off everything is still there to read.
 *
 * Layout: html-page.ts writes the frame (head, summary/contents/sessions section starts, end),
 * html-session.ts one function per part of a session (summary row, contents entry, article:
 * fields, parameters, transcript, notes), both with the escaping `html` template of
 * html-template.ts; this module orders them, in one go or in time slices.
 */
import type { FormatContext, SessionSummary, Translate } from '../../model/index.js';
import { resolveExportColumns, TRANSCRIPT_COLUMN_ID } from './export-columns.js';
import { createExportEnv, type DateStyle } from './export-dates.js';
import { EXPORT_CONTENT_SECURITY_POLICY } from './html-csp.js';
import { contentsStart, documentEnd, documentStart, sessionsStart, summaryStart, type PageContext } from './html-page.js';
import { contentsEntry, htmlLabels, sessionArticle, summaryRow, type SessionRenderContext } from './html-session.js';
import type { Html } from './html-template.js';
import { untranslated } from './labels.js';
import { batchesWithExtras, extrasFor, type SessionExtrasLoader, type SessionExtrasSource } from './session-extras.js';
import { TimeSlicer, type ChunkedOptions } from './time-slice.js';
import type { RedactOptions } from '../redact/redactor.js';
import { redactedExtras, redactedSummary, SessionRedaction, type RedactionReport } from '../redact/session-redaction.js';
import { shownFields } from '../redact/shown-fields.js';

export interface HtmlOptions {
  /** Summary columns in order (catalogue ids and `param:<name>`; `transcript` is implied by `includeTranscripts`). */
  columns: readonly string[];
  /** Each session's messages and sent files (default true). */
  includeTranscripts?: boolean;
  /** Each session's notes (default false: notes are internal). */
  includeNotes?: boolean;
  /** Messages and notes when the sessions are summaries. */
  details?: SessionExtrasSource;
  translate?: Translate;
  format?: FormatContext;
  /** Default `viewer`: the file is for people. */
  dates?: DateStyle;
  /** `<html lang>`; defaults to the format locale. */
  lang?: string;
  /** Document title (default: the translated "Sessions"). */
  title?: string;
  /** Shown as the export time (default now). */
  generatedAt?: number;
  /** Hide personal data in every typed text; the file says so at the top. Masks in `translate`'s language. */
  redact?: RedactOptions;
}

export interface HtmlResult {
  /** Pass to `new Blob(parts, { type: 'text/html' })`. */
  parts: string[];
  sessionCount: number;
  /** With `redact`: what was hidden, per kind and per session. */
  redaction?: RedactionReport;
}

export interface HtmlAsyncOptions extends HtmlOptions, ChunkedOptions {
  /** Loads messages/notes for a batch of session ids, e.g. through the adapter. */
  loadDetails?: SessionExtrasLoader;
  /** Sessions per `loadDetails` call (default 100). */
  batchSize?: number;
}

/** The export's Content Security Policy (the `<meta>` of every exported file). */
export function exportContentSecurityPolicy(): string {
  return EXPORT_CONTENT_SECURITY_POLICY;
}

interface HtmlRun {
  page: PageContext;
  render: SessionRenderContext;
  redaction?: SessionRedaction;
}

function prepare(options: HtmlOptions): HtmlRun {
  const t = options.translate ?? untranslated;
  const ctx = options.format ?? { locale: 'en', timeZone: 'UTC', now: Date.now() };
  const env = createExportEnv(t, ctx, options.dates ?? 'viewer');
  const columns = resolveExportColumns(options.columns.filter((id) => id !== TRANSCRIPT_COLUMN_ID));
  const headers = columns.map((column) => column.header(t));
  return {
    page: { env, title: options.title, lang: options.lang ?? ctx.locale, generatedAt: options.generatedAt, headers },
    redaction: options.redact ? new SessionRedaction({ translate: options.translate, ...options.redact }, shownFields(options.columns, true)) : undefined,
    render: {
      env,
      labels: htmlLabels(env),
      columns,
      headers,
      includeTranscripts: options.includeTranscripts ?? true,
      includeNotes: options.includeNotes ?? false,
    },
  };
}

/**
 * Collects markup pieces into flat parts of ~64 KB for `Blob`. Pieces are joined per part rather
 * than appended with `+=`: a `+=` chain is a rope of thousands of nodes that lives until the part
 * is done, gets promoted to the old generation and makes the garbage collector pause the page
 * (the 50 ms tasks seen while exporting 5,000 sessions); `join` leaves one flat string and
 * short-lived pieces that die young.
 */
class PartWriter {
  readonly parts: string[] = [];
  private pieces: string[] = [];
  private pendingLength = 0;

  /** Takes only `Html`: every byte of the file comes from the escaping template. */
  write(piece: Html): void {
    const text = piece.markup;
    this.pieces.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength > PART_LENGTH) this.flush();
  }

  flush(): string[] {
    if (this.pieces.length > 0) this.parts.push(this.pieces.join(''));
    this.pieces = [];
    this.pendingLength = 0;
    return this.parts;
  }
}

const PART_LENGTH = 64 * 1024;

/** The whole file, synchronously. Sessions that are `DetailedSession`s carry their own messages and notes. */
export function sessionsToHtml(sessions: readonly SessionSummary[], options: HtmlOptions): HtmlResult {
  const { page, render, redaction } = prepare(options);
  const out = new PartWriter();
  out.write(documentStart(page, sessions.length, redaction?.notice(options.translate)));
  out.write(summaryStart(page));
  const shown = redaction ? sessions.map((session) => redactedSummary(redaction, session)) : sessions;
  const holds = { messages: render.includeTranscripts, notes: render.includeNotes };
  shown.forEach((session, i) => out.write(summaryRow(session, i + 1, render)));
  out.write(contentsStart(page));
  shown.forEach((session, i) => out.write(contentsEntry(session, i + 1, render.env)));
  out.write(sessionsStart(page));
  shown.forEach((session, i) => {
    const extras = redactedExtras(redaction, session.id, extrasFor(session, options.details), holds);
    for (const piece of sessionArticle(session, extras, i + 1, render)) out.write(piece);
  });
  out.write(documentEnd(page));
  return { parts: out.flush(), sessionCount: sessions.length, ...(redaction && { redaction: redaction.report() }) };
}

/**
 * The same file in time slices with progress (summary and contents count as the first 10 %),
 * cancel, and messages/notes loaded batch by batch through `loadDetails`.
 */
export async function sessionsToHtmlAsync(sessions: readonly SessionSummary[], options: HtmlAsyncOptions): Promise<HtmlResult> {
  const total = sessions.length;
  const slicer = new TimeSlicer(total, options);
  slicer.checkAborted();
  const { page, render, redaction } = prepare(options);
  const out = new PartWriter();
  // Progress counts sessions: summary rows and contents are cheap, articles are the work.
  const quietSlicer = new TimeSlicer(total, { ...options, onProgress: undefined });
  out.write(documentStart(page, total, redaction?.notice(options.translate)));
  out.write(summaryStart(page));
  for (let i = 0; i < total; i += 1) {
    out.write(summaryRow(redactedSummary(redaction, sessions[i]!), i + 1, render));
    if ((i & 15) === 15) await quietSlicer.pause(0);
  }
  out.write(contentsStart(page));
  for (let i = 0; i < total; i += 1) {
    out.write(contentsEntry(redactedSummary(redaction, sessions[i]!), i + 1, render.env));
    if ((i & 31) === 31) await quietSlicer.pause(0);
  }
  out.write(sessionsStart(page));
  const wantsExtras = render.includeTranscripts || render.includeNotes;
  const holds = { messages: render.includeTranscripts, notes: render.includeNotes };
  const loader = wantsExtras ? options.loadDetails : undefined;
  const signal = options.signal ?? new AbortController().signal;
  for await (const batch of batchesWithExtras(sessions, options.batchSize ?? 100, loader, signal)) {
    slicer.checkAborted();
    const details = batch.extras ?? options.details;
    for (let i = batch.start; i < batch.end; i += 1) {
      let written = 0;
      const session = redactedSummary(redaction, sessions[i]!);
      const extras = redactedExtras(redaction, session.id, extrasFor(session, details), holds);
      for (const piece of sessionArticle(session, extras, i + 1, render)) {
        out.write(piece);
        // A long transcript is written across slices too.
        if ((++written & 63) === 0) await slicer.pause(i);
      }
      await slicer.pause(i + 1);
    }
  }
  out.write(documentEnd(page));
  slicer.finish();
  return { parts: out.flush(), sessionCount: total, ...(redaction && { redaction: redaction.report() }) };
}
