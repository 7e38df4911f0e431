/**
 * Coalesces many calls into one per animation frame. Live feeds can deliver a thousand changes a
 * second; the UI needs at most one update per frame. Falls back to a timer when the page is
 * hidden (rAF does not run there) so state still settles.
 *
 * Work that may wait (a live feed) can ask for a minimum interval since the last run: a table
 * re-rendered sixty times a second for a feed of 100 changes/s spent most of the main thread
 * laying out its rows, where ten updates a second look just as live. A run asked for without an
 * interval (the user's own action, `flushNow`) still happens at once and takes everything along.
 * A run held back for its interval runs from its timer, in a task of its own, rather than at the
 * frame after it: inside a frame callback the store's flush, the elements' render and the frame's
 * own style, layout and paint made one long task on every live update.
 */
export class FrameScheduler {
  private pending = false;
  private waiters: Array<() => void> = [];
  private lastRun = -Infinity;
  private delayTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The frame (and its fallback timer) asked for the pending run. A run or a cancel ends them:
   * left outstanding, they flushed the next run that was being held back for its interval.
   */
  private frameRequest: number | undefined;
  private frameFallback: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly run: () => void) {}

  /** Runs a pending flush now (a user's own action should not wait for the next frame). */
  flushNow(): void {
    if (!this.pending) return;
    this.pending = false;
    this.dropRequests();
    this.lastRun = performance.now();
    this.run();
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * Schedules a run at the next frame; with `minIntervalMs` (a feed), in a timer task
   * `minIntervalMs` after the last run, or at once if that has passed.
   */
  schedule(minIntervalMs = 0): void {
    if (this.pending) {
      // A run held back for a feed is brought forward by work that must not wait.
      if (minIntervalMs === 0 && this.delayTimer !== undefined) {
        clearTimeout(this.delayTimer);
        this.atFrame();
      }
      return;
    }
    this.pending = true;
    // A feed's run goes to a timer task of its own even when it is due at once (the feed paused
    // for longer than the interval): at a frame it would share one task with the frame's style,
    // layout and paint, the long task this scheduler is here to avoid.
    if (minIntervalMs > 0) this.delayTimer = setTimeout(() => this.flushNow(), Math.max(0, this.lastRun + minIntervalMs - performance.now()));
    else this.atFrame();
  }

  private atFrame(): void {
    this.delayTimer = undefined;
    if (!this.pending || this.frameFallback !== undefined) return;
    const flush = () => this.flushNow();
    if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
      this.frameRequest = requestAnimationFrame(flush);
      // rAF can stall in background tabs and throttled iframes; the timer guarantees progress.
      this.frameFallback = setTimeout(flush, 100);
    } else {
      this.frameFallback = setTimeout(flush, 0);
    }
  }

  /** Ends the requests for the pending run: the held-back timer, the frame and its fallback. */
  private dropRequests(): void {
    clearTimeout(this.delayTimer);
    this.delayTimer = undefined;
    if (this.frameRequest !== undefined) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = undefined;
    clearTimeout(this.frameFallback);
    this.frameFallback = undefined;
  }

  /** Resolves after the pending run (immediately when nothing is pending). */
  settled(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  cancel(): void {
    this.pending = false;
    this.dropRequests();
  }
}
