import { expect } from '@open-wc/testing';
import { SessionStore } from '../../src/store/session-store.js';
import { setValidationImport } from '../../src/store/validation.js';
import { heldImport } from '../helpers/held-import.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';

/** The query engine travels with the validation (engine-view-computer.ts): the store before and after it is here. */
describe('the store’s query engine, loaded with the validation', () => {
  afterEach(() => setValidationImport());

  it('holds nothing to filter before it arrives, then sorts, filters and counts what was taken in', async () => {
    const { held, load } = heldImport(() => import('../../src/store/validated-intake.js'));
    setValidationImport(load);
    const adapter = scriptedAdapter({
      pages: { history: [[summary('s1'), summary('s2', { channel: 'whatsapp' }), summary('s3')]] },
    });
    const store = new SessionStore(adapter);
    store.connect();
    // The page is here, the validation and the engine with it are not: the table shows its loading state.
    await until(() => store.status === 'loading');
    expect(store.sessions.size, 'no session before the validation').to.equal(0);
    expect(store.view).to.have.length(0);
    expect(store.valueList('channel')).to.deep.equal([]);

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
});
