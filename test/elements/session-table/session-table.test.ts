import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SessionStore } from '../../../src/store/index.js';
import {
  bodyRows,
  chord,
  grid,
  makeSession,
  reachExportMenu,
  rowByIndex,
  rowText,
  settle,
  tableFixture,
  testAdapter,
  waitFor,
} from './table-fixtures.js';

describe('session-table: grid', () => {
  it('renders a WAI-ARIA grid with row/col counts, one tab stop and accessible rows', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 200 }) });
    const g = grid(table);
    const historyCount = table.currentStore!.view.length;
    expect(historyCount).to.equal(160);
    expect(g.getAttribute('aria-rowcount')).to.equal(String(historyCount + 1));
    expect(g.getAttribute('aria-colcount')).to.equal('7');
    expect(g.getAttribute('tabindex')).to.equal('0');
    const focusables = table.shadowRoot!.querySelectorAll('[tabindex="0"]');
    expect(focusables.length).to.equal(1);
    const headers = table.shadowRoot!.querySelectorAll('[role="columnheader"]');
    expect(headers.length).to.equal(7);
    expect(headers[0]!.getAttribute('aria-sort')).to.equal('descending');
    expect(headers[1]!.getAttribute('aria-sort')).to.equal('none');
    const first = rowByIndex(table, 2)!;
    expect(first.getAttribute('aria-selected')).to.equal('false');
    expect(rowText(first)[2]).to.equal('Client 1');
    await expect(table).to.be.accessible();
  });

  it('keeps the number of row elements near the viewport size for 10,000 rows', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 12_500, pageSize: 5000 }) }, { height: 400 });
    await waitFor(() => table.currentStore!.status === 'ready', table);
    await settle(table);
    expect(table.currentStore!.view.length).to.equal(10_000);
    const rows = bodyRows(table).length;
    expect(rows).to.be.greaterThan(5);
    // The virtualizer renders about one viewport of overscan on top of the visible rows.
    expect(rows).to.be.lessThan(80);
  });

  it('sorts by header click, flips on a second click and adds keys with Shift', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 40 }) });
    const header = (id: string) => table.shadowRoot!.querySelector<HTMLElement>(`[data-column="${id}"] .header-label`)!;
    header('clientName').click();
    await settle(table);
    const store = table.currentStore!;
    expect(store.query.sort).to.deep.equal([{ column: 'clientName', direction: 'asc' }]);
    const clientHeader = table.shadowRoot!.querySelector('[data-column="clientName"]')!;
    expect(clientHeader.getAttribute('aria-sort')).to.equal('ascending');
    expect(clientHeader.querySelector('.sort-indicator')!.textContent).to.contain('▲');
    header('clientName').click();
    await settle(table);
    expect(store.query.sort).to.deep.equal([{ column: 'clientName', direction: 'desc' }]);
    header('channel').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, shiftKey: true }));
    await settle(table);
    expect(store.query.sort).to.deep.equal([
      { column: 'clientName', direction: 'desc' },
      { column: 'channel', direction: 'asc' },
    ]);
  });

  it('selects a row on click, fires sv-session-select, and respects preventDefault', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 30 }) });
    const events: string[] = [];
    table.addEventListener('sv-session-select', (event) => events.push(event.detail.sessionId));
    rowByIndex(table, 3)!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await settle(table);
    const store = table.currentStore!;
    expect(events).to.deep.equal([store.view[1]]);
    expect(store.selectedId).to.equal(store.view[1]);
    expect(rowByIndex(table, 3)!.getAttribute('aria-selected')).to.equal('true');
    expect(rowByIndex(table, 3)!.getAttribute('part')).to.contain('row-selected');

    table.addEventListener('sv-session-select', (event) => event.preventDefault(), { once: true });
    rowByIndex(table, 5)!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await settle(table);
    expect(store.selectedId).to.equal(store.view[1]);
  });
});

describe('session-table: keyboard', () => {
  async function focusedTable(count = 500) {
    const table = await tableFixture({ adapter: testAdapter({ count }) }, { height: 400 });
    grid(table).focus();
    await settle(table);
    return table;
  }
  const active = (table: Element) => grid(table as never).getAttribute('aria-activedescendant');

  it('moves with arrows without wrapping, Home/End within the row', async () => {
    const table = await focusedTable();
    expect(active(table)).to.equal('cell-1-0');
    await sendKeys({ press: 'ArrowDown' });
    await settle(table);
    expect(active(table)).to.equal('cell-2-0');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(table);
    expect(active(table)).to.equal('cell-2-0');
    await sendKeys({ press: 'End' });
    await settle(table);
    expect(active(table)).to.equal('cell-2-6');
    await sendKeys({ press: 'ArrowRight' });
    await settle(table);
    expect(active(table)).to.equal('cell-2-6');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await settle(table);
    expect(active(table)).to.equal('cell-0-0');
    expect(table.shadowRoot!.getElementById('cell-0-0')!.getAttribute('role')).to.equal('columnheader');
  });

  it('Ctrl+End reaches the last row, Ctrl+Home the first, PageDown moves a screen', async () => {
    const table = await focusedTable(500);
    const count = table.currentStore!.view.length;
    await chord('Control', 'End');
    await settle(table);
    await waitFor(() => active(table) === `cell-${count}-0`, table, 2000);
    const last = rowByIndex(table, count + 1)!;
    expect(last).to.exist;
    const gridBox = grid(table).getBoundingClientRect();
    expect(last.getBoundingClientRect().bottom).to.be.at.most(gridBox.bottom + 1);
    await chord('Control', 'Home');
    await settle(table);
    expect(active(table)).to.equal('cell-1-0');
    await sendKeys({ press: 'PageDown' });
    await settle(table);
    const row = Number(active(table)!.split('-')[1]);
    expect(row).to.be.greaterThan(5);
    expect(row).to.be.lessThan(15);
  });

  it('Enter opens (selects) the active row; Enter on a header sorts', async () => {
    const table = await focusedTable(50);
    const selected: string[] = [];
    table.addEventListener('sv-session-select', (event) => selected.push(event.detail.sessionId));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle(table);
    const store = table.currentStore!;
    expect(selected).to.deep.equal([store.view[1]]);
    expect(store.selectedId).to.equal(store.view[1]);
    await chord('Control', 'Home');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await settle(table);
    expect(store.query.sort[0]).to.deep.equal({ column: 'clientName', direction: 'asc' });
  });

  it('resizes a column from its header with Shift+Arrow', async () => {
    const table = await focusedTable(20);
    await sendKeys({ press: 'ArrowUp' });
    const header = table.shadowRoot!.getElementById('cell-0-0')!;
    const before = header.getBoundingClientRect().width;
    await chord('Shift', 'ArrowRight');
    await chord('Shift', 'ArrowRight');
    await settle(table);
    expect(header.getBoundingClientRect().width).to.be.closeTo(before + 32, 1);
  });
});

describe('session-table: states', () => {
  it('shows skeleton rows and a loading status while the first page loads', async () => {
    const table = await tableFixture({ adapter: testAdapter({ hang: true }) }, { waitForData: false });
    expect(table.shadowRoot!.querySelector('.skeleton')).to.exist;
    expect(grid(table).getAttribute('aria-busy')).to.equal('true');
    expect(table.shadowRoot!.textContent).to.contain('Loading sessions');
    await expect(table).to.be.accessible();
  });

  it('shows streaming progress while later pages load', async () => {
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    const table = await tableFixture({
      adapter: testAdapter({ count: 30, pageSize: 10, holdPage: { index: 1, until }, total: 24 }),
    }, { waitForData: 'rows' });
    await waitFor(() => table.currentStore!.view.length > 0, table);
    await settle(table);
    const banner = table.shadowRoot!.querySelector('[part="progress"]')!;
    expect(banner.textContent.trim()).to.equal('10 of 24 loaded');
    await expect(table).to.be.accessible();
    release();
    await waitFor(() => table.currentStore!.status === 'ready', table);
    await settle(table);
    expect(table.shadowRoot!.querySelector('[part="progress"]')).to.equal(null);
  });

  it('shows an empty state with Clear filters when filters hide everything', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 10 }) });
    const store = table.currentStore!;
    store.setViewComputer({ compute: (_s, query) => (Object.keys(query.filters).length ? [] : ['s1']) });
    store.setQuery({ filters: { channel: { kind: 'values', values: ['nothing'] } } });
    await settle(table);
    const state = table.shadowRoot!.querySelector('[part="state"]')!;
    expect(state.textContent).to.contain('No sessions match the filters.');
    await expect(table).to.be.accessible();
    state.querySelector('button')!.click();
    await settle(table);
    expect(store.query.filters).to.deep.equal({});
    expect(bodyRows(table).length).to.equal(1);
  });

  it('shows an error with Retry that loads again', async () => {
    const adapter = testAdapter({ count: 10, fail: { status: 503 } });
    const table = await tableFixture({ adapter });
    const alert = table.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('The sessions could not be loaded.');
    expect(alert.textContent).to.contain('The server could not be reached.');
    await expect(table).to.be.accessible();
    const calls = adapter.calls;
    alert.querySelector('button')!.click();
    await settle(table);
    expect(adapter.calls).to.equal(calls + 1);
  });

  it('shows no permission without Retry for a forbidden answer', async () => {
    const table = await tableFixture({ adapter: testAdapter({ fail: { status: 403 } }) });
    const alert = table.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('You do not have permission to see these sessions.');
    expect(alert.querySelector('button')).to.equal(null);
    expect(table.shadowRoot!.querySelector('[role="grid"]')).to.equal(null);
    await expect(table).to.be.accessible();
  });

  it('reports invalid records in a banner and still shows the valid rows', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 10, extra: [{ id: 'broken' }] }) });
    const banner = table.shadowRoot!.querySelector('[part="invalid-banner"]')!;
    expect(banner.textContent.trim()).to.equal('1 record could not be read and is not shown.');
    expect(bodyRows(table).length).to.equal(8);
    await expect(table).to.be.accessible();
  });

  it('speaks Czech when lang="cs"', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 5 }) }, { lang: 'cs' });
    const headers = [...table.shadowRoot!.querySelectorAll('[role="columnheader"] .header-label')].map((h) => h.textContent);
    expect(headers[0]).to.equal('Začátek');
    expect(grid(table).getAttribute('aria-label')).to.equal('Relace');
  });
});

describe('session-table: standalone store', () => {
  it('accepts a store directly', async () => {
    const store = new SessionStore(testAdapter({ sessions: [makeSession(1), makeSession(2)] }));
    const table = await tableFixture({ store });
    expect(table.currentStore).to.equal(store);
    expect(bodyRows(table).length).to.equal(2);
  });
});

describe('session-table: toolbar parts and resizing', () => {
  it('hands the export menu the rows of the current view and the visible columns', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 30 }) });
    const store = table.currentStore!;
    // The list is built when the user reaches for the menu (focus or pointer), not on every render.
    const menu = await reachExportMenu(table);
    expect(menu.shadowRoot!.activeElement, 'focus is on the menu’s button').to.equal(menu.shadowRoot!.querySelector('[part="button"]'));
    expect(menu.sessions.map((s) => s.id)).to.deep.equal([...store.view]);
    expect(menu.visibleColumns).to.deep.equal(store.columns);
  });

  it('resizes a column by dragging its header handle, without sorting', async () => {
    const { sendMouse } = await import('@web/test-runner-commands');
    const table = await tableFixture({ adapter: testAdapter({ count: 10 }) });
    const header = table.shadowRoot!.querySelector<HTMLElement>('[data-column="clientName"]')!;
    const handle = header.querySelector<HTMLElement>('.resizer')!;
    const before = header.getBoundingClientRect().width;
    const box = handle.getBoundingClientRect();
    const x = Math.round(box.left + box.width / 2);
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 60, y] });
    await sendMouse({ type: 'up' });
    await settle(table);
    expect(header.getBoundingClientRect().width).to.be.closeTo(before + 60, 2);
    expect(table.currentStore!.query.sort[0]!.column).to.equal('startedAt');
  });
});
