import { expect } from '@open-wc/testing';
import { SessionStore } from '../../../src/store/index.js';
import { followingClock } from '../../helpers/fake-clock.js';
import { settle, tableFixture, testAdapter, waitFor } from './table-fixtures.js';

describe('session-table: layout and saved views go through the store', () => {
  it('a host whose preference calls never answer cannot hold the table: the store time limit gives defaults', async () => {
    const adapter = testAdapter({ count: 20 });
    let asked = 0;
    adapter.loadPreference = () => {
      asked += 1;
      return new Promise(() => {});
    };
    adapter.savePreference = () => new Promise(() => {});
    const clock = followingClock();
    const store = new SessionStore(adapter, { requestTimeoutMs: 200 });
    const table = await tableFixture({ store }, { tableId: 'hanging-host' });
    await clock.tickAsync(200);
    await table.layoutReady; // (a table held by the host would time this test out)
    expect(asked, 'layout and saved views asked the host').to.equal(2);
    expect(store.columns.length).to.be.greaterThan(0);
    // The table still takes the user's layout changes.
    store.setColumns(['startedAt', 'clientName']);
    await settle(table);
    expect([...table.shadowRoot!.querySelectorAll('[role="columnheader"]')].length).to.equal(2);
  });

  it('reads the layout and saved views with store.loadPreference and writes with store.savePreference', async () => {
    const store = new SessionStore(testAdapter({ count: 20 }));
    const read: string[] = [];
    const written = new Map<string, unknown>();
    store.loadPreference = async (key) => {
      read.push(key);
      if (key.endsWith(':layout')) return { columns: ['clientName', 'state'], widths: { clientName: 222 }, sort: [] };
      if (key.endsWith(':views')) return [{ id: 'v1', name: 'Mine', query: { filters: {}, sort: [], search: '' }, columns: ['state'], widths: {} }];
      return undefined;
    };
    store.savePreference = async (key, value) => void written.set(key, value);
    const table = await tableFixture({ store }, { tableId: 'through-store' });
    await table.layoutReady;
    await settle(table);
    expect(read.sort()).to.deep.equal(['session-view:table:through-store:layout', 'session-view:table:through-store:views']);
    expect(store.columns).to.deep.equal(['clientName', 'state']);
    await waitFor(() => table.shadowRoot!.querySelector('sv-saved-views')!.views.length === 1, table);

    store.setColumns(['state']);
    table.shadowRoot!.querySelector('sv-saved-views')!.dispatchEvent(new CustomEvent('sv-view-delete', { detail: { id: 'v1' }, bubbles: true, composed: true }));
    await waitFor(() => written.has('session-view:table:through-store:views'), table);
    expect(written.get('session-view:table:through-store:views')).to.deep.equal([]);
  });
});
