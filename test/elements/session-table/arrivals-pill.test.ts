import { expect } from '@open-wc/testing';
import { followingClock } from '../../helpers/fake-clock.js';
import { rangeAdapter } from '../../helpers/range-adapter.js';
import { LIVE_REQUERY_MS } from '../../../src/store/session-store.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { BASE_TIME, grid, makeSession, rowByIndex, settle, tableFixture, testAdapter, waitFor } from './table-fixtures.js';

const pill = (table: SessionTable) => table.shadowRoot!.querySelector<HTMLButtonElement>('.arrivals-pill');
const announced = (table: SessionTable) => table.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent.trim();
/** The session shown in the first row on screen. */
function firstVisibleClient(table: SessionTable): string {
  const g = grid(table);
  const top = g.getBoundingClientRect().top + g.querySelector<HTMLElement>('.header')!.offsetHeight;
  const rows = [...table.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"]')];
  const row = rows.find((candidate) => candidate.getBoundingClientRect().bottom > top + 1)!;
  return row.querySelector('[role="gridcell"]:nth-child(3)')!.textContent.trim();
}

describe('session-table: "N new sessions" pill', () => {
  it('keeps the rows under a reader who scrolled down, and reveals new sessions on click with selection and focus kept', async () => {
    const adapter = testAdapter({ count: 200 });
    const table = await tableFixture({ adapter });
    const store = table.currentStore!;
    const g = grid(table);
    g.scrollTop = 36 * 40;
    await settle(table);
    rowByIndex(table, 45)!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await settle(table);
    const selected = store.selectedId;
    const before = firstVisibleClient(table);
    for (let i = 1; i <= 3; i++) {
      const session = makeSession(9000 + i, { startedAt: BASE_TIME + i * 60_000, state: 'ended' });
      adapter.push({ type: 'session-upserted', id: session.id, version: 1, session });
    }
    await waitFor(() => pill(table) !== null, table);
    await settle(table);
    expect(firstVisibleClient(table)).to.equal(before);
    expect(pill(table)!.textContent).to.contain('3 new sessions');
    // Read out through the table's polite live region.
    await waitFor(() => announced(table).includes('3 new sessions'), table);
    await expect(table).to.be.accessible();

    pill(table)!.click();
    await waitFor(() => pill(table) === null && g.scrollTop === 0, table);
    expect(firstVisibleClient(table)).to.equal('Client 9003');
    expect(store.selectedId).to.equal(selected);
    expect(table.shadowRoot!.activeElement).to.equal(g);
  });

  it('lets new rows simply appear for a reader at the top', async () => {
    const adapter = testAdapter({ count: 50 });
    const table = await tableFixture({ adapter });
    const session = makeSession(9001, { startedAt: BASE_TIME + 60_000, state: 'ended' });
    adapter.push({ type: 'session-upserted', id: session.id, version: 1, session });
    await waitFor(() => table.currentStore!.view[0] === 's9001', table);
    await settle(table);
    expect(firstVisibleClient(table)).to.equal('Client 9001');
    expect(pill(table)).to.equal(null);
  });

  it('counts arrivals above the reader in server mode after the visible range is asked again', async () => {
    const clock = followingClock();
    const adapter = rangeAdapter(100_000, { live: true });
    const table = await tableFixture({ adapter });
    const g = grid(table);
    await waitFor(() => g.getAttribute('aria-rowcount') === '100001', table);
    g.scrollTop = 36 * 5000;
    const scrolled = () => Number(table.shadowRoot!.querySelector('.body [role="row"]')?.getAttribute('aria-rowindex')) > 4900;
    await waitFor(() => scrolled() && !table.currentStore!.getState().fetching && firstVisibleClient(table) !== '', table);
    await settle(table);
    const before = firstVisibleClient(table);
    for (const session of adapter.prepend(4)) adapter.emit({ type: 'session-upserted', id: session.id, version: 1, session });
    await table.currentStore!.settled();
    await clock.tickAsync(LIVE_REQUERY_MS);
    await waitFor(() => pill(table) !== null, table, 5000);
    await waitFor(() => !table.currentStore!.getState().fetching, table);
    expect(pill(table)!.textContent).to.contain('4 new sessions');
    expect(firstVisibleClient(table)).to.equal(before);
  });
});
