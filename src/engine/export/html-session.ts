/**
 * Markup for one session in the HTML export, one function per section: its summary row, its
 * contents entry, and its article (heading and fields, parameters, transcript, notes, back link).
 * Everything is built with the escaping `html` template; anchors use the session's position
 * (`s12`), never its id, so ids from the host cannot collide or break out.
 */
import { formatFileSize, isOneOf, SENDERS, type Message, type Note, type Sender, type SentFile, type SessionSummary } from '../../model/index.js';
import type { ExportColumn } from './export-columns.js';
import { formatExportDate, isoDateTime, type ExportEnv } from './export-dates.js';
import { safeHttpUrl } from './html-escape.js';
import { html, type Html } from './html-template.js';
import { exportLabel } from './labels.js';
import type { SessionExtras } from './session-extras.js';

/** Labels resolved once per export rather than once per message. */
export interface HtmlLabels {
  senders: Readonly<Record<Sender, string>>;
  transcript: string;
  noMessages: string;
  notes: string;
  noNotes: string;
  parameters: string;
  backToSummary: string;
}

export function htmlLabels(env: ExportEnv): HtmlLabels {
  const t = env.t;
  return {
    senders: Object.fromEntries(SENDERS.map((sender) => [sender, exportLabel(t, `sender.${sender}`)])) as Record<Sender, string>,
    transcript: exportLabel(t, 'html.transcript'),
    noMessages: exportLabel(t, 'html.noMessages'),
    notes: exportLabel(t, 'html.notes'),
    noNotes: exportLabel(t, 'html.noNotes'),
    parameters: exportLabel(t, 'html.parameters'),
    backToSummary: exportLabel(t, 'html.backToSummary'),
  };
}

export interface SessionRenderContext {
  env: ExportEnv;
  labels: HtmlLabels;
  /** Summary columns (the transcript column is shown as the article instead). */
  columns: readonly ExportColumn[];
  headers: readonly string[];
  includeTranscripts: boolean;
  includeNotes: boolean;
}

/** A cell as the viewer reads it: numbers in the locale, text as is. */
function cellText(column: ExportColumn, session: SessionSummary, ctx: SessionRenderContext): string {
  const { env } = ctx;
  if (column.def && column.def.filter !== 'time') return column.def.format(session, env.ctx, env.t);
  const value = column.value(session, {}, env);
  return value === undefined ? '' : String(value);
}

function timeTag(ms: number, env: ExportEnv): Html {
  return html`<time datetime="${isoDateTime(ms)}">${formatExportDate(ms, env)}</time>`;
}

export function sessionTitle(session: SessionSummary, env: ExportEnv): string {
  return `${session.client.name || session.id} · ${formatExportDate(session.startedAt, env)}`;
}

/** The session's row in the summary table. */
export function summaryRow(session: SessionSummary, position: number, ctx: SessionRenderContext): Html {
  const cells = ctx.columns.map((column) => html`<td>${cellText(column, session, ctx)}</td>`);
  return html`<tr data-s="${position}"><td><a href="#s${position}">${position}</a></td>${cells}</tr>
`;
}

/** The session's entry in the table of contents. */
export function contentsEntry(session: SessionSummary, position: number, env: ExportEnv): Html {
  return html`<li data-s="${position}"><a href="#s${position}">${sessionTitle(session, env)}</a></li>
`;
}

/** A sent file: linked only when its URL is absolute http(s), otherwise its name as text. */
function fileItem(file: SentFile, env: ExportEnv): Html {
  const url = safeHttpUrl(file.url);
  const label = url
    ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${file.name}</a>`
    : html`<span class="file-name">${file.name}</span>`;
  return html`<li>${label} <span class="file-meta">(${formatFileSize(file.size, env.ctx)} · ${file.mimeType})</span></li>`;
}

function senderName(message: Message, labels: HtmlLabels): Html | string {
  // `?? sender`: a server may export data that never passed the adapter boundary's validation.
  const role = labels.senders[message.sender] ?? message.sender;
  if (message.sender === 'client' || message.sender === 'system' || !message.authorName) return role;
  return html`${message.authorName} <span class="role">(${role})</span>`;
}

function messageItem(message: Message, ctx: SessionRenderContext): Html {
  const files = message.files && message.files.length > 0 ? html`<ul class="files">${message.files.map((file) => fileItem(file, ctx.env))}</ul>` : '';
  // The class is chosen from the sender enum, never copied from unchecked data.
  const kind = isOneOf(SENDERS, message.sender) ? message.sender : 'system';
  return html`<li class="msg ${kind}"><p class="meta"><span class="who">${senderName(message, ctx.labels)}</span> ${timeTag(message.at, ctx.env)}</p>\
${message.text ? html`<p class="text">${message.text}</p>` : ''}${files}</li>
`;
}

function noteItem(note: Note, env: ExportEnv): Html {
  return html`<li class="note"><p class="meta"><span class="who">${note.authorName}</span> ${timeTag(note.at, env)}</p><p class="text">${note.text}</p></li>
`;
}

/** Term/value pairs with a value; nothing at all when none has one. */
function definitionList(className: string, pairs: Iterable<[string, string]>): Html | '' {
  const items: Html[] = [];
  for (const [term, value] of pairs) if (value !== '') items.push(html`<div><dt>${term}</dt><dd>${value}</dd></div>`);
  return items.length > 0 ? html`<dl class="${className}">${items}</dl>` : '';
}

function* fieldPairs(session: SessionSummary, ctx: SessionRenderContext): Generator<[string, string]> {
  for (let i = 0; i < ctx.columns.length; i += 1) yield [ctx.headers[i]!, cellText(ctx.columns[i]!, session, ctx)];
}

/** Opens the article: heading, the summary fields, and the host's parameters when there are any. */
function articleStart(session: SessionSummary, position: number, ctx: SessionRenderContext): Html {
  const parameters = Object.entries(session.parameters ?? {});
  const parameterList = parameters.length > 0 ? html`<h4>${ctx.labels.parameters}</h4>${definitionList('fields params', parameters)}` : '';
  return html`<article class="session" id="s${position}" data-s="${position}" aria-labelledby="s${position}-h">\
<h3 id="s${position}-h">${position}. ${sessionTitle(session, ctx.env)}</h3>${definitionList('fields', fieldPairs(session, ctx))}${parameterList}`;
}

/** The transcript: heading, then one piece per message (a long one spans time slices). */
function* transcriptSection(messages: readonly Message[], ctx: SessionRenderContext): Generator<Html, void, undefined> {
  if (messages.length === 0) {
    yield html`<h4>${ctx.labels.transcript}</h4><p class="empty">${ctx.labels.noMessages}</p>`;
    return;
  }
  yield html`<h4>${ctx.labels.transcript}</h4><ol class="transcript">
`;
  for (const message of messages) yield messageItem(message, ctx);
  yield html`</ol>`;
}

/** The notes: heading, then one piece per note. */
function* notesSection(notes: readonly Note[], ctx: SessionRenderContext): Generator<Html, void, undefined> {
  if (notes.length === 0) {
    yield html`<h4>${ctx.labels.notes}</h4><p class="empty">${ctx.labels.noNotes}</p>`;
    return;
  }
  yield html`<h4>${ctx.labels.notes}</h4><ul class="notes">
`;
  for (const note of notes) yield noteItem(note, ctx.env);
  yield html`</ul>`;
}

/**
 * A session's article as pieces (start, one per message, one per note, end), so a session with
 * thousands of messages can be written across time slices instead of as one string in one task.
 */
export function* sessionArticle(
  session: SessionSummary,
  extras: SessionExtras,
  position: number,
  ctx: SessionRenderContext,
): Generator<Html, void, undefined> {
  yield articleStart(session, position, ctx);
  if (ctx.includeTranscripts) yield* transcriptSection(extras.messages ?? [], ctx);
  if (ctx.includeNotes) yield* notesSection(extras.notes ?? [], ctx);
  yield html`<p class="back"><a href="#sv-summary">${ctx.labels.backToSummary}</a></p></article>
`;
}
