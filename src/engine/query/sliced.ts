/**
 * Long computations cut into slices of a few milliseconds, so a page that prepares 200,000
 * sort ranks in idle time never holds its main thread for a long task. DOM-free: a timer is
 * the only way between slices, and it exists in browsers, workers and Node.
 */

/** Work between two yields; well under the 50 ms long-task line, even on a busy machine. */
const SLICE_MS = 8;

/** Thrown between slices when what the work was computing from has changed (see `Slicer`). */
export class StaleWork extends Error {}

export class Slicer {
  private sliceEnd = performance.now() + SLICE_MS;

  /**
   * `stale` is asked between slices: once it says the inputs changed, the work stops with
   * `StaleWork` instead of finishing a result that would be thrown away (on a live feed, ranks
   * of 100k sessions computed to the end each time were tens of megabytes of garbage).
   */
  constructor(
    private readonly signal?: AbortSignal,
    private readonly stale?: () => boolean,
  ) {}

  /** Yields to the event loop when the slice is used up; throws once the work was abandoned or went stale. */
  async maybeYield(): Promise<void> {
    if (performance.now() < this.sliceEnd) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.signal?.aborted) throw this.signal.reason ?? new Error('aborted');
    if (this.stale?.()) throw new StaleWork('the inputs changed');
    this.sliceEnd = performance.now() + SLICE_MS;
  }

  /** Runs `body(i)` for `i` in `[0, count)`, yielding between slices (checked every 256 steps). */
  async loop(count: number, body: (i: number) => void): Promise<void> {
    for (let start = 0; start < count; start += 256) {
      const end = Math.min(count, start + 256);
      for (let i = start; i < end; i++) body(i);
      await this.maybeYield();
    }
  }
}

/** Sorts strings in code-unit order (as `Array.prototype.sort()` does) in slices: sorted runs, then merges. */
export async function sortStringsSliced(values: string[], slicer: Slicer): Promise<string[]> {
  const RUN = 8192;
  let runs: string[][] = [];
  for (let start = 0; start < values.length; start += RUN) {
    runs.push(values.slice(start, start + RUN).sort());
    await slicer.maybeYield();
  }
  while (runs.length > 1) {
    const merged: string[][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const left = runs[i]!;
      const right = runs[i + 1];
      merged.push(right ? await mergeSorted(left, right, slicer) : left);
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

async function mergeSorted(left: string[], right: string[], slicer: Slicer): Promise<string[]> {
  const out = new Array<string>(left.length + right.length);
  let a = 0;
  let b = 0;
  let k = 0;
  while (a < left.length && b < right.length) {
    // Stable: equal strings keep the left run's first, as the default sort would.
    out[k++] = right[b]! < left[a]! ? right[b++]! : left[a++]!;
    if ((k & 1023) === 0) await slicer.maybeYield();
  }
  while (a < left.length) out[k++] = left[a++]!;
  while (b < right.length) out[k++] = right[b++]!;
  return out;
}
