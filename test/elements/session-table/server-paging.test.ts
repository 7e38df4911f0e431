import { expect } from '@open-wc/testing';
import { rangeAdapter } from '../../helpers/range-adapter.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { bodyRows, chord, grid, rowByIndex, settle, tableFixture, waitFor } from './table-fixtures.js';

/** The client-name cell of each rendered row, by its zero-based row index. */
function shownClients(table: SessionTable): Map<number, string> {
  const shown = new Map<number, string>();
  for (const row of bodyRows(table)) {
    if (row.getAttribute('aria-busy') === 'true') continue;
    shown.set(Number(row.getAttribute('aria-rowindex')) - 2, row.querySelector('[role="gridcell"]:nth-child(3)')!.textContent.trim());
  }
  return shown;
}

/** A table on a synthetic range host of `total` rows, once it knows the total. */
async function rangeTable(total: number) {
  const adapter = rangeAdapter(total);
  const table = await tableFixture({ adapter }, { height: 400 });
  const g = grid(table);
  await waitFor(() => g.getAttribute('aria-rowcount') === String(total + 1), table);
  return { adapter, table, g };
}

describe('session-table on a host that pages by range (serverQuery)', () => {
  it('scrolls to row 900,000 of 1,000,000 and shows the right rows, with one or two requests', async () => {
    const { adapter, table, g } = await rangeTable(1_000_000);
    expect(adapter.requests).to.have.length(1);
    const before = adapter.requests.length;
    g.scrollTop = (g.scrollHeight - g.clientHeight) * 0.9;
    const near = () => Number(bodyRows(table)[0]?.getAttribute('aria-rowindex')) > 800_000;
    await waitFor(() => near() && bodyRows(table).every((row) => row.getAttribute('aria-busy') !== 'true'), table);
    await settle(table);
    const shown = shownClients(table);
    expect(shown.size).to.be.greaterThan(5);
    for (const [index, client] of shown) {
      expect(index).to.be.within(890_000, 910_000);
      expect(client).to.equal(adapter.row(index).client.name);
    }
    expect(adapter.requests.length - before).to.be.within(1, 2);
  });

  it('reaches the last row with Ctrl+End in one or two requests', async () => {
    const { adapter, table, g } = await rangeTable(1_000_000);
    g.focus();
    const before = adapter.requests.length;
    await chord('Control', 'End');
    await waitFor(() => rowByIndex(table, 1_000_001)?.getAttribute('aria-busy') === null, table);
    await settle(table);
    expect(rowByIndex(table, 1_000_001)!.querySelector('[role="gridcell"]:nth-child(3)')!.textContent.trim()).to.equal('Client r0');
    expect(adapter.requests.length - before).to.be.within(1, 2);
  });

  it('shows busy placeholder rows while a page is in flight, then its rows', async function () {
    // axe over a full grid takes seconds when the machine is shared.
    this.timeout(40_000);
    const { adapter, table, g } = await rangeTable(100_000);
    adapter.hold = true;
    g.scrollTop = (g.scrollHeight - g.clientHeight) / 2;
    await waitFor(() => bodyRows(table).some((row) => row.getAttribute('aria-busy') === 'true') && g.getAttribute('aria-busy') === 'true', table);
    const pending = bodyRows(table).find((row) => row.getAttribute('aria-busy') === 'true')!;
    expect(pending.textContent).to.contain('Loading');
    await expect(table).to.be.accessible();
    adapter.hold = false;
    adapter.release();
    await waitFor(() => bodyRows(table).every((row) => row.getAttribute('aria-busy') !== 'true') && g.getAttribute('aria-busy') === 'false', table);
    for (const [index, client] of shownClients(table)) expect(client).to.equal(adapter.row(index).client.name);
  });
});
