import { expect } from '@open-wc/testing';
import type { LiveChange } from '../../src/adapter/index.js';
import { SessionStore } from '../../src/store/session-store.js';
import { setValidationImport } from '../../src/store/validation.js';
import { heldImport } from '../helpers/held-import.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';

/** The store's validation is loaded with the first request (validation.ts): the store before it arrives, and when it fails. */
describe('SessionStore while its validation loads', () => {
  afterEach(() => setValidationImport());

  it('sends the first request at once, takes the page in once the validation has come, and applies live changes that waited for it', async () => {
    const { held, load } = heldImport(() => import('../../src/store/validated-intake.js'));
    setValidationImport(load);
    const adapter = scriptedAdapter({ pages: { history: [[summary('s1'), summary('s2'), { id: 'bad' }]] } });
    const store = new SessionStore(adapter);
    store.connect();
    // The validation is held back: the request goes out all the same.
    await until(() => adapter.requests.length === 1);
    expect(held.calls).to.equal(1);
    const change: LiveChange = { type: 'session-upserted', id: 's3', version: 1, session: summary('s3') };
    adapter.emit(change);
    // (Not `store.settled()`: it waits for the validation held back here.) The status comes with
    // the store's next flush, which need not have run when the request went out.
    await until(() => store.status === 'loading');
    expect(store.loaded).to.equal(0);
    expect(store.session('s3'), 'a live change waits for the validation').to.equal(undefined);

    held.release();
    await until(() => store.status === 'ready');
    await store.settled();
    expect([...store.view].sort()).to.deep.equal(['s1', 's2', 's3']);
    expect(store.invalid.map((record) => record.id), 'bad input is still reported').to.deep.equal(['bad']);
    store.dispose();
  });

  it('shows a failed load of the validation as a failed load, and Retry loads it again and loses nothing', async () => {
    const { held, load } = heldImport(() => import('../../src/store/validated-intake.js'));
    setValidationImport(load);
    const adapter = scriptedAdapter({ pages: { history: [[summary('s1'), summary('s2')]] } });
    const store = new SessionStore(adapter);
    store.connect();
    held.fail(new TypeError('Failed to fetch dynamically imported module'));
    await until(() => store.status === 'error');
    expect(store.error?.message).to.contain('Failed to fetch');
    expect(store.view).to.have.length(0);

    const retried = store.retry();
    expect(held.calls, 'Retry asks for the validation again').to.equal(2);
    held.release();
    await retried;
    await store.settled();
    expect(store.status).to.equal('ready');
    expect([...store.view].sort()).to.deep.equal(['s1', 's2']);
    store.dispose();
  });
});
