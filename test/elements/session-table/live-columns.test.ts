import { expect } from '@open-wc/testing';
import { makeSession, settle, tableFixture, testAdapter, waitFor } from './table-fixtures.js';

const headers = (root: ShadowRoot) => [...root.querySelectorAll('.header-label')].map((label) => label.textContent.trim());

describe('session-table: Live for supervisors', () => {
  it('shows waiting time and the queue, hides the end reason, and says where a waiting client waits', async () => {
    const sessions = [
      makeSession(0, { state: 'waiting', operators: [], group: { id: 'g1', name: 'Reklamace' }, acceptedAt: undefined }),
      makeSession(1, { state: 'active', group: { id: 'g1', name: 'Reklamace' } }),
      makeSession(2, { state: 'ended' }),
    ];
    const table = await tableFixture({ adapter: testAdapter({ sessions }) });
    const store = table.currentStore!;
    expect(headers(table.shadowRoot!)).to.include('End reason');
    store.setQuery({ mode: 'live' });
    await waitFor(() => store.view.length === 2, table);
    await settle(table);
    const live = headers(table.shadowRoot!);
    expect(live).to.include.members(['Waiting time', 'Group']);
    expect(live).to.not.include('End reason');
    const operatorColumn = live.indexOf('Operator / chatbot');
    const waitingRow = [...table.shadowRoot!.querySelectorAll('[role="row"]')].find((row) => row.textContent.includes('Client 0'))!;
    expect(waitingRow.querySelectorAll('[role="gridcell"]')[operatorColumn]!.textContent.trim()).to.equal('Waiting in Reklamace');
    // The user's own choice of columns stays theirs in History.
    store.setQuery({ mode: 'history' });
    await settle(table);
    expect(headers(table.shadowRoot!)).to.not.include('Waiting time');
  });
});
