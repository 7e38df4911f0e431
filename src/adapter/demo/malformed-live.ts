/**
 * Deliberately broken live changes (`malformedLiveRate`), as a careless event stream sends them.
 * None of them may change what the consumer shows: each is invalid (so it must be reported and
 * skipped) or names an id the host does not have (so it changes nothing).
 */
import type { LiveChange } from '../types.js';

const BROKEN: ReadonlyArray<(real: LiveChange) => unknown> = [
  () => null,
  () => 'session-upserted',
  () => ({ type: 42, id: [], version: '1' }),
  (real) => ({ type: 'session-upserted', id: real.id, version: 1e12, session: { id: real.id, startedAt: 1e20 } }),
  (real) => ({ type: 'session-upserted', id: real.id, version: Number.NaN, session: null }),
  (real) => ({ type: 'session-ended', id: real.id, version: -1, session: { id: real.id } }),
  (real) => ({ type: 'message-appended', id: real.id, version: 1e12, message: { id: 'broken', at: 1e20, sender: 'client', text: 'x' } }),
  () => ({ type: 'message-appended', id: 'no-such-session', version: 1, message: { id: 'orphan', at: Date.UTC(2026, 0, 1), sender: 'client', text: 'orphan' } }),
  () => ({ type: 'session-removed', id: 'no-such-session', version: 1 }),
  () => ({ type: 'availability-changed', id: 'no-such-operator', version: Infinity, target: { kind: 'robot' } }),
];

/** A malformed change derived from `real` (its id, to aim at a session the consumer shows); `pick` in [0, 1). */
export function malformedLiveChange(real: LiveChange, pick: number): unknown {
  return BROKEN[Math.floor(pick * BROKEN.length)]!(real);
}
