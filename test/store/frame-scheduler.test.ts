/**
 * The store's flush cadence: many calls make one run; a live feed's run waits until its minimum
 * interval since the last run has passed (a busy feed must not re-render the table every frame),
 * while work that must not wait — a page of rows, the user's own action — brings it forward.
 */
import { expect } from '@open-wc/testing';
import { FrameScheduler } from '../../src/store/frame.js';
import { stoppedClock } from '../helpers/fake-clock.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function counted() {
  const counter = { runs: 0 };
  const scheduler = new FrameScheduler(() => (counter.runs += 1));
  return { counter, scheduler };
}

describe('FrameScheduler', () => {
  it('coalesces many calls into one run', async () => {
    const { counter, scheduler } = counted();
    for (let i = 0; i < 50; i++) scheduler.schedule();
    await scheduler.settled();
    expect(counter.runs).to.equal(1);
  });

  it('holds a live run back until its interval since the last run has passed', async () => {
    const clock = stoppedClock();
    const { counter, scheduler } = counted();
    scheduler.schedule();
    scheduler.flushNow();
    expect(counter.runs).to.equal(1);
    scheduler.schedule(100);
    scheduler.schedule(100);
    await clock.tickAsync(60);
    expect(counter.runs, '60 ms after the last run').to.equal(1);
    await clock.tickAsync(50);
    await scheduler.settled();
    expect(counter.runs, 'once the interval passed').to.equal(2);
  });

  it('a forced run ends the frame request made for it: the next held-back run still waits its interval', async () => {
    const clock = stoppedClock();
    const { counter, scheduler } = counted();
    // A run asked for at the next frame (its frame and a fallback timer are requested), then
    // forced at once by the user's action.
    scheduler.schedule();
    scheduler.flushNow();
    expect(clock.countTimers(), 'timers left behind by the forced run').to.equal(0);
    scheduler.schedule(100);
    // Frames go on while the clock stands still: the old frame request must not run it.
    await nextFrame();
    await nextFrame();
    await clock.tickAsync(99);
    expect(counter.runs, 'before the interval passed').to.equal(1);
    await clock.tickAsync(1);
    await scheduler.settled();
    expect(counter.runs, 'once it passed').to.equal(2);
  });

  it('runs a live run that is already due from a timer task of its own, not inside a frame', async () => {
    const clock = stoppedClock();
    const { counter, scheduler } = counted();
    scheduler.schedule();
    scheduler.flushNow();
    // The feed was quiet for longer than the interval: its next change is due at once.
    await clock.tickAsync(500);
    scheduler.schedule(100);
    // Frames go on while the clock stands still: inside one the run would share a task with the
    // frame's style, layout and paint.
    await nextFrame();
    await nextFrame();
    expect(counter.runs, 'after two frames').to.equal(1);
    await clock.tickAsync(0);
    await scheduler.settled();
    expect(counter.runs, 'from its timer').to.equal(2);
  });

  it('runs a held-back live run at once when work that must not wait is scheduled', async () => {
    stoppedClock();
    const { counter, scheduler } = counted();
    scheduler.schedule();
    scheduler.flushNow();
    scheduler.schedule(100);
    scheduler.schedule();
    // Without the clock moving: the next frame runs it.
    await scheduler.settled();
    expect(counter.runs).to.equal(2);
  });

  it('runs at once on flushNow and forgets the held-back timer', async () => {
    const clock = stoppedClock();
    const { counter, scheduler } = counted();
    scheduler.schedule();
    scheduler.flushNow();
    scheduler.schedule(100);
    scheduler.flushNow();
    expect(counter.runs).to.equal(2);
    await clock.tickAsync(200);
    expect(counter.runs, 'nothing left to run').to.equal(2);
  });

  it('cancel ends every request: no timer is left and nothing runs', async () => {
    const clock = stoppedClock();
    const { counter, scheduler } = counted();
    scheduler.schedule();
    scheduler.cancel();
    expect(clock.countTimers()).to.equal(0);
    await nextFrame();
    await nextFrame();
    expect(counter.runs).to.equal(0);
  });
});
