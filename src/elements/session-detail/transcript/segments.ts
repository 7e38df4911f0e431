/**
 * Combines link runs and highlight ranges into the pieces a message renders: each piece is plain
 * text, optionally marked (a hit), inside an optional link. Pure, so it is tested without DOM.
 */
import { linkify } from './linkify.js';

export interface MarkRange {
  start: number;
  end: number;
  /** Position among all hits of the transcript (for "current" marking). */
  order: number;
}

export interface Piece {
  text: string;
  /** Set when the piece is a hit. */
  mark?: { order: number };
}

export interface Run {
  href?: string;
  pieces: Piece[];
}

/** Splits `text` (starting at `offset` in the message) at the mark boundaries. */
function splitByMarks(text: string, offset: number, marks: readonly MarkRange[]): Piece[] {
  const pieces: Piece[] = [];
  const end = offset + text.length;
  let cursor = offset;
  for (const mark of marks) {
    if (mark.end <= cursor || mark.start >= end) continue;
    const from = Math.max(mark.start, cursor);
    const to = Math.min(mark.end, end);
    if (from > cursor) pieces.push({ text: text.slice(cursor - offset, from - offset) });
    pieces.push({ text: text.slice(from - offset, to - offset), mark: { order: mark.order } });
    cursor = to;
  }
  if (cursor < end) pieces.push({ text: text.slice(cursor - offset) });
  return pieces;
}

/** The runs of one message: links only where safe, marks split across link boundaries. */
export function messageRuns(text: string, marks: readonly MarkRange[] = []): Run[] {
  return linkify(text).map((run) => ({
    ...(run.href ? { href: run.href } : {}),
    pieces: splitByMarks(run.text, run.start, marks),
  }));
}
