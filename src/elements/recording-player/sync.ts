/**
 * Keeping follower tracks on the master's clock. Small drift is absorbed by playing a little
 * faster or slower (no audible jump); large drift — after a stall or a seek that landed late —
 * is fixed by seeking. Pure, so the thresholds are tested without media.
 */

/** Drift below this is left alone: correcting it would only make things jitter. */
export const DRIFT_TOLERANCE_MS = 30;
/** Drift above this is beyond what a rate nudge fixes within a second: seek instead. */
export const DRIFT_SEEK_MS = 150;
/** Largest speed change used for nudging (±10 %: 100 ms caught up per second). */
const MAX_NUDGE = 0.1;

export type SyncCorrection = { kind: 'none'; rate: number } | { kind: 'nudge'; rate: number } | { kind: 'seek' };

/**
 * `driftMs` is follower minus master (positive: the follower is ahead and must slow down).
 * `baseRate` is the speed the user chose.
 */
export function syncCorrection(driftMs: number, baseRate: number): SyncCorrection {
  const magnitude = Math.abs(driftMs);
  if (magnitude > DRIFT_SEEK_MS) return { kind: 'seek' };
  if (magnitude <= DRIFT_TOLERANCE_MS) return { kind: 'none', rate: baseRate };
  const nudge = Math.min(MAX_NUDGE, (2 * magnitude) / 1000) * Math.sign(driftMs);
  return { kind: 'nudge', rate: baseRate * (1 - nudge) };
}
