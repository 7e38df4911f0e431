import { expect } from '@open-wc/testing';
import { SessionStore } from '../../src/store/session-store.js';
import { setDetailCodeImport } from '../../src/store/detail-store.js';
import { heldImport } from '../helpers/held-import.js';
import { scriptedAdapter, summary, until } from '../helpers/test-adapter.js';

/** `store.details` gets its code with the validation (detail-store.ts): the store before it arrives, and when it fails. */
describe('SessionStore details while their code loads', () => {
  afterEach(() => setDetailCodeImport());

  it('lists sessions without the detail code, and loads a detail once the code has come', async () => {
    const { held, load } = heldImport(() => import('../../src/store/validated-intake.js'));
    setDetailCodeImport(load);
    const adapter = scriptedAdapter({ pages: { history: [[summary('s1'), summary('s2')]] } });
    const store = new SessionStore(adapter);
    await store.load();
    expect(store.view).to.have.length(2);
    expect(held.calls, 'the list does not wait for the detail code').to.equal(0);

    const loading = store.details.load('s1');
    expect(held.calls).to.equal(1);
    expect(store.details.get('s1'), 'nothing cached before the code is in').to.equal(undefined);
    held.release();
    const entry = await loading;
    expect(entry.status).to.equal('ready');
    expect(entry.detail?.id).to.equal('s1');
    expect(store.getState().details.get('s1')?.status).to.equal('ready');
    store.dispose();
  });

  it('shows a failed load of the code as the detail failing, and a second load asks for the code again', async () => {
    const { held, load } = heldImport(() => import('../../src/store/validated-intake.js'));
    setDetailCodeImport(load);
    const adapter = scriptedAdapter({ pages: { history: [[summary('s1')]] } });
    const store = new SessionStore(adapter);
    await store.load();
    const failed = store.details.load('s1');
    held.fail(new TypeError('Failed to fetch dynamically imported module'));
    const entry = await failed;
    expect(entry.status).to.equal('error');
    expect(entry.error?.message).to.contain('Failed to fetch');
    await until(() => store.getState().details.get('s1')?.status === 'error');
    expect(store.details.get('s1')?.status, 'the detail panel reads the failure').to.equal('error');

    const retried = store.details.load('s1');
    expect(held.calls, 'Retry asks for the code again').to.equal(2);
    expect(store.details.get('s1'), 'the failure is gone while the code loads again').to.equal(undefined);
    held.release();
    expect((await retried).status).to.equal('ready');
    store.dispose();
  });
});
