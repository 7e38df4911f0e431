/**
 * Coalesces many calls into one per animation frame. Live feeds can deliver a thousand changes a
 * second; the UI needs at most one update per frame. Falls back to a timer when the page is
 * hidden (rAF does not run there) so state still settles.
 */
export class FrameScheduler {
  private pending = false;
  private waiters: Array<() => void> = [];

  constructor(private readonly run: () => void) {}

  /** Runs a pending flush now (a user's own action should not wait for the next frame). */
  flushNow(): void {
    if (!this.pending) return;
    this.pending = false;
    this.run();
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    const flush = () => this.flushNow();
    if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
      requestAnimationFrame(flush);
      // rAF can stall in background tabs and throttled iframes; the timer guarantees progress.
      setTimeout(flush, 100);
    } else {
      setTimeout(flush, 0);
    }
  }

  /** Resolves after the pending run (immediately when nothing is pending). */
  settled(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  cancel(): void {
    this.pending = false;
  }
}
