import { expect } from '@open-wc/testing';
import { SessionStore } from '../../src/store/session-store.js';
import { EngineViewComputer } from '../../src/store/engine-view-computer.js';
import { setValidationImport } from '../../src/store/validation.js';
import type { SessionQuery, SessionSummary } from '../../src/model/index.js';
import { heldImport } from '../helpers/held-import.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';

const HISTORY: SessionQuery = { mode: 'history', filters: {}, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' };

/** The query engine travels with the validation (engine-view-computer.ts): the store before and after it is here. */
describe('the store’s query engine, loaded with the validation', () => {
  afterEach(() => setValidationImport());

  it('has nothing to filter before it arrives, then sorts, filters and counts what was taken in', async () => {
    const { held, load } = heldImport(() => import('../../src/store/validated-intake.js'));
    setValidationImport(load);
    const adapter = scriptedAdapter({
      pages: { history: [[summary('s1'), summary('s2', { channel: 'whatsapp' }), summary('s3')]] },
    });
    const store = new SessionStore(adapter);
    store.connect();
    await until(() => store.status === 'loading');
    expect(store.view, 'no view before the engine').to.have.length(0);
    expect(store.valueList('channel'), 'no value list before the engine').to.deep.equal([]);

    held.release();
    await until(() => store.status === 'ready');
    await store.settled();
    expect([...store.view], 'newest first (the default sort)').to.deep.equal(['s3', 's2', 's1']);
    const counts = Object.fromEntries(store.valueList('channel').map((entry) => [entry.key, entry.count]));
    expect(counts).to.deep.equal({ 'web-chat': 2, whatsapp: 1 });

    store.setQuery({ ...store.query, filters: { channel: { kind: 'values', values: ['web-chat'] } } });
    await store.settled();
    expect([...store.view]).to.deep.equal(['s3', 's1']);
    store.dispose();
  });

  it('asked with sessions before its code is here: an empty view, then a recomputation once it lands', async () => {
    const { held, load } = heldImport(() => import('../../src/store/validated-intake.js'));
    setValidationImport(load);
    let arrivals = 0;
    const computer = new EngineViewComputer({ locale: 'en' }, () => (arrivals += 1));
    const sessions = new Map<string, SessionSummary>([
      ['s1', summary('s1')],
      ['s2', summary('s2')],
    ]);
    expect(computer.compute(sessions, HISTORY, Date.now(), null)).to.deep.equal([]);
    expect(computer.compute(sessions, HISTORY, Date.now(), null)).to.deep.equal([]);
    expect(held.calls, 'the code is asked for once').to.equal(1);

    held.release();
    await until(() => arrivals === 1);
    expect(computer.compute(sessions, HISTORY, Date.now(), null)).to.deep.equal(['s2', 's1']);
  });
});
