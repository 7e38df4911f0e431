import { expect } from '@open-wc/testing';
import {
  ADAPTER_CHECKS,
  ConformanceError,
  runAdapterCheck,
  runAdapterChecks,
  runAdapterConformance,
  type AdapterCheck,
  type DetailedSessionInput,
  type LiveChange,
  type SessionAdapter,
  type SessionSummaryInput,
} from '../../src/adapter/index.js';
import { createDemoAdapter, type DemoSessionAdapter } from '../../src/adapter/demo/index.js';

const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
const demoOptions = {
  pageSize: 150,
  mutations: true,
  triggerLiveChange: (adapter: SessionAdapter) => (adapter as DemoSessionAdapter).tick(),
  cleanup: (adapter: SessionAdapter) => (adapter as DemoSessionAdapter).dispose(),
};
const check = (id: string): AdapterCheck => ADAPTER_CHECKS.find((c) => c.id === id)!;

// The suite as a host would run it, against the demo adapter: every check registers and passes.
runAdapterConformance(() => createDemoAdapter({ sessions: 600, now: NOW, live: true }), { ...demoOptions, title: 'conformance: demo adapter' });

/** A demo adapter with one part replaced by a broken one. */
function broken(patch: (adapter: DemoSessionAdapter) => Partial<DemoSessionAdapter>): DemoSessionAdapter {
  const base = createDemoAdapter({ sessions: 300, now: NOW, live: true });
  const overrides = patch(base);
  return new Proxy(base, {
    get(target, property, receiver) {
      if (property in overrides) return overrides[property as keyof DemoSessionAdapter];
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('conformance: detecting broken adapters', () => {
  it('reports every check as passed or skipped for the demo adapter', async () => {
    const results = await runAdapterChecks(() => createDemoAdapter({ sessions: 300, now: NOW }), demoOptions);
    expect(results.filter((r) => r.status === 'failed'), JSON.stringify(results)).to.deep.equal([]);
    expect(results.filter((r) => r.status === 'passed').length).to.be.at.least(12);
  });

  it('fails paging when pages overlap, naming the duplicate id and both pages', async () => {
    const adapter = createDemoAdapter({ sessions: 300, now: NOW, duplicateIds: true, live: false });
    const result = await runAdapterCheck(check('paging'), adapter, { pageSize: 100 });
    expect(result.status).to.equal('failed');
    expect(result.problems[0]).to.match(/duplicate id "S-\d+" on page 2 \(already on page 1\)/);
  });

  it('fails paging when the cursor never advances', async () => {
    const adapter = broken((base) => ({
      listSessions: async (request, signal) => ({ ...(await base.listSessions({ ...request, cursor: undefined }, signal)), nextCursor: 'same' }),
    }));
    const result = await runAdapterCheck(check('paging'), adapter, { pageSize: 10 });
    expect(result.status).to.equal('failed');
    expect(result.problems.join('\n')).to.match(/duplicate id|never end/);
  });

  it('fails the page checks for missing fields and wrong states, listing the problems', async () => {
    const adapter = broken((base) => ({
      listSessions: async (request, signal) => {
        const page = await base.listSessions(request, signal);
        return { ...page, sessions: page.sessions.map((s) => ({ ...s, channel: undefined, state: 'waiting' }) as unknown as SessionSummaryInput) };
      },
    }));
    const result = await runAdapterCheck(check('history-page'), adapter);
    expect(result.status).to.equal('failed');
    expect(result.problems[0]).to.contain('channel: expected one of');
    expect(() => {
      throw new ConformanceError('history-page', result.problems);
    }).to.throw(/Adapter conformance "history-page" failed:\n {2}- listSessions/);
  });

  it('fails when an aborted signal is ignored or an unknown id resolves', async () => {
    const adapter = broken((base) => ({
      listSessions: (request) => base.listSessions(request, new AbortController().signal),
      getSession: async () => ({ id: 'x' }) as DetailedSessionInput,
    }));
    const abort = await runAdapterCheck(check('abort'), adapter);
    expect(abort.problems[0]).to.contain('listSessions with an aborted signal resolved');
    const notFound = await runAdapterCheck(check('not-found'), adapter);
    expect(notFound.problems[0]).to.contain('resolved; expected a rejection classified as "not-found"');
  });

  it('fails when a declared capability has no method behind it', async () => {
    const adapter = broken(() => ({ addNote: undefined, capabilities: { notes: true, live: true } }));
    const result = await runAdapterCheck(check('shape'), adapter);
    expect(result.problems).to.deep.equal(['capabilities.notes is true but addNote() is not implemented (the UI would offer a broken feature)']);
  });

  it('fails live checks for stale versions and for changes after unsubscribe', async () => {
    let listener: ((change: LiveChange) => void) | undefined;
    let version = 10;
    const leaky = broken(() => ({
      subscribe: (onChange) => {
        listener = onChange;
        return () => {}; // forgets to unsubscribe
      },
      tick: () => {
        version -= 1; // goes backwards
        listener?.({ type: 'session-removed', id: 'S-000001', version });
      },
    }));
    const result = await runAdapterCheck(check('live'), leaky, { triggerLiveChange: (a) => (a as DemoSessionAdapter).tick() });
    expect(result.status).to.equal('failed');
    expect(result.problems.join('\n')).to.contain('has version 8 after version 9');
    expect(result.problems.join('\n')).to.match(/10 change\(s\) delivered after unsubscribe/);
  });

  it('accepts reordered delivery with allowOutOfOrder, and rejects it without', async () => {
    const make = () => createDemoAdapter({ sessions: 100, now: NOW, outOfOrder: true });
    const trigger = (a: SessionAdapter) => (a as DemoSessionAdapter).tick();
    const strict = await runAdapterCheck(check('live'), make(), { triggerLiveChange: trigger });
    expect(strict.status).to.equal('failed');
    const relaxed = await runAdapterCheck(check('live'), make(), { triggerLiveChange: trigger, allowOutOfOrder: true });
    expect(relaxed.status).to.equal('passed');
  });

  it('fails re-route idempotency when the same key takes effect twice', async () => {
    const adapter = broken((base) => ({
      reroute: (id, target) => base.reroute!(id, target, { idempotencyKey: String(Math.random()) }),
    }));
    const result = await runAdapterCheck(check('reroute-idempotency'), adapter, { mutations: true });
    expect(result.problems[0]).to.match(/added 2 re-route steps; expected one/);
  });

  it('registers one case per check through injected describe/it, and a failing case throws a ConformanceError', async () => {
    const cases = new Map<string, () => Promise<void>>();
    let title = '';
    runAdapterConformance(() => createDemoAdapter({ sessions: 100, now: NOW, duplicateIds: true, live: false }), {
      describe: (name, body) => {
        title = name;
        body();
      },
      it: (name, body) => void cases.set(name, body),
      pageSize: 30,
    });
    expect(title).to.equal('session-view adapter conformance');
    expect(cases.size).to.equal(ADAPTER_CHECKS.length);
    const paging = cases.get(check('paging').title)!;
    let failure: unknown;
    await paging().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(ConformanceError);
    expect((failure as Error).message).to.contain('duplicate id');
  });

  it('fails contact templates that are not valid or repeat an id', async () => {
    const adapter = broken(() => ({
      listContactTemplates: async () => [{ id: 'a', name: 'A', text: 'Hello' }, { id: 'a', name: 'A again', text: 'Hi' }, { id: 'b', name: 'B' }] as never,
    }));
    const result = await runAdapterCheck(check('contact-templates'), adapter);
    expect(result.status).to.equal('failed');
    expect(result.problems.join('\n')).to.match(/lists template "a" twice/).and.match(/\[2\] is invalid: template.text/);
  });

  it('fails search snippets that mark outside their text or answer ids nobody asked about', async () => {
    const adapter = broken((base) => ({
      capabilities: { ...base.capabilities, serverQuery: true },
      searchSnippets: async (ids: readonly string[]) => ({ [ids[0]!]: { text: 'abc', ranges: [{ start: 2, end: 9 }] }, stranger: { text: 'x', ranges: [] } }),
    }));
    const result = await runAdapterCheck(check('search-snippets'), adapter);
    expect(result.status).to.equal('failed');
    expect(result.problems.join('\n')).to.match(/ranges: expected integer/).and.match(/stranger: not one of the ids asked for/);
    adapter.dispose();
  });

  it('skips checks that cannot apply, with the reason', async () => {
    const adapter = createDemoAdapter({ sessions: 50, now: NOW, capabilities: { reroute: false } });
    const result = await runAdapterCheck(check('routing-targets'), adapter);
    expect(result).to.include({ status: 'skipped', reason: 'capabilities.reroute is off' });
    adapter.dispose();
  });
});
