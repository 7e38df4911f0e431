import { expect } from '@open-wc/testing';
import { SessionStore } from '../../src/store/index.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';

describe('SessionStore loading', () => {
  it('streams pages into the view as they arrive, then reports ready', async () => {
    let releaseSecond!: () => void;
    const secondPage = new Promise<void>((resolve) => (releaseSecond = resolve));
    const adapter = scriptedAdapter({
      pages: { history: [[summary('s1'), summary('s2')], [summary('s3')]] },
      beforePage: (_request, index) => (index === 1 ? secondPage : undefined),
      totals: true,
    });
    const store = new SessionStore(adapter);
    store.connect();
    await until(() => store.view.length === 2);
    expect(store.status).to.equal('loading');
    expect(store.loaded).to.equal(2);
    expect(store.total).to.equal(3);
    releaseSecond();
    await until(() => store.status === 'ready');
    await store.settled();
    // Newest first by default.
    expect(store.view).to.deep.equal(['s3', 's2', 's1']);
    store.disconnect();
  });

  it('shows every valid record and reports malformed ones and duplicate ids', async () => {
    const warnings: unknown[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const adapter = scriptedAdapter({
        pages: { history: [[summary('s1'), { id: 'broken', channel: 'fax' }, 'garbage', summary('s2'), summary('s2')]] },
      });
      const store = new SessionStore(adapter);
      const reported: string[] = [];
      store.addEventListener('data-error', (e) => reported.push((e as CustomEvent<{ id?: string }>).detail.id ?? '?'));
      store.connect();
      await until(() => store.status === 'ready');
      await store.settled();
      expect([...store.view].sort()).to.deep.equal(['s1', 's2']);
      expect(store.invalid).to.have.length(3);
      expect(reported).to.deep.equal(['broken', '?', 's2']);
      expect(String(warnings[0])).to.contain('broken');
      store.disconnect();
    } finally {
      console.warn = originalWarn;
    }
  });

  it('takes a large page in slices: other tasks run before it is all in, and nothing is lost or taken twice', async () => {
    const page = Array.from({ length: 40_000 }, (_, i) => summary(`s${i}`));
    // A duplicate at the far end of the page is still refused although it lands in another slice.
    page.push(summary('s1'));
    let loadedWhenTaskRan: number | undefined;
    const adapter = scriptedAdapter({
      pages: { history: [page] },
      // A task queued as the page arrives, like a click: it must not wait for the whole page.
      beforePage: () => void setTimeout(() => (loadedWhenTaskRan = store.loaded)),
    });
    const store = new SessionStore(adapter);
    const published: number[] = [];
    const unsubscribe = store.subscribe((state) => state.loaded, (loaded) => published.push(loaded));
    store.connect();
    await until(() => store.status === 'ready', 15_000);
    await store.settled();
    expect(loadedWhenTaskRan).to.be.below(40_000);
    expect(published.length).to.be.above(1);
    expect(store.loaded).to.equal(40_000);
    expect(store.view).to.have.length(40_000);
    expect(store.invalid.map((record) => record.id)).to.deep.equal(['s1']);
    unsubscribe();
    store.disconnect();
  });

  it('after a complete reload, drops the sessions the host no longer lists, and only those', async () => {
    const page = Array.from({ length: 20_000 }, (_, i) => summary(`s${i}`));
    const pages = { history: [page] };
    const store = new SessionStore(scriptedAdapter({ pages }));
    store.connect();
    await until(() => store.status === 'ready', 15_000);
    await store.settled();
    expect(store.view).to.have.length(20_000);
    // The host deleted two sessions, one at each end of what the store holds.
    pages.history = [page.filter((session) => session.id !== 's0' && session.id !== 's19999')];
    // No state may show a row whose session is gone (a blank row the table counts).
    const shownWithoutSession: string[] = [];
    const unsubscribe = store.subscribe(
      (state) => state,
      (state) => shownWithoutSession.push(...state.view.filter((id) => !state.sessions.has(id))),
    );
    await store.load();
    await store.settled();
    unsubscribe();
    expect(shownWithoutSession).to.deep.equal([]);
    expect(store.view).to.have.length(19_998);
    expect(store.sessions.has('s0') || store.sessions.has('s19999')).to.equal(false);
    expect(store.view.includes('s0') || store.view.includes('s19999')).to.equal(false);
    expect(store.sessions.size).to.equal(19_998);
    store.disconnect();
  });

  it('reports ready only once the view holds every session of the load (a large load merges in slices)', async () => {
    // Client names in an order unrelated to the pages', so no page simply goes after the last.
    const pages = Array.from({ length: 30 }, (_, p) =>
      Array.from({ length: 2_000 }, (_, i) => summary(`p${p}-${i}`, { client: { id: `c${p}-${i}`, name: `Client ${(i * 7919 + p * 104_729) % 60_000}` } })),
    );
    const store = new SessionStore(scriptedAdapter({ pages: { history: pages } }), { query: { sort: [{ column: 'clientName', direction: 'asc' }] } });
    const readyViews: number[] = [];
    const unsubscribe = store.subscribe(
      (state) => state.status,
      (status) => status === 'ready' && readyViews.push(store.getState().view.length),
    );
    store.connect();
    await until(() => store.status === 'ready', 30_000);
    unsubscribe();
    expect(readyViews).to.deep.equal([60_000]);
    store.disconnect();
  });

  it('shows a typed error when the adapter fails and recovers on retry', async () => {
    let fail = true;
    const adapter = scriptedAdapter({
      pages: { history: [[summary('s1')]] },
      beforePage: () => {
        if (fail) throw Object.assign(new Error('bad gateway'), { status: 502 });
      },
    });
    const store = new SessionStore(adapter);
    store.connect();
    await until(() => store.status === 'error');
    expect(store.error?.kind).to.equal('network');
    expect(store.error?.retryable).to.equal(true);
    fail = false;
    await store.retry();
    await store.settled();
    expect(store.status).to.equal('ready');
    expect(store.view).to.deep.equal(['s1']);
    store.disconnect();
  });

  it('turns a hanging adapter into a timeout error', async () => {
    const adapter = scriptedAdapter({ pages: { history: [[]] }, beforePage: () => new Promise(() => {}) });
    const store = new SessionStore(adapter, { requestTimeoutMs: 100 });
    store.connect();
    await until(() => store.status === 'error');
    expect(store.error?.kind).to.equal('timeout');
    store.disconnect();
  });

  it('aborts a stale load when the mode changes', async () => {
    const aborted: boolean[] = [];
    const adapter = scriptedAdapter({
      pages: { history: [[summary('h1')], [summary('h2')]], live: [[summary('l1', { state: 'active', endedAt: undefined, endReason: undefined })]] },
      beforePage: (request, _index, signal) =>
        request.mode === 'history'
          ? new Promise<void>((resolve) => signal.addEventListener('abort', () => (aborted.push(true), resolve())))
          : undefined,
    });
    const store = new SessionStore(adapter);
    store.connect();
    await until(() => adapter.requests.length === 1);
    store.setMode('live');
    await until(() => store.status === 'ready');
    await store.settled();
    expect(aborted).to.deep.equal([true]);
    expect(store.view).to.deep.equal(['l1']);
    store.disconnect();
  });

  it('commits a mode not loaded yet together with its loading status, never with the previous mode\'s rows as ready', async () => {
    let releaseLive!: () => void;
    const livePage = new Promise<void>((resolve) => (releaseLive = resolve));
    const adapter = scriptedAdapter({
      pages: { history: [[summary('h1')]], live: [[summary('l1', { state: 'active', endedAt: undefined, endReason: undefined })]] },
      beforePage: (request) => (request.mode === 'live' ? livePage : undefined),
    });
    const store = new SessionStore(adapter);
    store.connect();
    await until(() => store.status === 'ready');
    const seen: Array<{ mode: string; status: string }> = [];
    const unsubscribe = store.subscribe(
      (state) => state,
      (state) => seen.push({ mode: state.query.mode, status: state.status }),
    );
    store.setMode('live');
    expect(seen).to.deep.equal([{ mode: 'live', status: 'loading' }]);
    releaseLive();
    await until(() => store.status === 'ready');
    expect(seen.filter((state) => state.status === 'ready')).to.deep.equal([{ mode: 'live', status: 'ready' }]);
    expect(store.view).to.deep.equal(['l1']);
    unsubscribe();
    store.disconnect();
  });
});

describe('SessionStore live changes', () => {
  const live = (id: string, version: number, extra = {}) =>
    summary(id, { state: 'active', endedAt: undefined, endReason: undefined, version, ...extra });

  it('applies upserts, drops stale and duplicate versions, and flushes once per frame', async () => {
    const adapter = scriptedAdapter({ pages: { history: [[]], live: [[live('l1', 1)]] } });
    const store = new SessionStore(adapter, { query: { mode: 'live' } });
    store.connect();
    await until(() => store.status === 'ready');
    let changes = 0;
    // Selecting the whole snapshot counts every commit.
    store.subscribe((state) => state, () => changes++);
    adapter.emit({ type: 'session-upserted', id: 'l1', version: 3, session: live('l1', 3, { messageCount: 9 }) });
    adapter.emit({ type: 'session-upserted', id: 'l1', version: 2, session: live('l1', 2, { messageCount: 5 }) });
    adapter.emit({ type: 'session-upserted', id: 'l1', version: 3, session: live('l1', 3, { messageCount: 7 }) });
    adapter.emit({ type: 'session-upserted', id: 'l2', version: 1, session: live('l2', 1) });
    await store.settled();
    expect(changes).to.equal(1);
    expect(store.session('l1')?.messageCount).to.equal(9);
    expect(store.view).to.have.members(['l1', 'l2']);
    adapter.emit({ type: 'session-ended', id: 'l2', version: 2, session: summary('l2', { version: 2 }) });
    await store.settled();
    expect(store.view).to.deep.equal(['l1']);
    store.disconnect();
  });

  it('keeps its live bookkeeping bounded while sessions come and go', async () => {
    const adapter = scriptedAdapter({ pages: { history: [[]], live: [[]] } });
    const store = new SessionStore(adapter, { query: { mode: 'live' } });
    store.connect();
    await until(() => store.status === 'ready');
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 1000; i++) {
        const id = `r${round}-${i}`;
        adapter.emit({ type: 'session-upserted', id, version: 1, session: live(id, 1) });
        adapter.emit({ type: 'message-appended', id, version: 2, message: { id: `${id}-m`, at: Date.now(), sender: 'client', text: 'ahoj' } });
        adapter.emit({ type: 'session-removed', id, version: 3 });
      }
      await store.settled();
    }
    expect(store.sessions.size).to.equal(0);
    // 6,000 sessions passed through: what is kept of them is bounded, not one entry each.
    expect(store.liveBookkeeping.seenMessages).to.equal(0);
    expect(store.liveBookkeeping.versions).to.be.at.most(2000);
    // A stale upsert of a session removed lately does not bring it back.
    adapter.emit({ type: 'session-upserted', id: 'r5-999', version: 2, session: live('r5-999', 2) });
    await store.settled();
    expect(store.session('r5-999')).to.equal(undefined);
    store.disconnect();
  });

  it('forgets the message ids of sessions long ended, and still counts a message delivered again once', async () => {
    const adapter = scriptedAdapter({ pages: { history: [[]], live: [[]] } });
    adapter.getSession = async (id) => ({ ...live(id, 1), messages: [], notes: [], routing: [], recordings: [] });
    const store = new SessionStore(adapter, { query: { mode: 'live' } });
    store.connect();
    await until(() => store.status === 'ready');
    const message = (id: string, n: number) => ({ id: `${id}-m${n}`, at: Date.UTC(2026, 10, 1, 9, n), sender: 'client' as const, text: `hello ${n}` });
    adapter.emit({ type: 'session-upserted', id: 'first', version: 1, session: live('first', 1) });
    await store.settled();
    // The user reads the first session's transcript while its messages come in.
    await store.details.load('first');
    const transcript = () => store.getState().details.get('first')?.detail?.messages.map((m) => m.id);
    // One message carries its summary, one leaves the count to the store.
    adapter.emit({ type: 'message-appended', id: 'first', version: 2, message: message('first', 1), session: live('first', 2, { messageCount: 1 }) });
    adapter.emit({ type: 'message-appended', id: 'first', version: 3, message: message('first', 2) });
    adapter.emit({ type: 'session-ended', id: 'first', version: 4, session: summary('first', { version: 4, messageCount: 2 }) });
    await store.settled();
    expect(transcript()).to.deep.equal(['first-m1', 'first-m2']);
    // A thousand more sessions go live, get a message and end, a hundred per frame.
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 100; i++) {
        const id = `s${round}-${i}`;
        adapter.emit({ type: 'session-upserted', id, version: 1, session: live(id, 1) });
        adapter.emit({ type: 'message-appended', id, version: 2, message: message(id, 1) });
        adapter.emit({ type: 'session-ended', id, version: 3, session: summary(id, { version: 3, messageCount: 1 }) });
      }
      await store.settled();
    }
    // Ended sessions stay for the History view; the ids of their messages do not stay with them.
    expect(store.sessions.size).to.equal(1001);
    expect(store.liveBookkeeping.seenMessages).to.be.at.most(300);
    // The first session's messages are delivered again, long after their ids were forgotten.
    adapter.emit({ type: 'message-appended', id: 'first', version: 2, message: message('first', 1), session: live('first', 2, { messageCount: 1 }) });
    adapter.emit({ type: 'message-appended', id: 'first', version: 3, message: message('first', 2) });
    await store.settled();
    expect(store.session('first')).to.include({ state: 'ended', messageCount: 2, version: 4 });
    expect(transcript()).to.deep.equal(['first-m1', 'first-m2']);
    expect(store.liveBookkeeping.seenMessages).to.be.at.most(300);
    store.disconnect();
  });

  it('merges live changes into the sorted view exactly as a full computation orders it', async () => {
    const sessions = Array.from({ length: 300 }, (_, i) => live(`l${i}`, 1, { startedAt: Date.UTC(2026, 10, 25, 8) + ((i * 7919) % 300) * 60_000 }));
    const adapter = scriptedAdapter({ pages: { history: [[]], live: [sessions] } });
    const store = new SessionStore(adapter, { query: { mode: 'live', sort: [{ column: 'startedAt', direction: 'desc' }] } });
    store.connect();
    await until(() => store.status === 'ready');
    await store.settled();
    for (let i = 0; i < 50; i++) {
      const id = `l${(i * 37) % 320}`;
      adapter.emit({ type: 'session-upserted', id, version: 10 + i, session: live(id, 10 + i, { startedAt: Date.UTC(2026, 10, 25, 9) + ((i * 104729) % 500) * 30_000 }) });
      if (i % 10 === 0) await store.settled();
    }
    await store.settled();
    const expected = [...store.sessions.values()]
      .filter((session) => session.state !== 'ended')
      .sort((a, b) => b.startedAt - a.startedAt)
      .map((session) => session.id);
    expect(store.view.map((id) => store.session(id)!.startedAt)).to.deep.equal(expected.map((id) => store.session(id)!.startedAt));
    expect([...store.view].sort()).to.deep.equal([...expected].sort());
    store.disconnect();
  });

  it('updates the summary when a message is appended', async () => {
    const adapter = scriptedAdapter({ pages: { live: [[live('l1', 1)]] } });
    const store = new SessionStore(adapter, { query: { mode: 'live' } });
    store.connect();
    await until(() => store.status === 'ready');
    adapter.emit({ type: 'message-appended', id: 'l1', version: 2, message: { id: 'm9', at: Date.now(), sender: 'client', text: 'Dobrý den, mám reklamaci' } });
    await store.settled();
    expect(store.session('l1')?.messageCount).to.equal(4);
    expect(store.session('l1')?.lastMessagePreview).to.equal('Dobrý den, mám reklamaci');
    store.disconnect();
  });

  it('applies nothing after the last element disconnects', async () => {
    const adapter = scriptedAdapter({ pages: { live: [[live('l1', 1)]] } });
    const store = new SessionStore(adapter, { query: { mode: 'live' } });
    store.connect();
    await until(() => store.status === 'ready');
    store.disconnect();
    expect(adapter.listeners).to.equal(0);
    adapter.emit({ type: 'session-upserted', id: 'l5', version: 1, session: live('l5', 1) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store.session('l5')).to.equal(undefined);
  });
});
