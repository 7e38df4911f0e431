import { expect } from '@open-wc/testing';
import { scriptedAdapter, summary, until } from '../../helpers/test-adapter.js';
import { settle, tableFixture } from './table-fixtures.js';

describe('session-table with a host that queries on its server', () => {
  it('loads further pages only as the user scrolls towards them', async () => {
    const pages = Array.from({ length: 60 }, (_, page) => Array.from({ length: 50 }, (_, i) => summary(`s${page * 50 + i}`)));
    const adapter = scriptedAdapter({ pages: { history: pages }, capabilities: { serverQuery: true, live: false }, totals: true });
    const table = await tableFixture({ adapter });
    const store = table.currentStore!;
    await until(() => store.status === 'ready');
    await settle(table);
    const firstBatch = store.view.length;
    expect(firstBatch).to.be.lessThan(3000);
    expect(store.hasMore).to.equal(true);
    // Screen readers hear the host's total, not just the rows fetched so far.
    expect(table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('3001');
    const requestsBefore = adapter.requests.length;
    const scroller = table.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    for (let i = 0; i < 40 && store.hasMore; i++) {
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll'));
      await settle(table);
    }
    await until(() => store.view.length === 3000, 5000);
    expect(adapter.requests.length).to.be.greaterThan(requestsBefore);
    expect(table.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('3001');
  });
});
