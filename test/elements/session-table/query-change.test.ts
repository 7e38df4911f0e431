import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MapViewComputer } from '../../../src/engine/query/index.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { SessionStore } from '../../../src/store/index.js';
import { settle, tableFixture, testAdapter } from './table-fixtures.js';

async function engineTable(): Promise<SessionTable> {
  const store = new SessionStore(testAdapter({ count: 40 }));
  store.setViewComputer(new MapViewComputer({ locale: 'en' }));
  return tableFixture({ store });
}

async function openChannelFilter(table: SessionTable): Promise<HTMLInputElement> {
  table.shadowRoot!.querySelector<HTMLElement>('[data-column="channel"] .filter-button')!.click();
  await settle(table);
  const popover = table.shadowRoot!.querySelector('sv-filter-popover')!;
  await popover.updateComplete;
  const label = [...popover.shadowRoot!.querySelectorAll('li label')].find((l) => l.textContent.includes('Phone'))!;
  return label.querySelector('input')!;
}

describe('session-table: sv-query-change', () => {
  it('fires before the query changes, with the new query, bubbling, composed and cancelable', async () => {
    const table = await engineTable();
    const store = table.currentStore!;
    const heard: Array<{ detail: unknown; queryThen: unknown; bubbles: boolean; composed: boolean; cancelable: boolean }> = [];
    table.addEventListener('sv-query-change', (event) =>
      heard.push({ detail: event.detail, queryThen: structuredClone(store.query.filters), bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable }),
    );
    (await openChannelFilter(table)).click();
    await settle(table);
    expect(heard).to.have.length(1);
    expect(heard[0]!.detail).to.deep.equal({ query: { ...store.query } });
    expect(heard[0]!.queryThen, 'the store still had the old query').to.deep.equal({});
    expect(heard[0]).to.include({ bubbles: true, composed: true, cancelable: true });
    expect(store.query.filters).to.deep.equal({ channel: { kind: 'values', values: ['phone'] } });
  });

  it('keeps the old query when the host vetoes a filter, and the popover shows it', async () => {
    const table = await engineTable();
    const store = table.currentStore!;
    table.addEventListener('sv-query-change', (event) => event.preventDefault());
    const before = store.view;
    const checkbox = await openChannelFilter(table);
    checkbox.click();
    await settle(table);
    await table.shadowRoot!.querySelector('sv-filter-popover')!.updateComplete;
    expect(store.query.filters).to.deep.equal({});
    expect(store.view).to.equal(before);
    expect(checkbox.checked, 'the vetoed value is unchecked again').to.equal(false);
    expect(table.shadowRoot!.querySelector('.chip')).to.equal(null);
  });

  it('keeps the search when the host vetoes it, and the box shows the search in effect', async () => {
    const table = await engineTable();
    table.addEventListener('sv-query-change', (event) => event.preventDefault());
    const box = table.shadowRoot!.querySelector('sv-search-box')!;
    const input = box.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    input.focus();
    await sendKeys({ type: 'refund' });
    await sendKeys({ press: 'Enter' });
    await settle(table);
    await box.updateComplete;
    expect(table.currentStore!.query.search).to.equal('');
    expect(input.value).to.equal('');
    expect(box.shadowRoot!.querySelector('[role="status"]')!.textContent.trim(), 'not stuck on "Searching…"').to.equal('');
  });

  it('keeps the sort and the mode when the host vetoes them', async () => {
    const table = await engineTable();
    const store = table.currentStore!;
    const sortBefore = store.query.sort;
    table.addEventListener('sv-query-change', (event) => event.preventDefault());
    const header = table.shadowRoot!.querySelector<HTMLElement>('[role="columnheader"][data-column="clientName"]')!;
    header.click();
    await settle(table);
    expect(store.query.sort).to.equal(sortBefore);
    expect(header.getAttribute('aria-sort') ?? 'none').to.equal('none');

    const live = [...table.shadowRoot!.querySelectorAll<HTMLElement>('.segmented button')].find((b) => b.textContent.includes('Live'))!;
    live.click();
    await settle(table);
    expect(store.query.mode).to.equal('history');
    expect(live.getAttribute('aria-pressed')).to.equal('false');
  });

  it('is not fired when the host or the store changes the query itself', async () => {
    const table = await engineTable();
    let fired = 0;
    table.addEventListener('sv-query-change', () => (fired += 1));
    table.currentStore!.setQuery({ filters: { channel: { kind: 'values', values: ['email'] } } });
    await settle(table);
    expect(fired).to.equal(0);
    // "Clear all" on the chips is the user's change again.
    [...table.shadowRoot!.querySelectorAll<HTMLElement>('.chips .sv-button')].find((b) => b.textContent.includes('Clear all'))!.click();
    await settle(table);
    expect(fired).to.equal(1);
    expect(table.currentStore!.query.filters).to.deep.equal({});
  });
});
