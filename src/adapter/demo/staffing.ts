/**
 * Operators' availability as a supervisor expects it next to their load: somebody handling
 * conversations is not "offline" or "away", and somebody at capacity is "busy". The demo's
 * back end applies this to every availability it stores, whoever asked for it (the simulation,
 * a change of load), so the routing panel never shows an offline operator with three chats.
 */
import type { Availability, SessionSummary } from '../../model/index.js';

/** The availability an operator can have with `load` conversations, closest to the one wanted. */
export function consistentAvailability(wanted: Availability, load: number, capacity: number): Availability {
  if (load >= capacity) return 'busy';
  if (load > 0 && (wanted === 'offline' || wanted === 'away')) return 'online';
  return wanted;
}

/** Live conversations per operator id. */
export function operatorLoads(live: readonly SessionSummary[]): Map<string, number> {
  const loads = new Map<string, number>();
  for (const session of live) {
    if (session.state === 'ended') continue;
    for (const operator of session.operators) loads.set(operator.id, (loads.get(operator.id) ?? 0) + 1);
  }
  return loads;
}
