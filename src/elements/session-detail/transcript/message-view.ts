/**
 * Renders one transcript message. Every piece of visitor-controlled text goes through lit's text
 * bindings (escaped); links carry only URLs that passed `safeLinkHref`/`safeDownloadHref`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dateTimeAttribute } from '../../../model/time.js';
import { formatDuration, formatFileSize, formatTime, type FormatContext, type Message, type SentFile } from '../../../model/index.js';
import { safeDownloadHref } from './linkify.js';
import { initials } from './grouping.js';
import { inSpan, type PlaybackSpan } from './playback.js';
import { messageRuns, type MarkRange, type Run } from './segments.js';
import { t } from './transcript.strings.js';

export interface MessageViewContext {
  lang: string;
  format: FormatContext;
  /** Position of the current hit among all hits, or -1. */
  currentHit: number;
  /** Translated label of a system event (joined, transferred, …). */
  systemLabel: (message: Message) => string;
  /** What the linked recording covers; messages inside it get a "play from here" button. */
  playback: PlaybackSpan | undefined;
  /** Index of the message playing now, or -1. */
  playingIndex: number;
  playFrom: (message: Message) => void;
  /** The "play from" buttons are one roving group: 0 for its one Tab stop, -1 for the rest. */
  playFromTabIndex: (message: Message) => 0 | -1;
  playFromKeydown: (event: KeyboardEvent, message: Message) => void;
  /** The session's client name: the sender name of client messages that carry none. */
  clientName: string | undefined;
}

/**
 * Who wrote a message: its own author name, else (for the client) the session's client name,
 * else the role. The role is shown beside the name, so falling back to it reads "Client · Client".
 */
export function authorName(message: Message, lang: string, clientName?: string): string {
  const own = message.authorName?.trim();
  if (own) return own;
  const client = message.sender === 'client' ? clientName?.trim() : undefined;
  return client || t(lang, message.sender);
}

function renderRuns(runs: readonly Run[], currentHit: number): TemplateResult[] {
  return runs.map((run) => {
    const pieces = run.pieces.map((piece) =>
      piece.mark
        ? html`<mark part="mark" class=${piece.mark.order === currentHit ? 'current' : ''} data-hit=${piece.mark.order}>${piece.text}</mark>`
        : html`${piece.text}`,
    );
    return run.href
      ? html`<a href=${run.href} target="_blank" rel="noopener noreferrer" part="link">${pieces}</a>`
      : html`${pieces}`;
  });
}

function renderFile(file: SentFile, ctx: MessageViewContext): TemplateResult {
  const href = safeDownloadHref(file.url);
  const size = formatFileSize(file.size, ctx.format);
  return html`<li class="file" part="file">
    <svg class="file-icon" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
      <path d="M4 1h5l4 4v10H4z M9 1v4h4" fill="none" stroke="currentColor" stroke-width="1.2" />
    </svg>
    ${href
      ? html`<a href=${href} download=${file.name} target="_blank" rel="noopener noreferrer" part="file-link"
          aria-label=${t(ctx.lang, 'download', { name: file.name })}>${file.name}</a>`
      : html`<span class="file-name">${file.name}</span>`}
    <span class="file-size">${size}</span>
  </li>`;
}

/**
 * The message time and, inside the linked recording, a "▶ 0:11" button that plays the recording
 * from the message. The button shows the position in the recording (clock times of a call are
 * often all the same minute); its name contains that visible text.
 */
function renderTime(message: Message, time: string, ctx: MessageViewContext, later = false): TemplateResult {
  const stamp = later
    ? html`<time class="later" aria-hidden="true" datetime=${dateTimeAttribute(message.at)}>${time}</time>`
    : html`<time datetime=${dateTimeAttribute(message.at)}>${time}</time>`;
  if (!inSpan(ctx.playback, message.at)) return stamp;
  const position = formatDuration(message.at - ctx.playback!.from);
  const button = html`<button
    type="button"
    class="play-from"
    part="play-from"
    aria-label=${t(ctx.lang, 'playFrom', { position })}
    tabindex=${ctx.playFromTabIndex(message)}
    data-play-from=${message.id}
    @click=${() => ctx.playFrom(message)}
    @keydown=${(event: KeyboardEvent) => ctx.playFromKeydown(event, message)}
  ><span class="play-icon" aria-hidden="true">▶</span>${position}</button>`;
  return later ? html`<span class="times later">${stamp}${button}</span>` : html`${stamp}${button}`;
}

/** One message; `first` shows the sender's avatar and name (a new group). */
export function renderMessage(
  message: Message,
  index: number,
  first: boolean,
  marks: readonly MarkRange[],
  ctx: MessageViewContext,
): TemplateResult {
  const time = formatTime(message.at, ctx.format);
  const playing = index === ctx.playingIndex;
  const files = message.files?.length
    ? html`<ul class="files" aria-label=${t(ctx.lang, 'file')}>${message.files.map((file) => renderFile(file, ctx))}</ul>`
    : nothing;
  if (message.sender === 'system') {
    return html`<div
      class="message system ${playing ? 'playing' : ''}"
      part=${playing ? 'message system-message playing-message' : 'message system-message'}
      data-id=${message.id}
      data-index=${index}
      aria-current=${playing ? 'true' : nothing}
    >
      <span class="system-event">${ctx.systemLabel(message)}</span>
      ${message.text ? html`<span class="text">${renderRuns(messageRuns(message.text, marks), ctx.currentHit)}</span>` : nothing}
      ${renderTime(message, time, ctx)}
      ${files}
    </div>`;
  }
  const name = authorName(message, ctx.lang, ctx.clientName);
  return html`<div
    class="message ${message.sender} ${first ? 'first' : ''} ${playing ? 'playing' : ''}"
    part="message ${message.sender}-message${playing ? ' playing-message' : ''}"
    data-id=${message.id}
    data-index=${index}
    aria-current=${playing ? 'true' : nothing}
  >
    ${first
      ? html`<div class="header">
          <span class="avatar" aria-hidden="true">${initials(name)}</span>
          <span class="author">${name}</span>
          <span class="role">${t(ctx.lang, message.sender)}</span>
          ${renderTime(message, time, ctx)}
        </div>`
      : html`<span class="sv-visually-hidden">${t(ctx.lang, 'said', { author: name, time })}</span>`}
    <div class="bubble">
      ${message.text ? html`<p class="text">${renderRuns(messageRuns(message.text, marks), ctx.currentHit)}</p>` : nothing}
      ${files}
    </div>
    ${first ? nothing : renderTime(message, time, ctx, true)}
  </div>`;
}
