/**
 * `sessionsToHtml`: one self-contained, searchable HTML file of the chosen sessions — summary
 * table, contents, and per session its fields, parameters, transcript and notes. No external
 * request of any kind: a CSP `<meta>` forbids all network access and allows only the inline
 * style and script by their SHA-256. With JavaScript off everything is still there to read.
 */
import type { FormatContext, SessionSummary, Translate } from '../../model/index.js';
import { resolveExportColumns, TRANSCRIPT_COLUMN_ID } from './export-columns.js';
import { createExportEnv, type DateStyle, type ExportEnv } from './export-dates.js';
import { escapeHtml, jsonForScript } from './html-escape.js';
import { EXPORT_STYLES } from './html-styles.js';
import { SEARCH_SCRIPT } from './html-search-script.js';
import { htmlLabels, sessionArticleChunks, summaryRow, tocEntry, type SessionRenderContext } from './html-session.js';
import { exportLabel, fillLabel, untranslated } from './labels.js';
import { batchesWithExtras, extrasFor, type SessionExtrasLoader, type SessionExtrasSource } from './session-extras.js';
import { cspHashSource } from './sha256.js';
import { TimeSlicer, type ChunkedOptions } from './time-slice.js';
import type { RedactOptions } from '../redact/redactor.js';
import { redactedExtras, redactedSummary, SessionRedaction, type RedactionReport } from '../redact/session-redaction.js';

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

let policy: string | undefined;

/**
 * `default-src 'none'` blocks every fetch (images, fonts, frames, connect, media); the one style
 * and one script run by hash, so an injected `<script>` or `style=` could not run even if escaping
 * failed. `base-uri`/`form-action` do not fall back to default-src, so they are set explicitly.
 */
export function exportContentSecurityPolicy(): string {
  policy ??= [
    "default-src 'none'",
    `style-src ${cspHashSource(EXPORT_STYLES)}`,
    `script-src ${cspHashSource(SEARCH_SCRIPT)}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return policy;
}

interface HtmlRun {
  render: SessionRenderContext;
  options: HtmlOptions;
  redaction?: SessionRedaction;
}

function prepare(options: HtmlOptions): HtmlRun {
  const t = options.translate ?? untranslated;
  const ctx = options.format ?? { locale: 'en', timeZone: 'UTC', now: Date.now() };
  const env = createExportEnv(t, ctx, options.dates ?? 'viewer');
  const columns = resolveExportColumns(options.columns.filter((id) => id !== TRANSCRIPT_COLUMN_ID));
  return {
    options,
    redaction: options.redact ? new SessionRedaction({ translate: options.translate, ...options.redact }) : undefined,
    render: {
      env,
      labels: htmlLabels(env),
      columns,
      headers: columns.map((column) => column.header(t)),
      includeTranscripts: options.includeTranscripts ?? true,
      includeNotes: options.includeNotes ?? false,
    },
  };
}

function documentStart(run: HtmlRun, count: number): string {
  const { env } = run.render;
  const { t } = env;
  const title = run.options.title ?? exportLabel(t, 'html.title');
  const generated = fillLabel(exportLabel(t, 'html.generated'), {
    date: env.dates === 'iso' ? new Date(run.options.generatedAt ?? Date.now()).toISOString() : formatGenerated(run, env),
    count: count.toLocaleString(env.ctx.locale),
  });
  const search = exportLabel(t, 'html.search');
  return (
    `<!DOCTYPE html>\n<html lang="${escapeHtml(run.options.lang ?? env.ctx.locale)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="${exportContentSecurityPolicy()}">\n` +
    `<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(title)}</title>\n<style>${EXPORT_STYLES}</style>\n</head>\n<body>\n` +
    `<header class="page"><h1>${escapeHtml(title)}</h1><p class="generated">${escapeHtml(generated)}</p>\n` +
    (run.redaction ? `<p class="generated" id="sv-redacted">${escapeHtml(run.redaction.notice(run.options.translate))}</p>\n` : '') +
    `<div class="search" id="sv-search" role="search" hidden><label for="sv-q">${escapeHtml(search)}</label>` +
    `<input id="sv-q" type="search" autocomplete="off" spellcheck="false" aria-describedby="sv-hint sv-status">` +
    `<button type="button" data-step="-1">${escapeHtml(exportLabel(t, 'html.previous'))}</button>` +
    `<button type="button" data-step="1">${escapeHtml(exportLabel(t, 'html.next'))}</button>` +
    `<output id="sv-status" aria-live="polite"></output><p class="hint" id="sv-hint">${escapeHtml(exportLabel(t, 'html.searchHint'))}</p></div>\n</header>\n`
  );
}

function formatGenerated(run: HtmlRun, env: ExportEnv): string {
  const at = run.options.generatedAt ?? Date.now();
  try {
    return new Intl.DateTimeFormat(env.ctx.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: env.ctx.timeZone }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}

function tableStart(run: HtmlRun): string {
  const { t } = run.render.env;
  const heads = run.render.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  return (
    `<main>\n<section id="sv-summary" aria-labelledby="sv-summary-h"><h2 id="sv-summary-h">${escapeHtml(exportLabel(t, 'html.summary'))}</h2>\n` +
    `<div class="table-wrap"><table><thead><tr><th scope="col">#</th>${heads}</tr></thead>\n<tbody data-search>\n`
  );
}

function tocStart(run: HtmlRun): string {
  const { t } = run.render.env;
  return (
    `</tbody></table></div></section>\n<nav id="sv-toc" aria-labelledby="sv-toc-h"><h2 id="sv-toc-h">${escapeHtml(exportLabel(t, 'html.contents'))}</h2>` +
    `<ol><li><a href="#sv-summary">${escapeHtml(exportLabel(t, 'html.summary'))}</a></li>` +
    `<li><a href="#sv-sessions">${escapeHtml(exportLabel(t, 'html.sessions'))}</a><ol class="toc-sessions">\n`
  );
}

function sessionsStart(run: HtmlRun): string {
  const { t } = run.render.env;
  return `</ol></li></ol></nav>\n<section id="sv-sessions" data-search aria-labelledby="sv-sessions-h"><h2 id="sv-sessions-h">${escapeHtml(exportLabel(t, 'html.sessions'))}</h2>\n`;
}

function documentEnd(run: HtmlRun): string {
  const { t } = run.render.env;
  const data = { title: run.options.title ?? null, strings: { hits: exportLabel(t, 'html.hits'), noHits: exportLabel(t, 'html.noHits') } };
  return (
    `</section>\n</main>\n<script type="application/json" id="sv-data">${jsonForScript(data)}</script>\n` +
    `<script>${SEARCH_SCRIPT}</script>\n</body>\n</html>\n`
  );
}

/**
 * Collects small strings into flat parts of ~64 KB for `Blob`. Pieces are joined per part rather
 * than appended with `+=`: a `+=` chain is a rope of thousands of nodes that lives until the part
 * is done, gets promoted to the old generation and makes the garbage collector pause the page
 * (the 50 ms tasks seen while exporting 5,000 sessions); `join` leaves one flat string and
 * short-lived pieces that die young.
 */
class PartWriter {
  readonly parts: string[] = [];
  private pieces: string[] = [];
  private pendingLength = 0;

  write(text: string): void {
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

/** The whole file, synchronously. Sessions that are `SessionDetail`s carry their own messages and notes. */
export function sessionsToHtml(sessions: readonly SessionSummary[], options: HtmlOptions): HtmlResult {
  const run = prepare(options);
  const out = new PartWriter();
  out.write(documentStart(run, sessions.length) + tableStart(run));
  const shown = run.redaction ? sessions.map((session) => redactedSummary(run.redaction, session)) : sessions;
  const holds = { messages: run.render.includeTranscripts, notes: run.render.includeNotes };
  shown.forEach((session, i) => out.write(summaryRow(session, i + 1, run.render)));
  out.write(tocStart(run));
  shown.forEach((session, i) => out.write(tocEntry(session, i + 1, run.render.env)));
  out.write(sessionsStart(run));
  shown.forEach((session, i) => {
    const extras = redactedExtras(run.redaction, session.id, extrasFor(session, options.details), holds);
    for (const chunk of sessionArticleChunks(session, extras, i + 1, run.render)) out.write(chunk);
  });
  out.write(documentEnd(run));
  return { parts: out.flush(), sessionCount: sessions.length, ...(run.redaction && { redaction: run.redaction.report() }) };
}

/**
 * The same file in time slices with progress (summary and contents count as the first 10 %),
 * cancel, and messages/notes loaded batch by batch through `loadDetails`.
 */
export async function sessionsToHtmlAsync(sessions: readonly SessionSummary[], options: HtmlAsyncOptions): Promise<HtmlResult> {
  const total = sessions.length;
  const slicer = new TimeSlicer(total, options);
  slicer.checkAborted();
  const run = prepare(options);
  const out = new PartWriter();
  // Progress counts sessions: summary rows and contents are cheap, articles are the work.
  const quietSlicer = new TimeSlicer(total, { ...options, onProgress: undefined });
  out.write(documentStart(run, total) + tableStart(run));
  for (let i = 0; i < total; i += 1) {
    out.write(summaryRow(redactedSummary(run.redaction, sessions[i]!), i + 1, run.render));
    if ((i & 15) === 15) await quietSlicer.pause(0);
  }
  out.write(tocStart(run));
  for (let i = 0; i < total; i += 1) {
    out.write(tocEntry(redactedSummary(run.redaction, sessions[i]!), i + 1, run.render.env));
    if ((i & 31) === 31) await quietSlicer.pause(0);
  }
  out.write(sessionsStart(run));
  const wantsExtras = run.render.includeTranscripts || run.render.includeNotes;
  const holds = { messages: run.render.includeTranscripts, notes: run.render.includeNotes };
  const loader = wantsExtras ? options.loadDetails : undefined;
  const signal = options.signal ?? new AbortController().signal;
  for await (const batch of batchesWithExtras(sessions, options.batchSize ?? 100, loader, signal)) {
    slicer.checkAborted();
    const details = batch.extras ?? options.details;
    for (let i = batch.start; i < batch.end; i += 1) {
      let written = 0;
      const session = redactedSummary(run.redaction, sessions[i]!);
      const extras = redactedExtras(run.redaction, session.id, extrasFor(session, details), holds);
      for (const chunk of sessionArticleChunks(session, extras, i + 1, run.render)) {
        out.write(chunk);
        // A long transcript is written across slices too.
        if ((++written & 63) === 0) await slicer.pause(i);
      }
      await slicer.pause(i + 1);
    }
  }
  out.write(documentEnd(run));
  slicer.finish();
  return { parts: out.flush(), sessionCount: total, ...(run.redaction && { redaction: run.redaction.report() }) };
}
