/**
 * The transcript's "play from" buttons as one roving-tabindex group: a transcript of hundreds of
 * messages inside a recording must not cost hundreds of Tab presses. One button takes Tab (the
 * one the user last moved to, else the message playing, else the first in the recording); the
 * arrow keys, Home and End move between them.
 */
import type { Message } from '../../../model/index.js';
import { inSpan, type PlaybackSpan } from './playback.js';

export interface PlayFromGroupHost {
  /** The messages, the recording's span and the index of the message playing now (or -1). */
  state(): { messages: readonly Message[]; playback: PlaybackSpan | undefined; playing: number };
  /** Scrolls the log so the message at `index` is rendered and visible. */
  reveal(index: number): void;
  /** Re-renders (the tab stop moved). */
  requestUpdate(): void;
  /** The rendered button of a message, if the virtualizer has it on screen. */
  button(messageId: string): HTMLElement | null;
}

const KEYS = new Set(['ArrowDown', 'ArrowUp', 'Home', 'End']);
/** Frames to wait for the virtualizer to render a row that was off screen. */
const FOCUS_ATTEMPTS = 10;

export class PlayFromGroup {
  private chosenId: string | undefined;

  constructor(private readonly host: PlayFromGroupHost) {}

  /** The message whose button is the group's one Tab stop. */
  tabStop(): string | undefined {
    const { messages, playback, playing } = this.host.state();
    if (this.chosenId !== undefined && messages.some((m) => m.id === this.chosenId && inSpan(playback, m.at))) return this.chosenId;
    const current = messages[playing];
    if (current && inSpan(playback, current.at)) return current.id;
    return messages.find((m) => inSpan(playback, m.at))?.id;
  }

  /** Arrow keys, Home and End on a "play from" button move to the next, previous, first or last one. */
  onKeydown(event: KeyboardEvent, message: Message): void {
    if (!KEYS.has(event.key)) return;
    const { messages, playback } = this.host.state();
    const from = messages.findIndex((m) => m.id === message.id);
    const eligible = (index: number) => messages[index] !== undefined && inSpan(playback, messages[index].at);
    let target = -1;
    if (event.key === 'ArrowDown') for (let i = from + 1; i < messages.length && target < 0; i += 1) target = eligible(i) ? i : -1;
    if (event.key === 'ArrowUp') for (let i = from - 1; i >= 0 && target < 0; i -= 1) target = eligible(i) ? i : -1;
    if (event.key === 'Home') target = messages.findIndex((_, i) => eligible(i));
    if (event.key === 'End') for (let i = messages.length - 1; i >= 0 && target < 0; i -= 1) target = eligible(i) ? i : -1;
    event.preventDefault();
    if (target < 0 || target === from) return;
    this.chosenId = messages[target]!.id;
    this.host.requestUpdate();
    this.host.reveal(target);
    this.focus(this.chosenId, FOCUS_ATTEMPTS);
  }

  private focus(messageId: string, attempts: number): void {
    const button = this.host.button(messageId);
    if (button) button.focus({ preventScroll: true });
    else if (attempts > 0) requestAnimationFrame(() => this.focus(messageId, attempts - 1));
  }
}
