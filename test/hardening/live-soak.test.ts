/**
 * Live soak (issue 12): a host announces 100 changes a second for a minute — arrivals, messages,
 * acceptances, endings, removals, and one change in seven announced twice — while the Live view
 * and an open detail take them in. A fake clock runs the minute in seconds. At the end nothing is
 * lost and nothing doubled: the Live view shows exactly the host's live sessions at the host's
 * versions and message counts, the table counts them, and the open transcript holds exactly the
 * host's messages. Nothing was thrown along the way.
 *
 * The 10-minute soak over 100k sessions in real time, with heap and long tasks, is
 * `BENCH=live-soak npm run bench` (bench/live-soak.bench.ts).
 */
import { expect } from '@open-wc/testing';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import type { SessionStore } from '../../src/store/index.js';
import { followingClock } from '../helpers/fake-clock.js';
import { until } from '../helpers/test-adapter.js';
import { expectHealthy, mountView, rendered } from './fault-harness.js';
import { watchPageErrors } from './page-errors.js';
import { SoakHost } from './soak-host.js';

const CHANGES_PER_SECOND = 100;
const SECONDS = 60;

/** Rows the table announces to assistive technology (`aria-rowcount` counts the header row too). */
function announcedRows(view: SessionView): number {
  const grid = view.shadowRoot!.querySelector('session-table')!.shadowRoot!.querySelector('[aria-rowcount]')!;
  return Number(grid.getAttribute('aria-rowcount')) - 1;
}

/**
 * The store holds exactly the host's live sessions, each at the host's version and message count
 * (a lost change leaves an old version, a stale repeat that won brings one back, a doubled
 * message counts one too many), and the Live view shows each of them once.
 */
function expectLiveEqualsHost(store: SessionStore, host: SoakHost, when: string): void {
  const held = new Map([...store.sessions].filter(([, session]) => session.state !== 'ended'));
  expect([...held.keys()].sort(), `${when}: live sessions held`).to.deep.equal([...host.truth.keys()].sort());
  const wrong = [...host.truth].filter(([id, truth]) => {
    const session = held.get(id)!;
    return session.version !== truth.version || session.messageCount !== truth.messageCount || session.state !== truth.state;
  });
  expect(wrong.map(([id]) => id), `${when}: sessions at another version, message count or state than the host's`).to.deep.equal([]);
  expect(new Set(store.view).size, `${when}: rows shown twice`).to.equal(store.view.length);
  expect([...store.view].sort(), `${when}: rows of the Live view`).to.deep.equal([...host.truth.keys()].sort());
}

/** Waits until the store has applied everything the host announced (the feed keeps running meanwhile). */
async function caughtUp(store: SessionStore, host: SoakHost): Promise<void> {
  let announced: number;
  do {
    announced = host.sent + host.redelivered;
    await store.settled();
  } while (announced !== host.sent + host.redelivered);
}

describe('live soak: 100 changes/s for 60 s', function () {
  this.timeout(120_000);

  it('loses nothing, doubles nothing, and ends equal to the host', async () => {
    const errors = watchPageErrors();
    try {
      const clock = followingClock();
      const host = new SoakHost({ changesPerSecond: CHANGES_PER_SECOND, liveTarget: 150, redeliverEvery: 7, tickMs: 100, limit: CHANGES_PER_SECOND * SECONDS });
      const view = await mountView(host);
      const store = view.store!;
      store.setMode('live');
      await until(() => store.status === 'ready' && store.view.length > 0);
      await rendered(view);
      // The user watches one session's transcript throughout.
      const watched = store.view[0]!;
      store.select(watched);
      await until(() => store.getState().details.get(watched)?.status === 'ready');

      for (let second = 1; second <= SECONDS; second++) {
        await clock.tickAsync(1000);
        await caughtUp(store, host);
        expect(errors.list, `uncaught errors by second ${second}`).to.deep.equal([]);
        expectLiveEqualsHost(store, host, `second ${second}`);
      }
      host.stop();
      await store.settled();
      await rendered(view);

      expect(host.sent, 'changes announced').to.equal(CHANGES_PER_SECOND * SECONDS);
      expect(host.redelivered, 'changes announced twice').to.equal(Math.floor(host.sent / 7));
      expectLiveEqualsHost(store, host, 'the end');
      // What the user sees: the table counts the Live view's rows.
      expect(announcedRows(view), 'rows the table announces').to.equal(host.truth.size);
      // The open transcript: every message once, in the host's order.
      const transcript = store.getState().details.get(watched)?.detail?.messages.map((m) => m.id);
      expect(transcript, `transcript of ${watched}`).to.deep.equal(host.messagesOf(watched).map((m) => m.id));
      expectHealthy(view, errors, 'after the soak');
      view.remove();
      expect(host.subscribers, 'subscriptions left').to.equal(0);
    } finally {
      errors.stop();
    }
  });
});
