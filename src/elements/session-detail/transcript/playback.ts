/**
 * The transcript's side of the recording link: which messages a recording covers, which message
 * is "now playing", and whether a row is on screen (so following playback never fights the
 * reader's own scrolling).
 */
import type { Message } from '../../../model/index.js';

/** The stretch of the session a recording covers, as epoch ms (comparable with `Message.at`). */
export interface PlaybackSpan {
  from: number;
  to: number;
}

/** Detail of `sv-transcript-play-from`. */
export interface TranscriptPlayFromEventDetail {
  messageId: string;
  /** The message's time, epoch ms. */
  at: number;
}

export function inSpan(span: PlaybackSpan | undefined, at: number): boolean {
  return span !== undefined && at >= span.from && at <= span.to;
}

/**
 * Index of the latest message sent at or before `at` (messages are oldest first), or -1.
 * Binary search: it runs on every playback tick over transcripts of thousands of messages.
 */
export function playingIndex(messages: readonly Message[], at: number | undefined): number {
  if (at === undefined || !Number.isFinite(at)) return -1;
  let low = 0;
  let high = messages.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (messages[middle]!.at <= at) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** The rendered row for a message index inside the (virtualised) log, if it is rendered. */
export function rowOf(log: HTMLElement | null | undefined, index: number): HTMLElement | null {
  return log?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`) ?? null;
}

/** True when some of the row for `index` is inside the log's visible box. */
export function isRowVisible(log: HTMLElement | null | undefined, index: number): boolean {
  const row = rowOf(log, index);
  if (!log || !row) return false;
  const logBox = log.getBoundingClientRect();
  const box = row.getBoundingClientRect();
  return box.bottom > logBox.top && box.top < logBox.bottom;
}
