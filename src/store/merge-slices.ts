/**
 * How many changed sessions one flush merges into the view. A load takes pages in faster than a
 * frame can merge them: a flush that merged every session taken in since the last one (tens of
 * thousands, late in a 200k load) was, with the table's render after it, a long task that grew
 * with the rows held. A flush merges a slice; the rest waits for the next flush, a frame later.
 *
 * The slice follows the measured cost of the last merges, so one merge takes about
 * `MERGE_SLICE_MS` whatever the machine and whatever view computer the host gave.
 */

import { IdSet } from '../engine/query/id-map.js';

/** Main-thread time one merge may take: with the render after it the flush stays far below 50 ms. */
const MERGE_SLICE_MS = 10;
/** The first slice, before any merge was measured. */
const INITIAL_SLICE = 4_000;
/** Bounds: a slice never so small the view crawls, nor so large one misjudged merge becomes a long task. */
const MIN_SLICE = 1_000;
const MAX_SLICE = 10_000;

export class MergeSlices {
  #size = INITIAL_SLICE;

  /** Sessions one merge takes at most now. */
  get size(): number {
    return this.#size;
  }

  /**
   * Takes the ids to merge now out of `changed` (the first, in the order they changed) and leaves
   * the rest in it. Costs the slice, not the backlog: late in a load the backlog is most rows.
   */
  take(changed: IdSet): IdSet {
    const now = new IdSet();
    for (const id of changed) {
      if (now.size >= this.#size) break;
      now.add(id);
    }
    for (const id of now) changed.delete(id);
    return now;
  }

  /**
   * A merge of `sessions` took `ms`: the next slice is sized to take about `MERGE_SLICE_MS`. Small
   * merges (a live tick) say too little about the cost per session to size anything by.
   */
  measured(sessions: number, ms: number): void {
    if (sessions < MIN_SLICE) return;
    const fitting = Math.round((sessions * MERGE_SLICE_MS) / Math.max(ms, 0.5));
    this.#size = Math.min(MAX_SLICE, Math.max(MIN_SLICE, fitting));
  }
}
