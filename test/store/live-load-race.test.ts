import { expect } from '@open-wc/testing';
import { SessionStore } from '../../src/store/session-store.js';
import { applyLiveChanges, type SeenMessages } from '../../src/store/live-changes.js';
import type { SessionSummary } from '../../src/model/index.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';

const message = (n: number) => ({ id: `x-m${n}`, at: Date.UTC(2026, 10, 1, 9, n), sender: 'client' as const, text: `hello ${n}` });
const live = (id: string, version: number, messageCount = 0): SessionSummary => summary(id, { state: 'active', endedAt: undefined, endReason: undefined, version, messageCount });

/**
 * A load's page is the host's list when it was asked for; the live feed runs on while it is on its
 * way. Messages that come without a summary for a session the page brings must not lose it (their
 * version once refused the older page as stale: the session vanished from the Live view) and must
 * be counted on top of it.
 */
/** The maps live changes apply to, empty: no session held yet. */
function emptyMaps() {
  return { sessions: new Map<string, SessionSummary>(), versions: new Map<string, number>(), seen: new Map<string, SeenMessages>() };
}

/** A Live store whose first page (x at version 1) is held until `releasePage()`. */
async function liveStoreWithPageOnItsWay() {
  let releasePage = () => {};
  const adapter = scriptedAdapter({
    pages: { live: [[live('x', 1)]] },
    beforePage: () => new Promise<void>((resolve) => (releasePage = resolve)),
  });
  const store = new SessionStore(adapter, { query: { mode: 'live' } });
  store.connect();
  await until(() => adapter.requests.length === 1);
  return { adapter, store, releasePage: () => releasePage() };
}

describe('live messages that come before their session’s page', () => {
  it('keep the session the page brings and count on top of it', async () => {
    const { adapter, store, releasePage } = await liveStoreWithPageOnItsWay();
    // While the page is on its way: two messages of x without a summary, one with it of y (seen once applied).
    adapter.emit({ type: 'message-appended', id: 'x', version: 2, message: message(1) });
    adapter.emit({ type: 'message-appended', id: 'x', version: 3, message: message(2) });
    adapter.emit({ type: 'session-upserted', id: 'y', version: 1, session: live('y', 1) });
    await until(() => store.session('y') !== undefined);
    expect(store.session('x'), 'not held before its page').to.equal(undefined);

    releasePage();
    await until(() => store.status === 'ready');
    await store.settled();
    expect(store.session('x')).to.include({ messageCount: 2, version: 3, lastMessagePreview: 'hello 2' });
    expect([...store.view].sort()).to.deep.equal(['x', 'y']);

    // The feed delivers them again (at least once): known by their ids, not counted twice.
    adapter.emit({ type: 'message-appended', id: 'x', version: 2, message: message(1) });
    adapter.emit({ type: 'message-appended', id: 'x', version: 4, message: message(3) });
    await store.settled();
    expect(store.session('x')).to.include({ messageCount: 3, version: 4 });
    store.dispose();
  });

  it('counts only the early messages newer than the summary that comes', () => {
    const { sessions, versions, seen } = emptyMaps();
    applyLiveChanges(sessions, versions, [
      { type: 'message-appended', id: 'x', version: 2, message: message(1) },
      { type: 'message-appended', id: 'x', version: 4, message: message(3) },
    ], seen, true);
    expect(versions.has('x'), 'a message without a summary records no version').to.equal(false);
    // A summary at version 3 counts the message of version 2, not the one of version 4.
    applyLiveChanges(sessions, versions, [{ type: 'session-upserted', id: 'x', version: 3, session: live('x', 3, 1) }], seen);
    expect(sessions.get('x')).to.include({ messageCount: 2, version: 4, lastMessagePreview: 'hello 3' });
    expect(versions.get('x'), 'kept at the version it was caught up to').to.equal(4);
  });

  it('refuses a summary older than the one caught up to, as for any session held', () => {
    const { sessions, versions, seen } = emptyMaps();
    applyLiveChanges(sessions, versions, [
      { type: 'message-appended', id: 'x', version: 3, message: message(1) },
      { type: 'session-upserted', id: 'x', version: 1, session: live('x', 1) },
      { type: 'session-upserted', id: 'x', version: 2, session: live('x', 2) },
    ], seen, true);
    expect(sessions.get('x')).to.include({ messageCount: 1, version: 3 });
  });

  it('keeps nothing of sessions never held once no page is on its way', async () => {
    const { adapter, store, releasePage } = await liveStoreWithPageOnItsWay();
    // While the page is on its way: messages of x (in the page) and of 50 sessions it does not list.
    adapter.emit({ type: 'message-appended', id: 'x', version: 2, message: message(1) });
    for (let i = 0; i < 50; i++) adapter.emit({ type: 'message-appended', id: `ghost-${i}`, version: 2, message: { ...message(i), id: `ghost-${i}-m` } });
    adapter.emit({ type: 'session-upserted', id: 'y', version: 1, session: live('y', 1) });
    await until(() => store.session('y') !== undefined);
    expect(store.liveBookkeeping.seenMessages, 'waiting for their summary').to.equal(51);

    releasePage();
    await until(() => store.status === 'ready');
    // The next flush of the feed, with no page on its way, forgets what waited in vain.
    adapter.emit({ type: 'message-appended', id: 'ghost-0', version: 3, message: { ...message(99), id: 'ghost-0-m2' } });
    adapter.emit({ type: 'session-upserted', id: 'z', version: 1, session: live('z', 1) });
    await until(() => store.session('z') !== undefined);
    await store.settled();
    expect(store.session('x')).to.include({ messageCount: 1, version: 2 });
    expect(store.liveBookkeeping.seenMessages, 'only x, which is held').to.equal(1);
    store.dispose();
  });
});
