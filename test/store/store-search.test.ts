import { expect } from '@open-wc/testing';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';
import { foldText } from '../../src/engine/search/index.js';
import type { LiveChange, SessionAdapter } from '../../src/adapter/index.js';
import { SessionStore } from '../../src/store/index.js';
import { until } from '../helpers/test-adapter.js';

async function readyStore(sessions = 400) {
  const adapter = createDemoAdapter({ seed: 5, sessions, live: false, now: Date.UTC(2026, 10, 25, 12) });
  const store = new SessionStore(adapter);
  store.connect();
  await until(() => store.status === 'ready', 10000);
  await store.settled();
  return { store, adapter };
}

async function searchFor(store: SessionStore, text: string) {
  store.setQuery({ search: text });
  await until(() => store.search.state.status === 'done' && store.search.state.complete, 20000);
  await store.settled();
}

describe('SessionStore search in content', () => {
  it('finds Czech root words without diacritics and limits the view to the matching sessions', async () => {
    const { store, adapter } = await readyStore();
    const historyCount = store.view.length;
    await searchFor(store, 'reklamace');
    const n = store.view.length;
    expect(n).to.be.greaterThan(0);
    expect(n).to.be.lessThan(historyCount);
    expect(store.search.state.matches).to.be.at.least(store.view.length);
    const transcripts = await adapter.getTranscripts!(store.view.slice(0, 20), new AbortController().signal);
    for (const id of store.view.slice(0, 20)) {
      const text = foldText(transcripts[id]!.map((m) => m.text).join(' '));
      expect(text, `session ${id}`).to.match(/reklamac/);
    }
    // The rows on screen get their snippets from the texts the index kept: no transcript download.
    const getTranscripts = adapter.getTranscripts!;
    let downloads = 0;
    adapter.getTranscripts = (ids, signal) => ((downloads += 1), getTranscripts.call(adapter, ids, signal));
    const shown = store.view.slice(0, 5);
    const answered = new Promise<void>((resolve) => {
      const stop = store.subscribe((state) => state.snippets, (snippets) => {
        if (shown.every((id) => snippets.has(id))) (stop(), resolve());
      });
    });
    store.showRows(shown);
    await answered;
    expect(downloads).to.equal(0);
    const snippets = store.getState().snippets;
    for (const id of shown) {
      const snippet = snippets.get(id)!;
      const hit = snippet.text.slice(snippet.ranges[0]!.start, snippet.ranges[0]!.end);
      expect(foldText(hit)).to.match(/^reklamac/);
    }
    store.setQuery({ search: '' });
    await until(() => store.search.state.status === 'idle');
    await store.settled();
    expect(store.view.length).to.equal(historyCount);
    store.dispose();
  });

  it('combines search with column filters', async () => {
    const { store } = await readyStore();
    await searchFor(store, 'refund');
    const searched = new Set(store.view);
    store.setQuery({ filters: { channel: { kind: 'values', values: ['web-chat'] } } });
    await store.settled();
    expect(store.view.length).to.be.greaterThan(0);
    for (const id of store.view) {
      expect(searched.has(id)).to.equal(true);
      expect(store.session(id)!.channel).to.equal('web-chat');
    }
    store.dispose();
  });

  it('indexes live messages incrementally', async () => {
    const demo = createDemoAdapter({ seed: 9, sessions: 100, live: true, liveIntervalMs: 600_000 });
    let deliver!: (change: LiveChange) => void;
    // The host's feed, under the test's control: the demo's data, our live changes.
    const adapter: SessionAdapter = Object.assign(Object.create(demo) as SessionAdapter, {
      subscribe: (onChange: (change: LiveChange) => void) => ((deliver = onChange), () => {}),
    });
    const store = new SessionStore(adapter, { query: { mode: 'live' } });
    store.connect();
    await until(() => store.status === 'ready', 10000);
    await searchFor(store, 'zanzibarka');
    expect(store.view).to.deep.equal([]);
    const target = [...store.sessions.values()].find((s) => s.state !== 'ended')!;
    deliver({
      type: 'message-appended',
      id: target.id,
      version: target.version + 100,
      message: { id: 'm-live', at: Date.now(), sender: 'client', text: 'Chci jet na Zanzibarku' },
    });
    await until(() => store.view.includes(target.id), 10000);
    store.dispose();
  });
});
