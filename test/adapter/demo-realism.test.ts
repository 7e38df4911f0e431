import { expect } from '@open-wc/testing';
import { validateDetail, type LiveChange } from '../../src/adapter/index.js';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';
import type { Operator, RoutingTarget, SessionSummary } from '../../src/model/index.js';

// A fixed "now": the demo then runs on a virtual clock, advanced by liveIntervalMs per tick.
const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
const TICK_MS = 2000;
const signal = () => new AbortController().signal;

const operators = (targets: RoutingTarget[]) => targets.filter((t): t is Operator => t.kind === 'operator');

/** What a supervisor would call impossible: an operator with conversations shown offline or away, or one at capacity not busy. */
function inconsistent(operator: Operator): boolean {
  if (operator.load >= operator.capacity) return operator.availability !== 'busy';
  return operator.load > 0 && (operator.availability === 'offline' || operator.availability === 'away');
}

describe('demo data a supervisor believes', () => {
  it('dates no note after now, and none before its session ended', async () => {
    const adapter = createDemoAdapter({ seed: 4, sessions: 3000, live: false, now: NOW });
    const { sessions } = await adapter.listSessions({ mode: 'history', limit: 3000 }, signal());
    const noted = (sessions as SessionSummary[]).filter((s) => s.noteCount > 0);
    // The most recent ones are where notes used to land in the future.
    const recent = noted.sort((a, b) => b.endedAt! - a.endedAt!).slice(0, 150);
    expect(recent.length).to.be.greaterThan(20);
    expect(NOW - recent[0]!.endedAt!, 'some session ended within the last two hours').to.be.lessThan(2 * 3_600_000);
    for (const summary of recent) {
      const { detail } = validateDetail(await adapter.getSession(summary.id, signal()));
      for (const note of detail!.notes) {
        expect(note.at, `${summary.id} ${note.id}`).to.be.at.most(NOW);
        expect(note.at, `${summary.id} ${note.id}`).to.be.at.least(summary.endedAt!);
      }
    }
    adapter.dispose();
  });

  it("keeps operators' availability consistent with their load, in every announced change, over hours of live traffic", async () => {
    const adapter = createDemoAdapter({ seed: 2, sessions: 10_000, live: false, now: NOW, liveIntervalMs: TICK_MS });
    const announced: Operator[] = [];
    const stop = adapter.subscribe!((change: LiveChange) => {
      if (change.type === 'availability-changed') announced.push(change.target as Operator);
    });
    expect(operators(await adapter.routingTargets!(signal())).filter(inconsistent), 'at start').to.deep.equal([]);
    for (let tick = 1; tick <= 4000; tick++) {
      adapter.tick();
      if (tick % 200 === 0) expect(operators(await adapter.routingTargets!(signal())).filter(inconsistent), `after ${tick} ticks`).to.deep.equal([]);
    }
    expect(announced.length).to.be.greaterThan(50);
    // An announced availability is consistent with the load at the moment it was announced.
    expect(announced.filter((target) => target.kind === 'operator' && inconsistent(target))).to.deep.equal([]);
    stop();
    adapter.dispose();
  });

  it('keeps live queues at a realistic size: near the live target, a queue of at most half of it, waits of minutes', async () => {
    for (const seed of [1, 2, 3]) {
      const adapter = createDemoAdapter({ seed, sessions: 10_000, live: false, now: NOW, liveIntervalMs: TICK_MS });
      const target = 36; // the default for 10,000 sessions
      for (let tick = 0; tick <= 6000; tick++) {
        if (tick % 300 === 0) {
          const now = NOW + tick * TICK_MS;
          const live = (await adapter.listSessions({ mode: 'live', limit: 1000 }, signal())).sessions as SessionSummary[];
          const waiting = live.filter((s) => s.state === 'waiting');
          const where = `seed ${seed}, after ${(tick * TICK_MS) / 60_000} minutes`;
          expect(live.length, where).to.be.within(target / 2, target * 1.5);
          expect(waiting.length, where).to.be.at.most(target / 2);
          for (const session of waiting) expect(now - session.startedAt, `${where}: ${session.id} waits`).to.be.at.most(10 * 60_000);
        }
        adapter.tick();
      }
      adapter.dispose();
    }
  });
});
