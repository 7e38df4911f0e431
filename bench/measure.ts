/**
 * What the browser benchmarks share: rows of bench/results/<area>.json rounded the same way, the
 * wait for a paint, polling for a condition, and percentiles.
 */
import type { BenchRow } from './bench-row.js';

/** A row against its baseline (`ratio = value / baseline`), rounded to hundredths. */
export function benchRow(name: string, value: number, unit: string, baseline: number): BenchRow {
  const round = (n: number) => Math.round(n * 100) / 100;
  return { name, value: round(value), unit, baseline: round(baseline), ratio: round(baseline === 0 ? 0 : value / baseline) };
}

/** Resolves after the next frame has been presented (rAF, then a task). */
export const painted = (): Promise<void> => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Polls once per task until `condition`; throws after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('bench: condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The value at fraction `p` (0–1) of the sorted values. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}
