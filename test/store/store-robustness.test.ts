import { expect } from '@open-wc/testing';
import type { LiveChange, MutationOptions, SessionAdapter } from '../../src/adapter/index.js';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';
import type { Note } from '../../src/model/index.js';
import { SessionStore } from '../../src/store/index.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';
import { watchPageErrors } from '../hardening/page-errors.js';

const live = (id: string, version: number, extra = {}) =>
  summary(id, { state: 'active', endedAt: undefined, endReason: undefined, version, ...extra });

describe('SessionStore after a reconnect', () => {
  it('reloads what it shows: live changes were missed while detached', async () => {
    const pages: Record<string, unknown[][]> = { live: [[live('l1', 1), live('l2', 1)]] };
    const adapter = scriptedAdapter({ pages });
    const store = new SessionStore(adapter, { query: { mode: 'live' } });
    store.connect();
    await until(() => store.status === 'ready');
    store.disconnect();
    // Meanwhile l2 ended on the host.
    pages['live'] = [[live('l1', 2)]];
    pages['history'] = [[summary('l2', { version: 2 })]];
    expect(store.loaded).to.equal(2);
    store.connect();
    // The reload's own end: 'ready' with its one session counted. Status alone still reads the
    // 'ready' of the first load until the reload's 'loading' is committed at the next frame, and
    // the second request is sent before its page is answered and merged (CI once read the old view).
    await until(() => adapter.requests.length === 2 && store.status === 'ready' && store.loaded === 1);
    await store.settled();
    expect(store.view).to.deep.equal(['l1']);
    store.disconnect();
  });
});

describe('SessionStore live messages', () => {
  it('keeps a message that arrives after a newer summary, once', async () => {
    const adapter = scriptedAdapter({ pages: { live: [[live('l1', 1)]] } });
    const store = new SessionStore(adapter, { query: { mode: 'live' } });
    store.connect();
    await until(() => store.status === 'ready');
    await store.details.load('l1');
    const message = { id: 'm-late', at: Date.now(), sender: 'client' as const, text: 'late but real' };
    adapter.emit({ type: 'session-upserted', id: 'l1', version: 5, session: live('l1', 5, { messageCount: 4 }) });
    adapter.emit({ type: 'message-appended', id: 'l1', version: 4, message });
    adapter.emit({ type: 'message-appended', id: 'l1', version: 4, message });
    await store.settled();
    const texts = store.details.get('l1')!.detail!.messages.map((m) => m.text);
    expect(texts.filter((t) => t === 'late but real')).to.have.length(1);
    // The newer summary already counted it.
    expect(store.session('l1')!.messageCount).to.equal(4);
    store.disconnect();
  });
});

describe('DetailStore', () => {
  it('keeps a shared load alive while one caller still waits', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const base = scriptedAdapter({ pages: { history: [[summary('s1')]] } });
    let calls = 0;
    const adapter: SessionAdapter = {
      ...base,
      getSession: async (id, signal) => {
        calls += 1;
        await gate;
        if (signal.aborted) throw new DOMException('aborted', 'AbortError');
        return base.getSession(id, signal);
      },
    };
    const store = new SessionStore(adapter);
    const first = new AbortController();
    const a = store.details.load('s1', { signal: first.signal });
    const b = store.details.load('s1');
    first.abort();
    release();
    await a.then(
      () => expect.fail('the aborted caller must reject'),
      (error: unknown) => expect((error as { kind?: string }).kind).to.equal('aborted'),
    );
    const entry = await b;
    expect(entry.status).to.equal('ready');
    expect(calls).to.equal(1);
  });

  it('loads again for a caller that comes back while the aborted load still settles (a quick unmount and remount)', async () => {
    const base = scriptedAdapter({ pages: { history: [[summary('s1')]] } });
    const adapter: SessionAdapter = { ...base, getSession: (id, signal) => base.getSession(id, signal) };
    const store = new SessionStore(adapter);
    const unmounted = new AbortController();
    const first = store.details.load('s1', { signal: unmounted.signal }).catch((error: unknown) => error);
    unmounted.abort();
    // Remounted at once: the aborted request has not settled yet.
    const again = await store.details.load('s1', { signal: new AbortController().signal });
    expect(again.status).to.equal('ready');
    expect(((await first) as { kind?: string }).kind).to.equal('aborted');
    expect(store.details.get('s1')?.status, 'the entry after both settled').to.equal('ready');
  });

  it('forgets the loading entry of a load aborted by its only caller', async () => {
    const base = scriptedAdapter({ pages: { history: [[summary('s1')]] } });
    const store = new SessionStore(base);
    const unmounted = new AbortController();
    const first = store.details.load('s1', { signal: unmounted.signal }).catch(() => undefined);
    unmounted.abort();
    await first;
    await until(() => store.details.get('s1') === undefined);
  });

  it('retries a failed note with the same idempotency key, a new note with a new one', async () => {
    const keys: string[] = [];
    let fail = true;
    const base = scriptedAdapter({ pages: { history: [[summary('s1')]] }, capabilities: { notes: true } });
    const adapter: SessionAdapter = {
      ...base,
      capabilities: { notes: true },
      addNote: async (sessionId: string, text: string, options?: MutationOptions): Promise<Note> => {
        keys.push(options!.idempotencyKey);
        if (fail) throw Object.assign(new Error('gateway timeout'), { status: 504 });
        return { id: `n-${keys.length}`, at: Date.now(), authorId: 'op-1', authorName: 'Jana', text: `${sessionId}:${text}` };
      },
    };
    const store = new SessionStore(adapter);
    await store.details.load('s1');
    await store.details.addNote('s1', 'Call back tomorrow').catch(() => undefined);
    fail = false;
    await store.details.addNote('s1', 'Call back tomorrow');
    await store.details.addNote('s1', 'Another note');
    expect(keys[0]).to.equal(keys[1]);
    expect(keys[2]).to.not.equal(keys[1]);
  });

  it('loads messages and notes of many sessions for an export', async () => {
    const adapter = createDemoAdapter({ seed: 3, sessions: 60, live: false });
    const store = new SessionStore(adapter);
    store.connect();
    await until(() => store.status === 'ready', 10000);
    const ids = store.view.slice(0, 20);
    const batch = await store.details.loadBatch(ids, new AbortController().signal);
    expect([...batch.keys()].sort()).to.deep.equal([...ids].sort());
    for (const id of ids) expect(batch.get(id)!.messages.length).to.equal(store.session(id)!.messageCount);
    const withNotes = ids.find((id) => store.session(id)!.noteCount > 0);
    if (withNotes) expect(batch.get(withNotes)!.notes.length).to.equal(store.session(withNotes)!.noteCount);
    store.dispose();
  });
});

describe('StoreSearch when the host fails', () => {
  it('retries transcripts that could not be loaded and says the results are incomplete meanwhile', async () => {
    const demo = createDemoAdapter({ seed: 8, sessions: 200, live: false });
    let failures = 1;
    const adapter: SessionAdapter = Object.assign(Object.create(demo) as SessionAdapter, {
      getTranscripts: (ids: readonly string[], signal: AbortSignal) => {
        if (failures-- > 0) return Promise.reject(Object.assign(new Error('unavailable'), { status: 503 }));
        return demo.getTranscripts!(ids, signal);
      },
      subscribe: (_: (change: LiveChange) => void) => () => {},
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const store = new SessionStore(adapter);
      store.connect();
      await until(() => store.status === 'ready', 10000);
      store.setQuery({ search: 'faktura' });
      await until(() => store.search.state.status === 'done', 10000);
      expect(store.search.state.complete).to.equal(false);
      await until(() => store.search.state.complete && store.search.state.matches > 0, 15000);
      store.dispose();
    } finally {
      console.warn = warn;
    }
  });
});

/** The next task: unhandled rejections of this one have been reported by then (a message, not a timer). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

describe('SessionStore details, cancelled', () => {
  it('asks the host nothing and leaves no unhandled rejection when the signal was aborted before', async () => {
    const errors = watchPageErrors();
    try {
      let asked = 0;
      const adapter = scriptedAdapter({ pages: { history: [[summary('s1'), summary('s2'), summary('s3')]] } });
      const getSession = adapter.getSession.bind(adapter);
      adapter.getSession = (id, signal) => {
        asked += 1;
        return getSession(id, signal);
      };
      const store = new SessionStore(adapter);
      store.connect();
      await until(() => store.status === 'ready');
      const aborted = AbortSignal.abort();
      const batch = await store.details.loadBatch(['s1', 's2', 's3'], aborted);
      expect(batch.size, 'nothing loaded').to.equal(0);
      const refused = await store.details.load('s1', { signal: aborted }).then(
        () => 'loaded',
        (error: Error) => error.message,
      );
      expect(refused).to.equal('The request was cancelled.');
      await nextTask();
      expect(asked, 'no request for a cancelled load').to.equal(0);
      expect(errors.list).to.deep.equal([]);
      store.disconnect();
    } finally {
      errors.stop();
    }
  });
});
