import sinon from 'sinon';

let active: sinon.SinonFakeTimers | undefined;

// Whatever a test does (or where it fails), the next test starts on the real clock.
afterEach(() => {
  active?.restore();
  active = undefined;
});

/**
 * A fake clock that follows real time (so loading, polling and rendering run as usual) until the
 * test jumps it with `await clock.tickAsync(ms)`: throttles, debounced saves, ticking durations
 * and time limits are then reached at once instead of by sleeping. Restored after the test.
 * Frames (`requestAnimationFrame`) stay real; `performance.now()` too unless `performance` is set
 * (for code that measures an interval with it).
 */
export function followingClock(options: { performance?: boolean } = {}): sinon.SinonFakeTimers {
  active?.restore();
  active = sinon.useFakeTimers({
    now: Date.now(),
    shouldAdvanceTime: true,
    shouldClearNativeTimers: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', ...(options.performance ? (['performance'] as const) : [])],
  });
  return active;
}


/**
 * A fake clock that moves only when the test ticks it (timers, `Date` and `performance.now()`),
 * for code whose behaviour depends on how much time passed between two calls: a clock that
 * follows real time would let a busy machine's delay count. Frames stay real.
 */
export function stoppedClock(): sinon.SinonFakeTimers {
  active?.restore();
  active = sinon.useFakeTimers({
    now: Date.now(),
    shouldClearNativeTimers: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
  return active;
}
