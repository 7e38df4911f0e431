/**
 * Deliberately broken records for bad-input stories and tests (`malformedRate`). Each broken
 * session keeps its id (so it can be reported and paged past) and breaks in one recognisable way.
 */
import type { SessionSummary } from '../../model/index.js';
import { hashSeed } from './prng.js';

const CORRUPTIONS: ReadonlyArray<(session: Record<string, unknown>) => void> = [
  (s) => (s['channel'] = 'carrier-pigeon'),
  (s) => (s['startedAt'] = 'sometime last Tuesday'),
  (s) => (s['state'] = 'finished'),
  (s) => (s['operators'] = 'Jana Nováková'),
  (s) => (s['client'] = 'anonymous'),
  (s) => {
    s['messageCount'] = 'lots';
    s['endReason'] = 'cosmic-rays';
  },
];

/** Whether session `id` is one of the broken ones; pure in (seed, id, rate). */
export function isMalformed(seed: number, id: string, rate: number): boolean {
  return rate > 0 && hashSeed(seed ^ 0xbad, id) / 4294967296 < rate;
}

/**
 * A broken copy of the session, as a careless back end might send it. Typed as the record it
 * breaks on purpose: it plays JSON from a server that does not keep its own types, which only the
 * boundary's run-time validation can catch.
 */
export function corrupt<Session extends SessionSummary>(seed: number, session: Session): Session {
  const copy: Record<string, unknown> = { ...(session as SessionSummary) };
  CORRUPTIONS[hashSeed(seed ^ 0xc0de, session.id) % CORRUPTIONS.length]!(copy);
  return copy as Session;
}
