/**
 * Cooperative time slicing for long exports: work runs in slices of a few milliseconds and
 * yields to the event loop between them, so a 100k-row export never holds the main thread for
 * 50 ms (and a worker stays responsive to cancel messages). Works in browsers, workers and Node.
 */

/** Called after each slice: `done` of `total` sessions written. */
export type ProgressCallback = (done: number, total: number) => void;

export interface ChunkedOptions {
  /** Aborting rejects the export with the signal's reason. */
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
  /** Longest stretch of work between yields, in ms (default 8: a quarter of the 50 ms budget, with room for a busy machine). */
  sliceMs?: number;
}

interface SchedulerWithYield {
  yield(): Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/**
 * A macrotask without `setTimeout`'s 4 ms clamp: `scheduler.yield()` where it exists, Node's
 * `setImmediate` (an open MessageChannel would keep a Node process alive), else a MessageChannel
 * round trip, else `setTimeout(0)`.
 */
export function yieldToEventLoop(): Promise<void> {
  const scope = globalThis as { scheduler?: Partial<SchedulerWithYield>; setImmediate?: (fn: () => void) => unknown };
  if (scope.scheduler && typeof scope.scheduler.yield === 'function') return scope.scheduler.yield();
  if (typeof scope.setImmediate === 'function') {
    const setImmediate = scope.setImmediate;
    return new Promise((resolve) => setImmediate(resolve));
  }
  if (typeof MessageChannel === 'function') {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    return new Promise((resolve) => {
      waiting.push(resolve);
      channel!.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = () => globalThis.performance?.now() ?? Date.now();

/** Tracks the current slice; `pause()` yields only when the slice has used its budget. */
export class TimeSlicer {
  private sliceStart = now();

  constructor(
    private readonly total: number,
    private readonly options: ChunkedOptions,
  ) {}

  /** Throws the abort reason when cancelled. */
  checkAborted(): void {
    const signal = this.options.signal;
    if (signal?.aborted) throw signal.reason ?? new DOMException('Export cancelled', 'AbortError');
  }

  /** Call between units of work; yields (and reports progress) when the slice is used up. */
  async pause(done: number): Promise<void> {
    if (now() - this.sliceStart < (this.options.sliceMs ?? 8)) return;
    this.options.onProgress?.(done, this.total);
    await yieldToEventLoop();
    this.checkAborted();
    this.sliceStart = now();
  }

  finish(): void {
    this.options.onProgress?.(this.total, this.total);
  }
}
