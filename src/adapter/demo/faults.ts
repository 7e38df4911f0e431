/**
 * Failure injection for the demo adapter: latency, random network errors, hung requests,
 * synchronous throws, refused mutations and malformed live changes, all drawn from a seeded
 * stream so a failing story or test fails the same way every time. `setFaults` changes them on a
 * running adapter (the network recovers; the host starts refusing).
 */
import { SessionViewError } from '../errors.js';
import { Random } from './prng.js';

export interface FaultOptions {
  /** Fixed delay, or a `[min, max]` range drawn per call. */
  latencyMs?: number | readonly [number, number];
  /** Share of calls (0..1) rejected with a network error. */
  errorRate?: number;
  /** Share of calls (0..1) that hang: until aborted, or until `timeoutMs` and then a `TimeoutError`. */
  timeoutRate?: number;
  timeoutMs?: number;
  /** Share of calls (0..1) that throw synchronously instead of returning a promise (a careless host). */
  syncThrowRate?: number;
  /** Every mutation (note, re-route, contact, ban, unban) is refused with this HTTP status, e.g. 403, 409, 503. */
  mutationStatus?: number;
  /** Share of live changes (0..1) preceded by a malformed one: null, wrong types, out-of-range dates or versions, unknown ids. */
  malformedLiveRate?: number;
}

export function abortError(signal?: AbortSignal): DOMException {
  const reason: unknown = signal?.reason;
  if (reason instanceof DOMException && reason.name === 'AbortError') return reason;
  return new DOMException('The operation was aborted.', 'AbortError');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** Resolves after `ms`, or rejects with an `AbortError` as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    if (!Number.isFinite(ms)) {
      // Hang forever: only an abort ends this wait.
      signal?.addEventListener('abort', () => reject(abortError(signal)), { once: true });
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export class Faults {
  private readonly random: Random;
  private options: FaultOptions;

  constructor(options: FaultOptions, seed: number) {
    this.options = { ...options };
    this.random = new Random(seed ^ 0xfa017);
  }

  /** Changes the faults from now on (`undefined` values switch one off). */
  update(patch: FaultOptions): void {
    this.options = { ...this.options, ...patch };
  }

  /** Throws synchronously for a share of calls (`syncThrowRate`): the caller gets no promise at all. */
  throwSynchronously(operation: string): void {
    const rate = this.options.syncThrowRate ?? 0;
    if (rate > 0 && this.random.next() < rate) throw new Error(`Demo adapter: ${operation} threw synchronously (simulated)`);
  }

  /** Refuses a mutation with the configured HTTP status, as a fetch-based host would. */
  refuseMutation(operation: string): void {
    const status = this.options.mutationStatus;
    if (status !== undefined) throw Object.assign(new Error(`Demo adapter: ${operation} refused with HTTP ${status} (simulated)`), { status });
  }

  /** Whether to send a malformed live change before the next real one. */
  malformedLive(): boolean {
    const rate = this.options.malformedLiveRate ?? 0;
    return rate > 0 && this.random.next() < rate;
  }

  /** A number in [0, 1) from the same seeded stream (to pick which malformed change). */
  next(): number {
    return this.random.next();
  }

  private latency(): number {
    const latency = this.options.latencyMs ?? 0;
    if (typeof latency === 'number') return latency;
    const [min, max] = latency;
    return min + this.random.next() * (max - min);
  }

  /** Awaited at the start of every adapter call: delays, fails or hangs as configured. */
  async gate(operation: string, signal?: AbortSignal): Promise<void> {
    throwIfAborted(signal);
    const { errorRate = 0, timeoutRate = 0, timeoutMs = 10_000 } = this.options;
    if (timeoutRate > 0 && this.random.next() < timeoutRate) {
      await sleep(timeoutMs, signal);
      throw new DOMException(`Demo adapter: ${operation} timed out after ${timeoutMs} ms`, 'TimeoutError');
    }
    const fail = errorRate > 0 && this.random.next() < errorRate;
    const delay = this.latency();
    if (delay > 0) await sleep(delay, signal);
    if (fail) throw new SessionViewError('network', `Demo adapter: ${operation} failed (simulated network error)`);
  }
}
