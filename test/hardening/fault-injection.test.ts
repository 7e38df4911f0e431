/**
 * The fault-injection suite (issue 12): hosts that fail 30% of calls, throw synchronously, answer
 * out of order, hang, send malformed records and live changes, and refuse mutations with
 * 403/409/503. After every step: nothing uncaught (no `error`, no `unhandledrejection`), never a
 * blank view; at the end: one call per user intent, optimistic changes rolled back, and what the
 * view holds equal to the host's truth (read from the adapter with faults off).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/session-detail.js';
import { validateDetail, type SessionViewError } from '../../src/adapter/index.js';
import { createDemoAdapter, type DemoSessionAdapter } from '../../src/adapter/demo/index.js';
import type { RoutingTarget } from '../../src/model/index.js';
import { SessionStore } from '../../src/store/index.js';
import { followingClock } from '../helpers/fake-clock.js';
import { until } from '../helpers/test-adapter.js';
import { alertButton, countCalls, deepQuery, expectHealthy, expectHostTruth, hostTruth, mountView, rendered, seen } from './fault-harness.js';
import { quietConsole, watchPageErrors, type PageErrors } from './page-errors.js';

const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
const settledOrFailed = (store: SessionStore) => store.status === 'ready' || store.status === 'error';

describe('fault injection', function () {
  this.timeout(60_000);
  quietConsole();
  let errors: PageErrors;
  let adapter: DemoSessionAdapter | undefined;
  beforeEach(() => (errors = watchPageErrors()));
  afterEach(() => {
    errors.stop();
    adapter?.dispose();
    adapter = undefined;
  });

  it('30% of calls fail, some throwing synchronously, answers out of order: Retry leads to the host\'s truth', async () => {
    adapter = createDemoAdapter({ seed: 3, sessions: 240, live: false, pageSize: 40, now: NOW, errorRate: 0.3, syncThrowRate: 0.1, latencyMs: [0, 15] });
    const { calls, maxInFlight } = countCalls(adapter, ['listSessions', 'getSession']);
    const view = await mountView(adapter);
    const store = () => view.store!;
    for (let attempt = 0; attempt < 40 && store().status !== 'ready'; attempt += 1) {
      await until(() => settledOrFailed(store()), 5000);
      await rendered(view);
      expectHealthy(view, errors, `load attempt ${attempt}`);
      if (store().status === 'error') {
        const retry = alertButton(view, 'Retry');
        expect(retry, 'an error offers Retry').to.exist;
        retry!.click();
      }
    }
    expect(store().status).to.equal('ready');
    expect(maxInFlight['listSessions'], 'one page request at a time').to.equal(1);

    // Rapid row changes while detail answers arrive out of order and 30% fail: only the last
    // selected session may be shown, as content or as an error with Retry.
    const ids = store().view.slice(0, 8);
    for (const id of ids) store().select(id);
    const last = ids[ids.length - 1]!;
    await rendered(view);
    const detail = () => view.shadowRoot!.querySelector('session-detail')!;
    const state = () => detail().shadowRoot!.querySelector('[data-state]')?.getAttribute('data-state') ?? 'content';
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await until(() => state() !== 'loading', 5000);
      await (detail() as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expectHealthy(view, errors, `detail attempt ${attempt}`);
      if (state() !== 'error') break;
      const before = calls['getSession']!;
      detail().shadowRoot!.querySelector<HTMLButtonElement>('[data-state="error"] button')!.click();
      await until(() => state() !== 'error' || calls['getSession']! > before);
      expect(calls['getSession']! - before, 'one call per Retry').to.equal(1);
    }
    expect(state()).to.equal('content');
    expect(detail().getAttribute('session-id')).to.equal(last);
    expect(store().details.get(last)?.detail?.id).to.equal(last);

    expectHostTruth(store(), await hostTruth(adapter, 'history'), 'history');
    expect(errors.list).to.deep.equal([]);
  });

  it('a host that hangs on each call: an error with Retry at the time limit, a note rolled back, never a blank view', async () => {
    const clock = followingClock();
    adapter = createDemoAdapter({ seed: 4, sessions: 60, live: false, now: NOW, timeoutRate: 1, timeoutMs: Infinity });
    const { calls } = countCalls(adapter, ['addNote']);
    const view = await mountView(adapter);
    await rendered(view);
    expect(view.store!.status).to.equal('loading');
    expectHealthy(view, errors, 'list hangs');
    await clock.tickAsync(30_000);
    await rendered(view);
    expect(seen(view)).to.equal('alert');
    adapter.setFaults({ timeoutRate: undefined });
    alertButton(view, 'Retry')!.click();
    await until(() => view.store!.status === 'ready');
    await rendered(view);
    expect(seen(view)).to.equal('rows');

    adapter.setFaults({ timeoutRate: 1 });
    const id = view.store!.view[0]!;
    view.store!.select(id);
    await rendered(view);
    const detail = view.shadowRoot!.querySelector('session-detail')!;
    const state = () => detail.shadowRoot!.querySelector('[data-state]')?.getAttribute('data-state') ?? 'content';
    expect(state()).to.equal('loading');
    await clock.tickAsync(30_000);
    await until(() => state() === 'error');
    expectHealthy(view, errors, 'detail hangs');
    adapter.setFaults({ timeoutRate: undefined });
    detail.shadowRoot!.querySelector<HTMLButtonElement>('[data-state="error"] button')!.click();
    await until(() => state() === 'content');

    const store = view.store!;
    const notesBefore = store.details.get(id)!.detail!.notes.length;
    adapter.setFaults({ timeoutRate: 1 });
    const outcome = (promise: Promise<unknown>) => promise.then(() => 'answered', (e: SessionViewError) => e.kind);
    const targets = outcome(store.details.loadTargets());
    const saving = outcome(store.details.addNote(id, 'into the void'));
    const rerouting = outcome(store.details.reroute(id, { kind: 'group', id: 'g-1', name: 'Support', availability: 'online', memberCount: 1, availableMembers: 1, queueLength: 0 }));
    const banning = outcome(store.details.ban(id, { reason: 'spam' }));
    const source = outcome(store.details.recordingSource('rec-1', 'track-1'));
    await store.settled();
    const shown = () => store.details.get(id)!.detail!;
    expect(shown().notes.length, 'the optimistic note').to.equal(notesBefore + 1);
    expect(shown().routing.filter((step) => step.status === 'pending'), 'the optimistic re-route step').to.have.length(1);
    await clock.tickAsync(30_000);
    expect([await saving, await targets, await rerouting, await banning, await source]).to.deep.equal(['timeout', 'timeout', 'timeout', 'timeout', 'timeout']);
    expect(shown().notes.length, 'note rolled back').to.equal(notesBefore);
    expect(shown().routing.filter((step) => step.status === 'pending'), 're-route rolled back').to.deep.equal([]);
    expect(shown().ban).to.equal(undefined);
    expect(calls['addNote']).to.equal(1);
    // The search's transcripts hang too: the view still shows rows or says why not.
    store.setQuery({ search: 'reklamace' });
    await clock.tickAsync(30_000);
    await rendered(view);
    expectHealthy(view, errors, 'mutations and search hang');
    store.setQuery({ search: '' });
    await rendered(view);
    expectHostTruth(store, await hostTruth(adapter, 'history'), 'history');
  });

  it('malformed records and duplicated ids: the valid ones shown, the rest reported', async () => {
    adapter = createDemoAdapter({ seed: 7, sessions: 150, live: false, pageSize: 30, now: NOW, malformedRate: 0.2, duplicateIds: true });
    const reported: unknown[] = [];
    const view = await mountView(adapter);
    view.addEventListener('sv-data-error', (e) => reported.push((e as CustomEvent).detail));
    await until(() => view.store?.status === 'ready');
    await rendered(view);
    expectHealthy(view, errors, 'malformed records');
    expect(seen(view)).to.equal('rows');
    expect(reported.length).to.be.greaterThan(10);
    expect(view.shadowRoot!.querySelector('session-table')!.shadowRoot!.querySelector('[part="invalid-banner"]')).to.exist;
    expectHostTruth(view.store!, await hostTruth(adapter, 'history'), 'history');
  });

  it('malformed live changes among shuffled, repeated and late ones: skipped, and the live view ends equal to the host', async () => {
    adapter = createDemoAdapter({ seed: 5, sessions: 40, liveSessions: 20, live: true, liveIntervalMs: 3_600_000, now: NOW, outOfOrder: true, malformedLiveRate: 0.5 });
    const view = await mountView(adapter);
    await until(() => view.store?.status === 'ready');
    view.store!.setMode('live');
    await until(() => view.store!.status === 'ready');
    let reported = 0;
    view.addEventListener('sv-data-error', () => (reported += 1));
    for (let round = 0; round < 8; round += 1) {
      for (let tick = 0; tick < 30; tick += 1) adapter.tick();
      await rendered(view);
      expectHealthy(view, errors, `live round ${round}`);
    }
    adapter.setFaults({ malformedLiveRate: undefined });
    adapter.drainLive();
    await rendered(view);
    expect(reported).to.be.greaterThan(20);
    expectHostTruth(view.store!, await hostTruth(adapter, 'live'), 'live');
    expectHealthy(view, errors, 'live drained');
  });

  for (const [status, kind] of [[403, 'forbidden'], [409, 'conflict'], [503, 'network']] as const) {
    it(`mutations refused with HTTP ${status}: one call per intent, rolled back, equal to the host`, async () => {
      const demo = createDemoAdapter({ seed: 6, sessions: 30, liveSessions: 6, live: true, liveIntervalMs: 3_600_000, now: NOW, mutationStatus: status });
      adapter = demo;
      const { calls } = countCalls(demo, ['addNote', 'reroute', 'banClient', 'getSession']);
      const store = new SessionStore(demo, { query: { mode: 'live' } });
      store.connect();
      await until(() => store.status === 'ready');
      const id = store.view[0]!;
      await store.details.load(id);
      const target = (await store.details.loadTargets()).find((t): t is Extract<RoutingTarget, { kind: 'operator' }> => t.kind === 'operator')!;
      const actions = {
        addNote: () => store.details.addNote(id, 'refused note'),
        reroute: () => store.details.reroute(id, target),
        banClient: () => store.details.ban(id, { reason: 'spam' }),
      };
      for (const [name, run] of Object.entries(actions)) {
        const error = await run().then(() => undefined, (e: SessionViewError) => e);
        expect(error?.kind, name).to.equal(kind);
        expect(calls[name], `${name} calls`).to.equal(1);
      }
      // The note form: a double click is one intent and one call; the refusal is said, the note rolled back.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="height:600px;width:520px;display:flex">
        <session-detail style="flex:1" .store=${store} session-id=${id} tab="notes"></session-detail>
      </div>`);
      const element = wrapper.querySelector('session-detail')!;
      await until(() => deepQuery(element, 'textarea') !== null);
      const textarea = deepQuery<HTMLTextAreaElement>(element, 'textarea')!;
      textarea.value = 'typed note';
      const save = deepQuery<HTMLButtonElement>(element, 'form button[type="submit"]')!;
      save.click();
      save.click();
      await until(() => deepQuery(element, '#note-error') !== null);
      expect(calls['addNote'], 'addNote calls after the form').to.equal(2);
      if (status === 409) expect(deepQuery(element, '#note-error')!.textContent).to.contain('session changed');
      await until(() => store.details.get(id)?.status === 'ready');
      await store.settled();
      demo.setFaults({ mutationStatus: undefined });
      const truth = validateDetail(await demo.getSession(id, new AbortController().signal)).detail!;
      const shown = store.details.get(id)!.detail!;
      expect(shown.notes).to.deep.equal(truth.notes);
      expect(shown.routing).to.deep.equal(truth.routing);
      expect(shown.ban).to.deep.equal(truth.ban);
      // A conflict reloads the session instead of offering the same call again.
      if (status === 409) expect(calls['getSession']).to.be.greaterThan(2);
      expect(errors.list).to.deep.equal([]);
      store.dispose();
    });
  }
});
