import { expect } from '@open-wc/testing';
import { SessionStore, LIVE_REQUERY_MS } from '../../src/store/session-store.js';
import { PENDING_ROW } from '../../src/store/index.js';
import { rangeAdapter } from '../helpers/range-adapter.js';
import { until } from '../helpers/test-adapter.js';
import { stoppedClock } from '../helpers/fake-clock.js';

describe('SessionStore range paging (serverQuery)', () => {
  it('asks for the first page with the query, offset and limit, and sizes the view by the total', async () => {
    const adapter = rangeAdapter(10_000);
    const filters = { channel: { kind: 'values' as const, values: ['web-chat'] } };
    const store = new SessionStore(adapter, { pageSize: 100, query: { filters, search: 'refund' } });
    store.connect();
    await until(() => store.status === 'ready');
    await store.settled();
    expect(adapter.requests).to.have.length(1);
    const [request] = adapter.requests;
    expect(request).to.include({ mode: 'history', offset: 0, limit: 100, search: 'refund' });
    expect(request!.filters).to.deep.equal(filters);
    expect(request!.cursor).to.equal(undefined);
    expect(store.total).to.equal(10_000);
    expect(store.view).to.have.length(10_000);
    expect(store.view[0]).to.equal('r9999');
    expect(store.view[5000]).to.equal(PENDING_ROW);
    store.disconnect();
  });

  it('jumps to the end of 1,000,000 rows with one or two requests and shows the right rows', async () => {
    const adapter = rangeAdapter(1_000_000);
    const store = new SessionStore(adapter, { pageSize: 100 });
    store.connect();
    await until(() => store.status === 'ready');
    const before = adapter.requests.length;
    store.showRange(999_980, 1_000_000);
    await until(() => store.view[999_999] !== PENDING_ROW && store.view[999_980] !== PENDING_ROW);
    expect(adapter.requests.length - before).to.be.within(1, 2);
    expect(store.view[999_999]).to.equal('r0');
    expect(store.session(store.view[999_980]!)?.id).to.equal('r19');
    // The middle: one or two more.
    const middle = adapter.requests.length;
    store.showRange(500_000, 500_020);
    await until(() => store.view[500_010] !== PENDING_ROW);
    expect(adapter.requests.length - middle).to.be.within(1, 2);
    expect(store.view[500_010]).to.equal(adapter.row(500_010).id);
    store.disconnect();
  });

  it('aborts pages scrolled past and keeps a bounded number of pages', async () => {
    const adapter = rangeAdapter(1_000_000);
    const store = new SessionStore(adapter, { pageSize: 100, maxPages: 5 });
    store.connect();
    await until(() => store.status === 'ready');
    adapter.hold = true;
    const before = adapter.requests.length;
    store.showRange(300_000, 300_020);
    await until(() => adapter.requests.length > before);
    const passed = adapter.requests.slice(before);
    store.showRange(700_000, 700_020);
    expect(passed.map((request) => request.signal.aborted)).to.deep.equal(passed.map(() => true));
    await until(() => store.getState().fetching);
    adapter.hold = false;
    adapter.release();
    await until(() => store.view[700_000] !== PENDING_ROW);
    expect(store.view[300_000]).to.equal(PENDING_ROW);
    for (let jump = 1; jump <= 12; jump++) {
      store.showRange(jump * 50_000, jump * 50_000 + 20);
      await until(() => store.view[jump * 50_000] !== PENDING_ROW);
    }
    await until(() => !store.getState().fetching);
    expect(store.loaded).to.be.at.most(5 * 100);
    store.disconnect();
  });

  it('asks for the rows on screen again after live changes, once the feed is quiet', async () => {
    // Time stands still (frames do not) until the test moves it, from before the store exists: the
    // live flush interval and the debounce are then reached by jumps, whatever the machine's load.
    const clock = stoppedClock();
    const tickUntil = async (check: () => boolean) => {
      for (let step = 0; step < 500 && !check(); step++) await clock.tickAsync(10);
      expect(check(), 'reached while the clock moved').to.equal(true);
    };
    const adapter = rangeAdapter(1000, { live: true });
    const store = new SessionStore(adapter, { pageSize: 100 });
    store.connect();
    try {
      await tickUntil(() => store.status === 'ready');
      await store.settled();
      // The store applies a live feed at most every 100 ms after its last run: with that passed,
      // the changes apply from a timer task at once, and the debounce starts there.
      await clock.tickAsync(100);
      const before = adapter.requests.length;
      for (const session of adapter.prepend(3)) adapter.emit({ type: 'session-upserted', id: session.id, version: 1, session });
      await clock.tickAsync(0);
      await store.settled();
      expect(adapter.requests.length).to.equal(before);
      await clock.tickAsync(LIVE_REQUERY_MS - 1);
      expect(adapter.requests.length).to.equal(before);
      await clock.tickAsync(1);
      await tickUntil(() => store.view[0] === 'r1002');
      expect(adapter.requests.length - before).to.be.within(1, 2);
      expect(adapter.requests.slice(before).map((request) => request.offset)).to.include(0);
      expect(store.total).to.equal(1003);
    } finally {
      store.disconnect();
    }
  });

  it('takes filter value lists with counts from the host that declares them, once per column and query', async () => {
    const adapter = rangeAdapter(1_000_000);
    const asked: Array<{ columnId: string; filters: unknown }> = [];
    adapter.valueList = async (columnId, query) => {
      asked.push({ columnId, filters: query.filters });
      return [
        { key: 'phone', label: 'Phone', count: 600_000 },
        { key: 'web-chat', label: 'Web chat', count: 400_000 },
      ];
    };
    const filters = { channel: { kind: 'values' as const, values: ['phone'] } };
    const store = new SessionStore(adapter, { pageSize: 100, query: { filters } });
    store.connect();
    await until(() => store.status === 'ready');
    expect(store.valueList('channel')).to.deep.equal([]);
    await until(() => store.getState().valueLists.size === 1);
    expect(store.valueList('channel')).to.deep.equal([
      { key: 'phone', label: 'Phone', count: 600_000, selected: true },
      { key: 'web-chat', label: 'Web chat', count: 400_000, selected: false },
    ]);
    expect(asked).to.deep.equal([{ columnId: 'channel', filters }]);
    store.disconnect();
  });

  it('ends a value list the host never answers at the time limit the host set after the store was made', async () => {
    const adapter = rangeAdapter(1_000);
    adapter.valueList = () => new Promise(() => {});
    const store = new SessionStore(adapter, { pageSize: 100 });
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      store.connect();
      await until(() => store.status === 'ready');
      // Read at each call, like every other call's limit (the default is 30 s).
      store.requestTimeoutMs = 20;
      expect(store.valueList('channel')).to.deep.equal([]);
      await until(() => warnings.some((warning) => warning.includes('value list of "channel"')));
    } finally {
      console.warn = originalWarn;
      store.disconnect();
    }
  });

  it('never shows a new query with the previous query\'s status and total while the host answers', async () => {
    const adapter = rangeAdapter(10_000);
    const store = new SessionStore(adapter, { pageSize: 100 });
    store.connect();
    await until(() => store.status === 'ready');
    const seen: Array<{ search: string; status: string; total: number | undefined }> = [];
    const unsubscribe = store.subscribe(
      (state) => state,
      (state) => seen.push({ search: state.query.search, status: state.status, total: state.total }),
    );
    adapter.hold = true;
    const before = adapter.requests.length;
    store.setQuery({ search: 'refund' });
    await until(() => adapter.requests.length > before);
    expect(adapter.requests.at(-1)!.search).to.equal('refund');
    expect(seen.filter((state) => state.search === 'refund')).to.deep.equal([{ search: 'refund', status: 'loading', total: undefined }]);
    adapter.release();
    await until(() => store.status === 'ready');
    expect(seen.at(-1)).to.deep.equal({ search: 'refund', status: 'ready', total: 10_000 });
    expect(seen.some((state) => state.search === 'refund' && state.status === 'ready' && state !== seen.at(-1))).to.equal(false);
    unsubscribe();
    store.disconnect();
  });
});
