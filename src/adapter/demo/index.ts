/**
 * `session-view/demo`: an in-memory adapter over seeded, realistic data — the default for
 * `npm start`, stories, tests and benchmarks, and a reference for hosts writing their own.
 */
import type { Capabilities, SlaThresholds, Viewer } from '../../model/index.js';
import type { SessionAdapter } from '../types.js';
import { DemoAdapter } from './demo-adapter.js';
import type { FaultOptions } from './faults.js';

export type { FaultOptions };

export interface DemoAdapterOptions {
  /** Same seed ⇒ same sessions. Default 1. */
  seed?: number;
  /** Ended (history) sessions to generate, up to 200,000. Default 10,000. */
  sessions?: number;
  /** Live (waiting/active) sessions at start. Default: a few dozen (fewer for tiny data sets). */
  liveSessions?: number;
  /** Emit live changes to subscribers on a timer. Default true (also sets `capabilities.live`). */
  live?: boolean;
  /** Milliseconds between live changes. Default 2000. */
  liveIntervalMs?: number;
  /** Delay per call, fixed or `[min, max]`. Default 0. */
  latencyMs?: number | [number, number];
  /** Share of calls (0..1) rejected with a network-kind error. Default 0. */
  errorRate?: number;
  /** Share of calls (0..1) that hang until aborted, or reject with a `TimeoutError` after `timeoutMs`. */
  timeoutRate?: number;
  /** Default 10,000. `Infinity` hangs until aborted. */
  timeoutMs?: number;
  /** Share of calls (0..1) that throw synchronously instead of returning a promise. */
  syncThrowRate?: number;
  /** Every mutation is refused with this HTTP status (e.g. 403, 409, 503). */
  mutationStatus?: number;
  /** Share of live changes (0..1) preceded by a malformed one (null, wrong types, out-of-range dates and versions, unknown ids). */
  malformedLiveRate?: number;
  /** Deliver live changes shuffled, duplicated and late, to exercise version-based dedupe. */
  outOfOrder?: boolean;
  /** Largest page `listSessions` returns, whatever the caller asks for. */
  pageSize?: number;
  viewer?: Partial<Viewer>;
  capabilities?: Partial<Capabilities>;
  /** Service level for waiting clients, shown in Live. Default: near at 60 s, over at 120 s; `null` for none. */
  sla?: SlaThresholds | null;
  /** Fixed "now" for deterministic data; live changes then advance a virtual clock by `liveIntervalMs`. */
  now?: number;
  /** Share of sessions (0..1) sent deliberately malformed, for bad-input stories and tests. */
  malformedRate?: number;
  /** Repeat the last session of the previous page at the start of the next, as buggy back ends do. */
  duplicateIds?: boolean;
  /** When set, recording URLs carry `expiresAt = now + recordingUrlTtlMs` and each request mints a new URL. */
  recordingUrlTtlMs?: number;
}

/** The demo adapter: a full `SessionAdapter` plus controls for tests and stories. */
export interface DemoSessionAdapter extends SessionAdapter {
  readonly seed: number;
  /** The reference "now" the data was generated around. */
  readonly now: number;
  /** Runs one live change immediately (whether or not the timer runs). */
  tick(): void;
  /** Changes the injected faults from now on (`{ errorRate: undefined }` switches one off). */
  setFaults(patch: FaultOptions): void;
  /** Delivers every live change still buffered or held back (out-of-order mode), at once. */
  drainLive(): void;
  /** Stops timers and revokes generated recording URLs. */
  dispose(): void;
}

/**
 * Creates an in-memory adapter with seeded sessions.
 *
 * @example
 * ```ts
 * import { createDemoAdapter } from 'session-view/demo';
 * document.querySelector('session-view').adapter = createDemoAdapter({ sessions: 50_000 });
 * ```
 */
export function createDemoAdapter(options: DemoAdapterOptions = {}): DemoSessionAdapter {
  return new DemoAdapter(options);
}

export { generateSessions, sessionId, isContactable } from './generator.js';
export { generateTranscript } from './transcript.js';
export { generateNotes, generateRouting, generateRecordings } from './detail.js';
export { speechLikeWav } from './media.js';
export { corrupt as corruptSession, isMalformed } from './malformed.js';
