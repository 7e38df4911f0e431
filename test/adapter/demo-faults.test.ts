import { expect } from '@open-wc/testing';
import { followingClock, stoppedClock } from '../helpers/fake-clock.js';
import { toSessionViewError, validateDetail, validateSummary } from '../../src/adapter/index.js';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';

const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);

async function outcome(promise: Promise<unknown>): Promise<{ kind: string; name?: string }> {
  try {
    await promise;
    return { kind: 'resolved' };
  } catch (error) {
    return { kind: toSessionViewError(error).kind, name: (error as Error).name };
  }
}

describe('demo adapter: failure injection', () => {
  it('rejects every call with a retryable network error when errorRate is 1', async () => {
    const adapter = createDemoAdapter({ sessions: 20, now: NOW, live: false, errorRate: 1 });
    const signal = new AbortController().signal;
    const calls = [
      adapter.listSessions({ mode: 'history', limit: 5 }, signal),
      adapter.getSession('S-000001', signal),
      adapter.routingTargets!(signal),
      adapter.addNote!('S-000001', 'x'),
      adapter.getTranscripts!(['S-000001'], signal),
    ];
    for (const call of calls) expect((await outcome(call)).kind).to.equal('network');
    expect(toSessionViewError(await adapter.getSession('S-000001', signal).catch((e: unknown) => e)).retryable).to.equal(true);
    adapter.dispose();
  });

  it('fails about the configured share of calls, the same ones for the same seed', async () => {
    const run = async () => {
      const adapter = createDemoAdapter({ sessions: 20, now: NOW, live: false, errorRate: 0.3, seed: 5 });
      const results: string[] = [];
      for (let i = 0; i < 200; i++) results.push((await outcome(adapter.listSessions({ mode: 'history', limit: 1 }, new AbortController().signal))).kind);
      return results;
    };
    const first = await run();
    expect(first).to.deep.equal(await run());
    expect(first.filter((k) => k === 'network').length).to.be.within(40, 80);
  });

  it('hangs until timeoutMs and then rejects with a TimeoutError', async () => {
    const clock = stoppedClock();
    const adapter = createDemoAdapter({ sessions: 20, now: NOW, live: false, timeoutRate: 1, timeoutMs: 60 });
    let settled = false;
    const pending = outcome(adapter.listSessions({ mode: 'history', limit: 5 }, new AbortController().signal)).finally(() => (settled = true));
    await clock.tickAsync(59);
    expect(settled, 'still hanging before timeoutMs').to.equal(false);
    await clock.tickAsync(1);
    expect(await pending).to.deep.equal({ kind: 'timeout', name: 'TimeoutError' });
  });

  it('hangs until aborted when timeoutMs is Infinity', async () => {
    const adapter = createDemoAdapter({ sessions: 20, now: NOW, live: false, timeoutRate: 1, timeoutMs: Infinity });
    const controller = new AbortController();
    let settled = false;
    const clock = followingClock();
    const pending = outcome(adapter.getSession('S-000001', controller.signal)).finally(() => (settled = true));
    await clock.tickAsync(3_600_000); // an hour later
    expect(settled).to.equal(false);
    controller.abort();
    expect((await pending).kind).to.equal('aborted');
  });

  it('adds latency within the configured range', async () => {
    const clock = stoppedClock();
    const adapter = createDemoAdapter({ sessions: 20, now: NOW, live: false, latencyMs: [40, 60] });
    let settled = false;
    const pending = adapter.listSessions({ mode: 'history', limit: 5 }, new AbortController().signal).finally(() => (settled = true));
    await clock.tickAsync(39);
    expect(settled, 'not before the shortest latency').to.equal(false);
    await clock.tickAsync(21);
    expect(settled, 'by the longest latency').to.equal(true);
    expect((await pending).sessions).to.have.length(5);
  });

  it('sends malformed records that validateSummary rejects with the problems listed', async () => {
    const adapter = createDemoAdapter({ sessions: 400, now: NOW, live: false, malformedRate: 0.1 });
    const page = await adapter.listSessions({ mode: 'history', limit: 400 }, new AbortController().signal);
    const results = page.sessions.map(validateSummary);
    const broken = results.filter((r) => !r.ok);
    expect(broken.length).to.be.within(20, 65);
    for (const result of broken) {
      if (result.ok) continue;
      expect(result.id).to.match(/^S-\d+$/);
      expect(result.problems.length).to.be.greaterThan(0);
      expect(result.problems.join(' ')).to.match(/channel|startedAt|state|operators|client|messageCount/);
    }
    const problems = broken.flatMap((r) => (r.ok ? [] : r.problems)).join('\n');
    expect(problems).to.contain('channel: expected one of');
    expect(problems).to.contain('startedAt: expected a date');
    const id = broken[0]!.ok ? '' : broken[0]!.id!;
    expect(validateDetail(await adapter.getSession(id, new AbortController().signal)).detail).to.equal(undefined);
  });
});
