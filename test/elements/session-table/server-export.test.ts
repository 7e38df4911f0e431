import { expect } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import type { ExportMenu } from '../../../src/elements/export-menu/export-menu.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { parseCsv } from '../../engine/export/fixtures.js';
import { rangeAdapter, type RangeAdapter } from '../../helpers/range-adapter.js';
import { openToolbarExport, startExport } from '../../helpers/toolbar-export.js';
import { grid, settle, tableFixture, waitFor } from './table-fixtures.js';

/** A table on a synthetic `serverQuery` host of `total` rows, once it shows the total. */
async function serverTable(total: number): Promise<{ adapter: RangeAdapter; table: SessionTable }> {
  const adapter = rangeAdapter(total);
  const table = await tableFixture({ adapter }, { height: 300, width: 1000 });
  await waitFor(() => grid(table).getAttribute('aria-rowcount') === String(total + 1), table);
  await settle(table);
  return { adapter, table };
}

const $ = <T extends Element>(menu: ExportMenu, selector: string) => menu.shadowRoot!.querySelector<T>(selector)!;

describe('session-table: export of a server-side list (serverQuery)', () => {
  it('reads the whole filtered list from the host page by page and writes it as one CSV in the host order', async () => {
    const { adapter, table } = await serverTable(2_500);
    table.currentStore!.setQuery({ search: 'reklamace' });
    await waitFor(() => table.currentStore!.status === 'ready', table);
    const menu = await openToolbarExport(table);
    expect($(menu, '.count').textContent).to.equal('Exports 2,500 sessions of the current view, in view order.');
    const before = adapter.requests.length;

    const detail = await startExport(menu);

    const asked = adapter.requests.slice(before);
    expect(asked.map((request) => [request.offset, request.limit])).to.deep.equal([
      [0, 1000],
      [1000, 1000],
      [2000, 1000],
    ]);
    // The host applies the view's query; it need not count again after the first page.
    for (const request of asked) expect(request.search).to.equal('reklamace');
    expect(asked.map((request) => request.countTotal)).to.deep.equal([undefined, false, false]);
    expect(detail.rowCount).to.equal(2_500);
    const rows = parseCsv((await detail.blob.text()).replace(/^\uFEFF/, ''), ',');
    const client = rows[0]!.indexOf('Client');
    expect(client, 'the client column is exported').to.be.at.least(0);
    expect(rows.filter((row) => row[client] === 'Client'), 'one header line').to.have.length(1);
    expect(rows.slice(1).map((row) => row[client])).to.deep.equal(Array.from({ length: 2_500 }, (_, i) => adapter.row(i).client.name));
    // The export did not grow what the table holds.
    expect(table.currentStore!.sessions.size).to.be.below(1_000);
  });

  it('writes the HTML file from every page of the list', async () => {
    const { table } = await serverTable(1_200);
    const menu = await openToolbarExport(table);
    $<HTMLInputElement>(menu, 'input[value="html"]').click();
    await menu.updateComplete;
    $<HTMLInputElement>(menu, 'input[name="transcripts"]').click(); // summaries only: no details asked
    await menu.updateComplete;
    const detail = await startExport(menu);
    expect(detail.format).to.equal('html');
    expect(detail.rowCount).to.equal(1_200);
    const doc = new DOMParser().parseFromString(await detail.blob.text(), 'text/html');
    expect(doc.body.textContent).to.contain('Client r0').and.to.contain('Client r1199');
  });

  it('shows progress against the host total ("1,000 of 48,210"), and Cancel aborts the request in flight without a file', async () => {
    const { adapter, table } = await serverTable(48_210);
    const menu = await openToolbarExport(table);
    let files = 0;
    menu.addEventListener('sv-export-done', () => (files += 1));
    adapter.hold = true;
    const before = adapter.requests.length;
    $<HTMLButtonElement>(menu, '[part="start"]').click();
    await waitUntil(() => adapter.requests.length === before + 1, 'the first page is asked for');
    adapter.release();
    await waitUntil(() => adapter.requests.length === before + 2, 'the second page is asked for once the first is written');
    await waitUntil(() => $(menu, 'progress')?.getAttribute('aria-valuetext') === '1,000 of 48,210 sessions', 'progress counts the rows written');
    expect($<HTMLProgressElement>(menu, 'progress').max).to.equal(48_210);
    await expect(menu).to.be.accessible();

    const inFlight = adapter.requests.at(-1)!;
    expect(inFlight.signal.aborted).to.equal(false);
    [...menu.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((button) => button.textContent.trim() === 'Cancel')!.click();
    await waitUntil(() => $(menu, '.message')?.textContent === 'Export cancelled.', 'the dialog says the export was cancelled');
    expect(inFlight.signal.aborted, 'the request in flight is aborted').to.equal(true);
    adapter.hold = false;
    adapter.release();
    await menu.updateComplete;
    expect(files, 'no file').to.equal(0);
    expect(adapter.requests.length, 'nothing more is asked').to.equal(before + 2);
  });
});
