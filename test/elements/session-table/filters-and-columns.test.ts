import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { followingClock } from '../../helpers/fake-clock.js';
import { MapViewComputer } from '../../../src/engine/query/index.js';
import { SessionStore } from '../../../src/store/index.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { moveColumn } from '../../../src/elements/session-table/column-chooser.js';
import { bodyRows, chord, grid, settle, tableFixture, testAdapter, waitFor } from './table-fixtures.js';

async function engineTable(count = 100, attrs: Parameters<typeof tableFixture>[1] = {}) {
  const store = new SessionStore(testAdapter({ count }));
  store.setViewComputer(new MapViewComputer({ locale: 'en' }));
  return tableFixture({ store }, attrs);
}

function popover(table: SessionTable) {
  return table.shadowRoot!.querySelector('sv-filter-popover')!;
}

function chooser(table: SessionTable) {
  return table.shadowRoot!.querySelector('sv-column-chooser')!;
}

describe('session-table: filter popover', () => {
  it('lists values with counts, filters on check, shows chips, closes on Escape and returns focus', async () => {
    const table = await engineTable(100);
    const store = table.currentStore!;
    const button = table.shadowRoot!.querySelector<HTMLElement>('[data-column="channel"] .filter-button')!;
    expect(button.getAttribute('aria-label')).to.equal('Filter Channel');
    button.click();
    await settle(table);
    const pop = popover(table);
    await pop.updateComplete;
    expect(pop.open).to.equal(true);
    const dialog = pop.shadowRoot!.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).to.equal('Filter: Channel');
    const labels = [...dialog.querySelectorAll('li label')].map((l) => l.textContent.replace(/\s+/g, ' ').trim());
    // 80 ended sessions over four channels.
    expect(labels).to.have.members(['Web chat 20', 'Phone 20', 'WhatsApp 20', 'E-mail 20']);
    await expect(pop).to.be.accessible();

    const whatsapp = [...dialog.querySelectorAll('li label')].find((l) => l.textContent.includes('WhatsApp'))!;
    whatsapp.querySelector('input')!.click();
    await settle(table);
    expect(store.query.filters['channel']).to.deep.equal({ kind: 'values', values: ['whatsapp'] });
    expect(store.view.length).to.equal(20);
    expect(button.classList.contains('on')).to.equal(true);
    expect(button.getAttribute('aria-label')).to.equal('Filter Channel (active)');
    const chip = table.shadowRoot!.querySelector('.chip')!;
    expect(chip.textContent).to.contain('Channel: WhatsApp');

    // Escape closes and gives focus back to the grid.
    (pop.shadowRoot!.querySelector('input') as HTMLElement).focus();
    await sendKeys({ press: 'Escape' });
    await settle(table);
    expect(pop.open).to.equal(false);
    expect(table.shadowRoot!.activeElement).to.equal(grid(table));
    await expect(table).to.be.accessible();

    chip.querySelector('button')!.click();
    await settle(table);
    expect(store.query.filters).to.deep.equal({});
    expect(table.shadowRoot!.querySelector('.chip')).to.equal(null);
  });

  it('opens from the keyboard with Alt+ArrowDown on a header and closes on an outside click', async () => {
    const table = await engineTable(50);
    grid(table).focus();
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await chord('Alt', 'ArrowDown');
    await settle(table);
    const pop = popover(table);
    expect(pop.open).to.equal(true);
    expect(pop.column).to.equal('clientName');
    // A text column offers a condition and a value.
    await pop.updateComplete;
    const input = pop.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!;
    input.focus();
    await sendKeys({ type: 'Client 1' });
    // The filter follows typing; wait for the whole text, however slowly the keys arrive.
    await waitFor(() => (table.currentStore!.query.filters['clientName'] as { value?: string } | undefined)?.value === 'Client 1', table);
    await settle(table);
    expect(table.currentStore!.query.filters['clientName']).to.deep.equal({ kind: 'text', op: 'contains', value: 'Client 1' });
    expect(bodyRows(table).length).to.be.greaterThan(0);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await settle(table);
    expect(pop.open).to.equal(false);
  });

  it('time filter presets and "Clear all"', async () => {
    const table = await engineTable(30);
    table.shadowRoot!.querySelector<HTMLElement>('[data-column="startedAt"] .filter-button')!.click();
    await settle(table);
    const pop = popover(table);
    await pop.updateComplete;
    const radios = [...pop.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).to.equal(4);
    radios[2]!.click();
    await settle(table);
    expect(table.currentStore!.query.filters['startedAt']).to.deep.equal({ kind: 'time', preset: 'last-7-days' });
    expect(table.shadowRoot!.querySelector('.chip')!.textContent).to.contain('Start: Last 7 days');
    [...table.shadowRoot!.querySelectorAll<HTMLElement>('.chips .sv-button')].find((b) => b.textContent.includes('Clear all'))!.click();
    await settle(table);
    expect(table.currentStore!.query.filters).to.deep.equal({});
  });
});

describe('session-table: column chooser', () => {
  it('moveColumn moves an id to an index', () => {
    expect(moveColumn(['a', 'b', 'c'], 'c', 0)).to.deep.equal(['c', 'a', 'b']);
    expect(moveColumn(['a', 'b', 'c'], 'a', 5)).to.deep.equal(['b', 'c', 'a']);
  });

  it('shows, hides, reorders by keyboard, persists per table id and resets', async () => {
    const clock = followingClock();
    const preferences = new Map<string, unknown>();
    const table = await tableFixture({ adapter: testAdapter({ count: 20, preferences }) }, { tableId: 'chooser-test' });
    const columnsButton = table.shadowRoot!.querySelector<HTMLElement>('.columns-button')!;
    columnsButton.click();
    await settle(table);
    const panel = chooser(table);
    await panel.updateComplete;
    expect(panel.open).to.equal(true);
    expect(columnsButton.getAttribute('aria-expanded')).to.equal('true');
    await expect(panel).to.be.accessible();
    const checkbox = (id: string) => panel.shadowRoot!.querySelector<HTMLInputElement>(`input[data-id="${id}"]`)!;
    expect(checkbox('state').checked).to.equal(true);
    expect(checkbox('id').checked).to.equal(false);

    checkbox('state').click();
    await settle(table);
    checkbox('id').click();
    await settle(table);
    await panel.updateComplete;
    const store = table.currentStore!;
    expect(store.columns).to.deep.equal(['startedAt', 'clientName', 'channel', 'operator', 'duration', 'endReason', 'id']);
    checkbox('id').focus();
    await chord('Alt', 'ArrowUp');
    await settle(table);
    expect(store.columns.indexOf('id')).to.equal(5);
    expect(table.shadowRoot!.querySelectorAll('[role="columnheader"]').length).to.equal(7);
    expect(table.shadowRoot!.querySelector('[role="columnheader"][aria-colindex="6"]')!.getAttribute('data-column')).to.equal('id');

    // Search in the list.
    const search = panel.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'mail' });
    await panel.updateComplete;
    const listed = [...panel.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent.trim());
    expect(listed).to.deep.equal(['Client e-mail']);

    await sendKeys({ press: 'Escape' });
    await settle(table);
    expect(panel.open).to.equal(false);
    expect(table.shadowRoot!.activeElement).to.equal(columnsButton);

    // Persisted through the adapter (after the save's debounce): a fresh table with the same id restores the layout.
    await clock.tickAsync(300);
    expect((preferences.get('session-view:table:chooser-test:layout') as { columns: string[] }).columns).to.deep.equal(store.columns);
    const again = await tableFixture({ adapter: testAdapter({ count: 20, preferences }) }, { tableId: 'chooser-test' });
    await again.layoutReady;
    await settle(again);
    expect(again.currentStore!.columns).to.deep.equal(store.columns);

    columnsButton.click();
    await settle(table);
    await panel.updateComplete;
    [...panel.shadowRoot!.querySelectorAll<HTMLElement>('.actions button')].find((b) => b.textContent.includes('Reset'))!.click();
    await settle(table);
    expect(store.columns).to.deep.equal(['startedAt', 'state', 'clientName', 'channel', 'operator', 'duration', 'endReason']);
  });

  it('keeps widths and sort in localStorage when the host has no preference storage', async () => {
    const clock = followingClock();
    const tableId = `ls-${Date.now()}`;
    const table = await tableFixture({ adapter: testAdapter({ count: 10 }) }, { tableId });
    grid(table).focus();
    await sendKeys({ press: 'ArrowUp' });
    await chord('Shift', 'ArrowRight');
    await sendKeys({ press: 'Enter' });
    await settle(table);
    await clock.tickAsync(300); // the save's debounce
    const saved = JSON.parse(localStorage.getItem(`session-view:table:${tableId}:layout`)!) as { widths: Record<string, number>; sort: unknown };
    expect(saved.widths.startedAt).to.equal(166);
    expect(saved.sort).to.deep.equal([{ column: 'startedAt', direction: 'asc' }]);
    localStorage.removeItem(`session-view:table:${tableId}:layout`);
  });
});

describe('session-table: chips for filters from a shared link', () => {
  it('names operators set from outside the popover, not their ids', async () => {
    const adapter = testAdapter({ count: 30 });
    const table = await tableFixture({ adapter });
    const store = table.currentStore!;
    const someone = [...store.sessions.values()].find((s) => s.operators.length > 0)!.operators[0]!;
    store.setQuery({ filters: { operator: { kind: 'values', values: [someone.id] } } });
    await settle(table);
    const chip = table.shadowRoot!.querySelector('.chip-text')!.textContent;
    expect(chip).to.contain(someone.name);
    expect(chip).to.not.contain(someone.id);
  });

  it('names an operator from a link once the sessions that know the name arrive', async () => {
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    const table = await tableFixture({ adapter: testAdapter({ count: 30, holdPage: { index: 0, until } }) }, { waitForData: false });
    const store = table.currentStore!;
    // What a link such as ?f.operator=in:op1 does: the filter is there before any row.
    store.setQuery({ filters: { operator: { kind: 'values', values: ['op1'] } } });
    await table.updateComplete;
    expect(table.shadowRoot!.querySelector('.chip-text')!.textContent).to.contain('op1');
    release();
    await waitFor(() => store.view.length > 0, table);
    await settle(table);
    const chip = table.shadowRoot!.querySelector('.chip-text')!.textContent;
    expect(chip).to.contain('Operator 1');
    expect(chip).to.not.contain('op1');
  });
});
