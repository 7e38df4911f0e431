import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { virtualize, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Message, Viewer } from '../../../model/index.js';
import { AnnouncerController, announcerRegion } from '../../../controllers/announcer-controller.js';
import { layoutSettled, onSizeLayout, withFrameResizeObserver } from '../../../controllers/frame-resize-observer.js';
import { LocaleController } from '../../../controllers/locale-controller.js';
import { controls, tokens } from '../../../themes/tokens.js';
import { findPhrase, findTerms, hitsByMessage, type Hit } from './find.js';
import { startsGroup } from './grouping.js';
import { authorName, renderMessage, type MessageViewContext } from './message-view.js';
import { PlayFromGroup } from './play-from-group.js';
import { isRowVisible, playingIndex, type PlaybackSpan, type TranscriptPlayFromEventDetail } from './playback.js';
import { renderFindBar } from './find-bar.js';
import { revealRow, type RevealAt } from './reveal-row.js';
import { emitInternal } from '../../../events/emit.js';
import { transcriptStyles } from './transcript.styles.js';
import { t } from './transcript.strings.js';

/** Within this many pixels of the end the log counts as "at the bottom" and follows new messages. */
const BOTTOM_SLACK_PX = 32;
/** Layout rounds `updateComplete` waits at most for the virtualizer (a safety bound: it normally takes one or two). */
const MAX_ROUNDS_FOR_LAYOUT = 20;
/**
 * Named, so the virtualizer does not fetch its default layout with a dynamic `import()`: on a busy
 * machine that took longer than the layout rounds `updateComplete` waits, and a live log mounted
 * without rows could not stick to its end.
 */
const MESSAGE_LAYOUT = flow();

/**
 * A session transcript: messages grouped by sender, files, system lines, safe links, find with
 * hit navigation, and live append that follows the end unless the reader scrolled up.
 * Virtualised, so a 10,000-message transcript renders only what is on screen.
 *
 * @summary Virtualised, searchable conversation log.
 *
 * @csspart toolbar - The find bar.
 * @csspart log - The scrolling message list (`role="log"`).
 * @csspart message - Every message; also `client-message`, `operator-message`, `chatbot-message`, `system-message`.
 * @csspart mark - A find or search hit.
 * @csspart link - A link in a message.
 * @csspart file - A sent file; `file-link` its download link.
 * @csspart new-messages - The "new messages" pill.
 * @csspart play-from - A message time that plays the linked recording from that message.
 * @csspart playing-message - The message at the recording's current position (also `aria-current="true"`).
 * @csspart show-playing - The pill that scrolls back to the playing message after the reader scrolled away.
 *
 * @fires {CustomEvent<TranscriptPlayFromEventDetail>} sv-transcript-play-from - A message's "play from here" was pressed; `detail: { messageId, at }`.
 *
 * @cssprop --sv-transcript-avatar-size - Size of the sender initials (28px).
 * @cssprop --sv-color-client - Client bubbles; also `--sv-color-operator`, `--sv-color-chatbot`, `--sv-color-system`.
 * @cssprop --sv-color-mark - Hit highlight.
 */
export class SessionTranscript extends LitElement {
  static override styles = [tokens, controls, transcriptStyles];

  private readonly locale = new LocaleController(this);
  private readonly announcer = new AnnouncerController(this, 3000);


  /** The messages, oldest first. A longer array starting with the same message is a live append. */
  @property({ attribute: false }) messages: readonly Message[] = [];
  /** Search text or terms (e.g. the table's search) to highlight; the find box takes precedence. */
  @property({ attribute: false }) highlight: string | readonly string[] = '';
  /** A live session starts at the end and follows new messages. */
  @property({ type: Boolean }) live = false;
  /** The session's client name, shown as the sender of client messages (their role beside it). */
  @property({ attribute: 'client-name' }) clientName: string | undefined;
  /** For the time zone and locale of timestamps. */
  @property({ attribute: false }) viewer: Viewer | undefined;
  /** What a linked recording covers (epoch ms): messages inside get a "play from here" button. */
  @property({ attribute: false }) playback: PlaybackSpan | undefined;
  /** The recording's position as epoch ms: the latest message at or before it is marked as playing. */
  @property({ attribute: false }) playbackAt: number | undefined;

  @state() private findText = '';
  @state() private currentHit = -1;
  @state() private unseen = 0;
  /** The reader scrolled away from the playing message: offer a way back instead of following. */
  @state() private playingOffscreen = false;

  @query('.log') private log!: HTMLElement & VirtualizerHostElement;
  /** The message a scroll is on its way to (see `getUpdateComplete`). */
  private revealing: number | undefined;
  /** The log's scroll position as of the last scroll event. */
  private seenScrollTop = 0;
  /** Aborted when the element leaves the page: ends waits for a layout that will not come. */
  private connection = new AbortController();

  private hits: Hit[] = [];
  private marks = hitsByMessage([]);
  private atBottom = true;
  private pendingScroll: 'bottom' | 'top' | 'hit' | 'playing' | undefined;
  private playing = -1;
  /** The "play from" buttons: one Tab stop, arrows between them. */
  private readonly playFromGroup = new PlayFromGroup({
    state: () => ({ messages: this.messages, playback: this.playback, playing: this.playing }),
    reveal: (index) => this.revealIndex(index, 'nearest'),
    requestUpdate: () => this.requestUpdate(),
    button: (id) => this.log?.querySelector<HTMLElement>(`[data-play-from="${CSS.escape(id)}"]`) ?? null,
  });

  /** Number of hits of the find text (or highlight). */
  get hitCount(): number {
    return this.hits.length;
  }

  /** Zero-based position of the current hit, -1 when there is none. */
  get currentHitIndex(): number {
    return this.currentHit;
  }

  /** Moves to the next hit (wrapping) and scrolls its message into view. */
  nextHit(): void {
    this.goToHit(this.currentHit + 1);
  }

  /** Moves to the previous hit (wrapping). */
  previousHit(): void {
    this.goToHit(this.currentHit - 1);
  }

  /** Shows the latest message and clears the "new messages" pill. */
  scrollToBottom(): void {
    this.unseen = 0;
    this.atBottom = true;
    this.pendingScroll = 'bottom';
    this.requestUpdate();
  }

  /** Index of the message marked as playing, -1 when none. */
  get playingMessageIndex(): number {
    return this.playing;
  }

  /** Scrolls the playing message into view and follows playback again. */
  showPlaying(): void {
    this.playingOffscreen = false;
    if (this.playing >= 0) this.pendingScroll = 'playing';
    this.requestUpdate();
  }

  /** Sets the find text (as if typed in the find box). */
  find(text: string): void {
    this.findText = text;
  }

  private goToHit(index: number): void {
    const total = this.hits.length;
    if (total === 0) return;
    this.currentHit = ((index % total) + total) % total;
    this.pendingScroll = 'hit';
    this.announcer.announce(t(this.locale.lang, 'hitStatus', { current: this.currentHit + 1, total }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('messages')) this.messagesChanged(changed.get('messages') as readonly Message[] | undefined);
    if (changed.has('messages') || changed.has('highlight') || changed.has('findText')) {
      const queryChanged = changed.has('highlight') || changed.has('findText');
      this.hits = this.findText.trim() ? findPhrase(this.messages, this.findText) : findTerms(this.messages, this.highlight);
      this.marks = hitsByMessage(this.hits);
      if (queryChanged || this.currentHit >= this.hits.length) {
        this.currentHit = this.hits.length > 0 ? 0 : -1;
        if (this.currentHit === 0) this.pendingScroll = 'hit';
      }
    }
    if (changed.has('playbackAt') || changed.has('messages')) this.playbackMoved();
  }

  /**
   * Follows playback only while the reader can see the message that was playing: once they
   * scroll elsewhere the highlight still moves, but the log stays where they put it.
   */
  private playbackMoved(): void {
    const next = playingIndex(this.messages, this.playbackAt);
    if (next === this.playing) return;
    const follow = this.playing === -1 || isRowVisible(this.log, this.playing);
    this.playing = next;
    if (next === -1) {
      this.playingOffscreen = false;
    } else if (follow) {
      this.playingOffscreen = false;
      this.pendingScroll ??= 'playing';
    } else {
      this.playingOffscreen = true;
    }
  }

  private messagesChanged(previous: readonly Message[] | undefined): void {
    const appended =
      previous && previous.length > 0 && this.messages.length > previous.length && this.messages[0]?.id === previous[0]?.id
        ? this.messages.slice(previous.length)
        : undefined;
    if (!appended) {
      // A different transcript: start over.
      this.unseen = 0;
      this.atBottom = this.live;
      this.pendingScroll = this.live ? 'bottom' : 'top';
      return;
    }
    if (this.atBottom) this.pendingScroll = 'bottom';
    else this.unseen += appended.length;
    const latest = appended[appended.length - 1]!;
    const lang = this.locale.lang;
    this.announcer.announce(
      t(lang, 'newMessage', { author: authorName(latest, lang, this.clientName), text: latest.text.slice(0, 140) || this.systemLabel(latest) }),
    );
  }

  /**
   * Also waits for the virtualizer to render the first rows and for a scroll to a message (find,
   * playback, new messages) to show it, so a host or a test awaiting it sees the result. The
   * virtualizer lays out a frame after a size change (see frame-resize-observer.ts), so "shown"
   * is read only once its layout has settled.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let round = 0; round < MAX_ROUNDS_FOR_LAYOUT && this.logShown(); round++) {
      // The first rows arrive with the virtualizer's first range, however long that takes.
      if (!this.rowsRendered()) await this.firstRange();
      await layoutSettled(this);
      complete = (await super.getUpdateComplete()) && complete;
      if (!this.layoutPending()) break;
    }
    return complete;
  }

  /** The log is on screen (hidden, there is nothing to show, and a background tab runs no frames to wait for). */
  private logShown(): boolean {
    const log = this.log;
    return Boolean(log?.isConnected && log.clientHeight > 0 && document.visibilityState !== 'hidden');
  }

  private rowsRendered(): boolean {
    return this.log.querySelector(':scope > [data-index]') !== null;
  }

  /** Resolves on the log's next range (its rows render in the same event), or when the element leaves the page. */
  private firstRange(): Promise<void> {
    const log = this.log;
    return new Promise((resolve) => {
      const done = () => {
        log.removeEventListener('rangeChanged', done);
        this.connection.signal.removeEventListener('abort', done);
        resolve();
      };
      log.addEventListener('rangeChanged', done);
      this.connection.signal.addEventListener('abort', done);
    });
  }

  private layoutPending(): boolean {
    const log = this.log;
    // No rows yet, or a scroll event (ours, the reader's or the virtualizer's) still to come.
    if (!this.rowsRendered() || log.scrollTop !== this.seenScrollTop) return true;
    // Following the end but not there: a layout grew the log after the last scroll to it.
    if (this.atBottom && this.messages.length > 0 && log.scrollHeight - log.scrollTop - log.clientHeight > BOTTOM_SLACK_PX) {
      log.scrollTop = log.scrollHeight;
      return true;
    }
    if (this.revealing !== undefined && isRowVisible(log, this.revealing)) this.revealing = undefined;
    return this.revealing !== undefined;
  }

  constructor() {
    super();
    // A message measured taller than estimated grows the log after a scroll to its end: a reader
    // following the end stays there.
    onSizeLayout(this, () => {
      const log = this.log;
      if (this.atBottom && log && log.scrollHeight - log.scrollTop - log.clientHeight > BOTTOM_SLACK_PX) log.scrollTop = log.scrollHeight;
    });
  }

  // The log's virtualizer is created while rendering and reconnected while connecting: both with
  // an observer that lays out in the next frame, not inside the browser's observer round.
  override connectedCallback(): void {
    if (this.connection.signal.aborted) this.connection = new AbortController();
    withFrameResizeObserver(this, () => super.connectedCallback());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.connection.abort();
  }

  protected override update(changed: PropertyValues): void {
    withFrameResizeObserver(this, () => super.update(changed));
  }

  protected override updated(): void {
    const pending = this.pendingScroll;
    if (!pending) return;
    this.pendingScroll = undefined;
    if (pending === 'top') {
      if (this.log) this.log.scrollTop = 0;
    } else if (pending === 'bottom' && this.messages.length > 0) {
      this.revealIndex(this.messages.length - 1, 'end');
    } else if (pending === 'hit') {
      const hit = this.hits[this.currentHit];
      if (hit) this.revealIndex(hit.messageIndex, 'center');
    } else if (pending === 'playing' && this.playing >= 0) {
      this.revealIndex(this.playing, 'nearest');
    }
  }

  /** Scrolls the log so the message at `index` shows, trying again on the next frames while the virtualizer is not ready. */
  private revealIndex(index: number, where: RevealAt, attempts = 10): void {
    const log = this.log;
    if (!log) return;
    this.revealing = attempts > 0 ? index : undefined;
    revealRow(log, index, where, index === this.messages.length - 1, () => {
      if (attempts > 0) requestAnimationFrame(() => this.revealIndex(index, where, attempts - 1));
    });
  }

  private readonly onScroll = () => {
    const log = this.log;
    this.seenScrollTop = log.scrollTop;
    this.atBottom = log.scrollHeight - log.scrollTop - log.clientHeight <= BOTTOM_SLACK_PX;
    if (this.atBottom && this.unseen > 0) this.unseen = 0;
    if (this.playingOffscreen && isRowVisible(log, this.playing)) this.playingOffscreen = false;
  };

  private readonly onPlayFrom = (message: Message) => {
    // Pressed on a visible message: following playback resumes from there.
    this.playingOffscreen = false;
    emitInternal<TranscriptPlayFromEventDetail>(this, 'sv-transcript-play-from', { messageId: message.id, at: message.at });
  };

  private systemLabel = (message: Message): string =>
    t(this.locale.lang, message.systemEvent ? (`event.${message.systemEvent}` as 'event.other') : 'event.other');

  private renderToolbar() {
    return renderFindBar({
      lang: this.locale.lang,
      findText: this.findText,
      hitCount: this.hits.length,
      currentHit: this.currentHit,
      setFindText: (text) => (this.findText = text),
      previousHit: () => this.previousHit(),
      nextHit: () => this.nextHit(),
    });
  }

  override render() {
    const lang = this.locale.lang;
    // Worked out once per render, not per message: transcripts run to thousands of messages.
    const playFromStop = this.playFromGroup.tabStop();
    const ctx: MessageViewContext = {
      lang,
      format: this.locale.formatContext(this.viewer),
      currentHit: this.currentHit,
      systemLabel: this.systemLabel,
      playback: this.playback,
      playingIndex: this.playing,
      playFrom: this.onPlayFrom,
      playFromTabIndex: (message) => (message.id === playFromStop ? 0 : -1),
      playFromKeydown: (event, message) => this.playFromGroup.onKeydown(event, message),
      clientName: this.clientName,
    };
    const messages = this.messages;
    // The log is aria-live="off": the virtualiser adds and removes rows while scrolling and a
    // polite log would read them out as new. Live messages are announced by the status region.
    return html`
      ${this.renderToolbar()}
      ${messages.length === 0
        ? html`<p class="sv-status empty" part="log">${t(lang, 'empty')}</p>`
        : html`<div
            class="log"
            part="log"
            role="log"
            aria-live="off"
            aria-label=${t(lang, 'label')}
            tabindex="0"
            @scroll=${this.onScroll}
          >${virtualize({
            scroller: true,
            layout: MESSAGE_LAYOUT,
            items: messages as Message[],
            keyFunction: (message: Message) => message.id,
            renderItem: (message: Message, index: number) =>
              renderMessage(message, index, startsGroup(messages, index), this.marks.get(index) ?? [], ctx),
          })}</div>`}
      ${this.unseen > 0
        ? html`<button class="sv-button primary pill" part="new-messages" @click=${() => this.scrollToBottom()}>
            ${t(lang, 'newMessages', { count: this.unseen })} <span aria-hidden="true">↓</span>
          </button>`
        : nothing}
      ${this.playingOffscreen
        ? html`<button class="sv-button pill top" part="show-playing" @click=${() => this.showPlaying()}>
            <span aria-hidden="true">▶</span> ${t(lang, 'showPlaying')}
          </button>`
        : nothing}
      ${announcerRegion}
    `;
  }
}
