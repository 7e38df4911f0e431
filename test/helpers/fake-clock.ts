import sinon from 'sinon';

/**
 * A fake clock that follows real time (so loading, polling and rendering run as usual) until the
 * test jumps it with `await clock.tickAsync(ms)`: throttles, ticking durations and time limits
 * are then reached at once instead of by sleeping. Call `clock.restore()` in a `finally`.
 * Frames (`requestAnimationFrame`) and `performance.now()` stay real.
 */
export function followingClock(): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now: Date.now(),
    shouldAdvanceTime: true,
    shouldClearNativeTimers: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
}
