/**
 * Markup for one session in the HTML export: its summary row, its contents entry and its article
 * (fields, parameters, transcript, notes). Every data value is escaped here; anchors use the
 * session's position (`s12`), never its id, so ids from the host cannot collide or break out.
 */
import { formatFileSize, type Message, type Note, type SentFile, type SessionSummary } from '../../model/index.js';
import type { ExportColumn } from './export-columns.js';
import { formatExportDate, isoDateTime, type ExportEnv } from './export-dates.js';
import { escapeHtml, safeHttpUrl } from './html-escape.js';
import { exportLabel } from './labels.js';
import type { SessionExtras } from './session-extras.js';

/** Labels resolved once per export rather than once per message. */
export interface HtmlLabels {
  client: string;
  operator: string;
  chatbot: string;
  system: string;
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
    client: exportLabel(t, 'sender.client'),
    operator: exportLabel(t, 'sender.operator'),
    chatbot: exportLabel(t, 'sender.chatbot'),
    system: exportLabel(t, 'sender.system'),
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

function timeTag(ms: number, env: ExportEnv): string {
  return `<time datetime="${isoDateTime(ms)}">${escapeHtml(formatExportDate(ms, env))}</time>`;
}

export function sessionTitle(session: SessionSummary, env: ExportEnv): string {
  return `${session.client.name || session.id} · ${formatExportDate(session.startedAt, env)}`;
}

export function summaryRow(session: SessionSummary, position: number, ctx: SessionRenderContext): string {
  let row = `<tr data-s="${position}"><td><a href="#s${position}">${position}</a></td>`;
  for (const column of ctx.columns) row += `<td>${escapeHtml(cellText(column, session, ctx))}</td>`;
  return `${row}</tr>\n`;
}

export function tocEntry(session: SessionSummary, position: number, env: ExportEnv): string {
  return `<li data-s="${position}"><a href="#s${position}">${escapeHtml(sessionTitle(session, env))}</a></li>\n`;
}

function fileItem(file: SentFile, env: ExportEnv): string {
  const url = safeHttpUrl(file.url);
  const name = escapeHtml(file.name);
  const label = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer" target="_blank">${name}</a>` : `<span class="file-name">${name}</span>`;
  const meta = `${formatFileSize(file.size, env.ctx)} · ${file.mimeType}`;
  return `<li>${label} <span class="file-meta">(${escapeHtml(meta)})</span></li>`;
}

function senderName(message: Message, labels: HtmlLabels): string {
  const role = labels[message.sender] ?? message.sender;
  if (message.sender === 'client' || message.sender === 'system' || !message.authorName) return escapeHtml(role);
  return `${escapeHtml(message.authorName)} <span class="role">(${escapeHtml(role)})</span>`;
}

function messageItem(message: Message, ctx: SessionRenderContext): string {
  // The class is chosen from a fixed list, never copied from data.
  const kind = message.sender === 'client' || message.sender === 'operator' || message.sender === 'chatbot' ? message.sender : 'system';
  let item = `<li class="msg ${kind}"><p class="meta"><span class="who">${senderName(message, ctx.labels)}</span> ${timeTag(message.at, ctx.env)}</p>`;
  if (message.text) item += `<p class="text">${escapeHtml(message.text)}</p>`;
  if (message.files && message.files.length > 0) {
    item += `<ul class="files">${message.files.map((file) => fileItem(file, ctx.env)).join('')}</ul>`;
  }
  return `${item}</li>\n`;
}

function noteItem(note: Note, env: ExportEnv): string {
  return `<li class="note"><p class="meta"><span class="who">${escapeHtml(note.authorName)}</span> ${timeTag(note.at, env)}</p><p class="text">${escapeHtml(note.text)}</p></li>\n`;
}

function definitionList(className: string, pairs: Iterable<[string, string]>): string {
  let list = '';
  for (const [term, value] of pairs) {
    if (value !== '') list += `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`;
  }
  return list ? `<dl class="${className}">${list}</dl>` : '';
}

function* fieldPairs(session: SessionSummary, ctx: SessionRenderContext): Generator<[string, string]> {
  for (let i = 0; i < ctx.columns.length; i += 1) yield [ctx.headers[i]!, cellText(ctx.columns[i]!, session, ctx)];
}

/**
 * A session's article as pieces (head, one per message, one per note, end), so a session with
 * thousands of messages can be written across time slices instead of as one string in one task.
 */
export function* sessionArticleChunks(
  session: SessionSummary,
  extras: SessionExtras,
  position: number,
  ctx: SessionRenderContext,
): Generator<string, void, undefined> {
  const { env, labels } = ctx;
  let head =
    `<article class="session" id="s${position}" data-s="${position}" aria-labelledby="s${position}-h">` +
    `<h3 id="s${position}-h">${position}. ${escapeHtml(sessionTitle(session, env))}</h3>` +
    definitionList('fields', fieldPairs(session, ctx));
  const parameters = Object.entries(session.parameters ?? {});
  if (parameters.length > 0) head += `<h4>${escapeHtml(labels.parameters)}</h4>${definitionList('fields params', parameters)}`;
  let closing = '';
  if (ctx.includeTranscripts) {
    head += `<h4>${escapeHtml(labels.transcript)}</h4>`;
    const messages = extras.messages ?? [];
    if (messages.length === 0) head += `<p class="empty">${escapeHtml(labels.noMessages)}</p>`;
    else {
      yield `${head}<ol class="transcript">\n`;
      head = '';
      for (const message of messages) yield messageItem(message, ctx);
      closing = '</ol>';
    }
  }
  if (ctx.includeNotes) {
    closing += `<h4>${escapeHtml(labels.notes)}</h4>`;
    const notes = extras.notes ?? [];
    if (notes.length === 0) closing += `<p class="empty">${escapeHtml(labels.noNotes)}</p>`;
    else {
      yield `${head}${closing}<ul class="notes">\n`;
      head = closing = '';
      for (const note of notes) yield noteItem(note, env);
      closing = '</ul>';
    }
  }
  yield `${head}${closing}<p class="back"><a href="#sv-summary">${escapeHtml(labels.backToSummary)}</a></p></article>\n`;
}
