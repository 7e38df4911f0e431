/**
 * Service-level thresholds for waiting clients: a wait past `warnSeconds` is close to the limit,
 * one at or past `breachSeconds` is over it. Hosts set them on the adapter (`sla`) or as
 * attributes of `<session-table>` / `<session-view>`.
 */
import type { SessionSummary } from './session.js';

export interface SlaThresholds {
  /** From this wait on, the client is close to the limit (absent: no warning level). */
  warnSeconds?: number;
  /** From this wait on, the client waits over the limit. */
  breachSeconds: number;
}

export type SlaLevel = 'ok' | 'warn' | 'breach';

const positive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/**
 * Thresholds from untrusted input (a host's config, attributes): a breach limit is required, and
 * a warning at or beyond it is dropped (it could never show). Undefined when nothing usable.
 */
export function readSla(raw: unknown): SlaThresholds | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { warnSeconds, breachSeconds } = raw as Record<string, unknown>;
  if (!positive(breachSeconds)) return undefined;
  return positive(warnSeconds) && warnSeconds < breachSeconds ? { warnSeconds, breachSeconds } : { breachSeconds };
}

/**
 * How long the client has waited, as a supervisor watching Live reads it: until acceptance, or
 * until `now` while still waiting. Undefined for sessions that never waited in a queue.
 */
export function liveWaitMs(session: SessionSummary, now: number): number | undefined {
  if (session.acceptedAt !== undefined) return Math.max(0, session.acceptedAt - session.startedAt);
  return session.state === 'waiting' ? Math.max(0, now - session.startedAt) : undefined;
}

/** Where a wait stands against the thresholds. */
export function slaLevel(waitMs: number | undefined, sla: SlaThresholds): SlaLevel | undefined {
  if (waitMs === undefined) return undefined;
  if (waitMs >= sla.breachSeconds * 1000) return 'breach';
  if (sla.warnSeconds !== undefined && waitMs >= sla.warnSeconds * 1000) return 'warn';
  return 'ok';
}

/** Clients still waiting, over and close to the limit: the toolbar's count. */
export function countWaitingOverSla(
  sessions: Iterable<SessionSummary | undefined>,
  sla: SlaThresholds,
  now: number,
): { breach: number; warn: number } {
  const counts = { breach: 0, warn: 0 };
  for (const session of sessions) {
    if (session?.state !== 'waiting') continue;
    const level = slaLevel(liveWaitMs(session, now), sla);
    if (level === 'breach' || level === 'warn') counts[level] += 1;
  }
  return counts;
}
