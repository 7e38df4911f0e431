/**
 * Records the host sent that failed validation: each is logged and announced as it is found,
 * and they are committed to the state together, once per flush — a page of bad records must not
 * copy the banner's list (and the whole state) once per record.
 */
import type { InvalidRecord } from './page-intake.js';

/** The banner keeps the first this many; `invalidCount` counts them all. */
const MAX_INVALID_KEPT = 1000;

export class InvalidRecords {
  #reported: InvalidRecord[] = [];

  /** `announce` tells the host (the store's `data-error` event) and asks for a flush. */
  constructor(private readonly announce: (record: InvalidRecord) => void) {}

  report(record: InvalidRecord): void {
    this.#reported.push(record);
    console.warn(`[session-view] Invalid session record${record.id ? ` "${record.id}"` : ''}:`, record.problems.join('; '));
    this.announce(record);
  }

  /** The state change for the records reported since the last call (none when there were none). */
  take(kept: readonly InvalidRecord[], count: number): { invalid?: readonly InvalidRecord[]; invalidCount?: number } {
    const reported = this.#reported;
    if (reported.length === 0) return {};
    this.#reported = [];
    const patch: { invalid?: readonly InvalidRecord[]; invalidCount: number } = { invalidCount: count + reported.length };
    if (kept.length < MAX_INVALID_KEPT) patch.invalid = [...kept, ...reported.slice(0, MAX_INVALID_KEPT - kept.length)];
    return patch;
  }
}
