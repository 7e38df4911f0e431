/**
 * Malformed live changes (issue 12, defects 2 and 3): each change is validated on its own, so one
 * null or garbage change is reported and skipped while the rest of the frame applies; and an
 * invalid change never records its version, so it cannot make later valid updates look stale.
 */
import { expect } from '@open-wc/testing';
import type { LiveChange } from '../../src/adapter/index.js';
import { SessionStore } from '../../src/store/index.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';

const live = (id: string, version: number, extra = {}) =>
  summary(id, { state: 'active', endedAt: undefined, endReason: undefined, version, ...extra });

async function liveStore() {
  const adapter = scriptedAdapter({ pages: { live: [[live('l1', 1), live('l2', 1)]] } });
  const store = new SessionStore(adapter, { query: { mode: 'live' } });
  const reported: Array<string | undefined> = [];
  store.addEventListener('data-error', (e) => reported.push((e as CustomEvent<{ id?: string }>).detail.id));
  store.connect();
  await until(() => store.status === 'ready');
  await store.settled();
  return { adapter, store, reported };
}

/** Sends anything through the host's feed, as a careless back end could. */
const emitRaw = (adapter: { emit(change: LiveChange): void }, change: unknown) => adapter.emit(change as LiveChange);

describe('live changes: one bad change in a frame', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('skips and reports a null change and applies the rest of the frame', async () => {
    const { adapter, store, reported } = await liveStore();
    const garbage = [null, 42, 'text', { type: 'session-upserted' }, { type: 'teleported', id: 'l1', version: 9 }, { type: 'session-removed', id: 5, version: 9 }];
    emitRaw(adapter, { type: 'session-upserted', id: 'l3', version: 1, session: live('l3', 1) });
    for (const change of garbage) emitRaw(adapter, change);
    emitRaw(adapter, { type: 'session-removed', id: 'l2', version: 2 });
    emitRaw(adapter, { type: 'session-upserted', id: 'l1', version: 2, session: live('l1', 2, { messageCount: 9 }) });
    await store.settled();
    expect([...store.view].sort()).to.deep.equal(['l1', 'l3']);
    expect(store.session('l1')?.messageCount).to.equal(9);
    expect(reported).to.have.length(garbage.length);
    expect(store.invalidCount).to.equal(garbage.length);
    store.disconnect();
  });

  it('does not let an invalid upsert with a huge version freeze its session', async () => {
    const { adapter, store, reported } = await liveStore();
    emitRaw(adapter, { type: 'session-upserted', id: 'l1', version: 1e12, session: { ...live('l1', 1e12), channel: 'carrier-pigeon' } });
    await store.settled();
    expect(reported).to.deep.equal(['l1']);
    emitRaw(adapter, { type: 'session-upserted', id: 'l1', version: 2, session: live('l1', 2, { messageCount: 7 }) });
    await store.settled();
    expect(store.session('l1')?.messageCount).to.equal(7);
    store.disconnect();
  });

  it('refuses versions that are not finite numbers of 0 or more, and then takes valid ones', async () => {
    const { adapter, store, reported } = await liveStore();
    for (const version of [Number.NaN, Infinity, -1, '5', null]) {
      emitRaw(adapter, { type: 'session-upserted', id: 'l1', version, session: live('l1', 1, { messageCount: 100 }) });
    }
    await store.settled();
    expect(reported).to.have.length(5);
    expect(store.session('l1')?.messageCount).to.equal(3);
    emitRaw(adapter, { type: 'session-upserted', id: 'l1', version: 2, session: live('l1', 2, { messageCount: 8 }) });
    await store.settled();
    expect(store.session('l1')?.messageCount).to.equal(8);
    store.disconnect();
  });

  it('refuses an out-of-range date in a live session or message and keeps the session updatable', async () => {
    const { adapter, store, reported } = await liveStore();
    emitRaw(adapter, { type: 'session-upserted', id: 'l1', version: 5, session: live('l1', 5, { startedAt: 1e20 }) });
    emitRaw(adapter, { type: 'message-appended', id: 'l2', version: 5, message: { id: 'm1', at: -1e20, sender: 'client', text: 'x' } });
    await store.settled();
    expect(reported).to.deep.equal(['l1', 'l2']);
    expect(store.session('l1')?.startedAt).to.be.below(8.64e15);
    emitRaw(adapter, { type: 'session-upserted', id: 'l1', version: 3, session: live('l1', 3, { messageCount: 11 }) });
    await store.settled();
    expect(store.session('l1')?.messageCount).to.equal(11);
    store.disconnect();
  });

  it('refuses a session whose id differs from its change, without touching either session', async () => {
    const { adapter, store, reported } = await liveStore();
    emitRaw(adapter, { type: 'session-upserted', id: 'l1', version: 4, session: live('l2', 4, { messageCount: 50 }) });
    await store.settled();
    expect(reported).to.deep.equal(['l1']);
    expect(store.session('l1')?.messageCount).to.equal(3);
    expect(store.session('l2')?.messageCount).to.equal(3);
    store.disconnect();
  });
});
