/**
 * Failure injection for the demo adapter: latency, random network errors and hung requests, all
 * drawn from a seeded stream so a failing story or test fails the same way every time.
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

  constructor(private readonly options: FaultOptions, seed: number) {
    this.random = new Random(seed ^ 0xfa017);
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
