/**
 * Turns a session's routing steps into timeline rows: ordered, with the time spent in each step
 * and the current one marked. Pure (no DOM, no Lit) so the rules are tested on their own.
 */
import type { RoutingStep, RoutingTargetRef, SessionState } from '../../model/index.js';
import { t } from './routing-panel.strings.js';

export interface TimelineRow {
  step: RoutingStep;
  /** Time spent in this step; `undefined` when its end is not known (ended without an end time). */
  durationMs: number | undefined;
  /** The duration is measured to `now` and keeps growing (the live session's current step). */
  ticking: boolean;
  /** The step the session is in now (live), or the final step (ended). */
  current: boolean;
}

export interface TimelineSession {
  state: SessionState;
  endedAt?: number;
}

function isSettled(step: RoutingStep): boolean {
  return step.status === undefined || step.status === 'done';
}

/**
 * Orders steps by time (ties keep the host's order), keeps steps waiting for the host at the end
 * (they have not happened yet), and measures each settled step until the next settled one.
 */
export function timelineRows(steps: readonly RoutingStep[], session: TimelineSession, now: number): TimelineRow[] {
  const indexed = steps.map((step, index) => ({ step, index }));
  indexed.sort((a, b) => {
    const pendingOrder = Number(a.step.status === 'pending') - Number(b.step.status === 'pending');
    return pendingOrder || a.step.at - b.step.at || a.index - b.index;
  });
  const ordered = indexed.map((entry) => entry.step);
  const live = session.state !== 'ended';
  let lastSettled = -1;
  ordered.forEach((step, index) => {
    if (isSettled(step)) lastSettled = index;
  });
  return ordered.map((step, index) => {
    if (!isSettled(step)) {
      return { step, durationMs: undefined, ticking: false, current: false };
    }
    const next = ordered.slice(index + 1).find(isSettled);
    const isLast = index === lastSettled;
    let end: number | undefined;
    if (next) end = next.at;
    else if (live) end = now;
    else end = session.endedAt;
    return {
      step,
      durationMs: end === undefined ? undefined : Math.max(0, end - step.at),
      ticking: isLast && live,
      current: isLast,
    };
  });
}

function refName(lang: string, ref: RoutingTargetRef | undefined): string {
  return ref?.name || t(lang, 'unknown');
}

/** One sentence describing the step, e.g. "Re-routed from Sales to Jana". */
export function describeStep(lang: string, step: RoutingStep): string {
  const target = refName(lang, step.target);
  const from = step.from ? refName(lang, step.from) : undefined;
  switch (step.kind) {
    case 'queued':
      return step.target ? t(lang, 'step.queued', { target }) : t(lang, 'step.queued-nowhere');
    case 'offered':
      return t(lang, 'step.offered', { target });
    case 'rejected':
      return t(lang, 'step.rejected', { target });
    case 'timed-out':
      return t(lang, 'step.timed-out', { target });
    case 'accepted':
      return t(lang, 'step.accepted', { target });
    case 'transferred':
      return from ? t(lang, 'step.transferred-from', { from, target }) : t(lang, 'step.transferred', { target });
    case 'rerouted':
      return from ? t(lang, 'step.rerouted-from', { from, target }) : t(lang, 'step.rerouted', { target });
    default:
      return String(step.kind);
  }
}
