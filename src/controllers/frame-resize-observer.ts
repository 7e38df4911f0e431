/**
 * @lit-labs/virtualizer reacts to its ResizeObservers in a microtask, that is, still inside the
 * browser's observer delivery: the layout it changes there is observed again in the same round,
 * and Chromium reports "ResizeObserver loop completed with undelivered notifications" as a
 * `window` error on every row selection — which hosts' error trackers record. The virtualizer
 * takes its observer class from `provideResizeObserver`; this one hands the entries over in the
 * next animation frame instead, after the delivery round, so the virtualizer's layout changes
 * are observed in the following round like any other change.
 */
// The package exposes its observer hook through the polyfill loader module (no polyfill is loaded).
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';

class FrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private pending: ResizeObserverEntry[] = [];
  private frame = 0;

  constructor(private readonly callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      this.pending.push(...entries);
      this.frame ||= requestAnimationFrame(() => this.deliver());
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.observer.unobserve(target);
    this.pending = this.pending.filter((entry) => entry.target !== target);
  }

  disconnect(): void {
    this.observer.disconnect();
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
  }

  private deliver(): void {
    this.frame = 0;
    const entries = this.pending;
    this.pending = [];
    if (entries.length > 0) this.callback(entries, this);
  }
}

let provided = false;

/** Makes the virtualizers (ours, this copy of the package) observe sizes frame by frame. */
export function useFrameResizeObserver(): void {
  if (provided || typeof ResizeObserver === 'undefined') return;
  provided = true;
  provideResizeObserver(FrameResizeObserver);
}
