import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { followingClock } from '../../helpers/fake-clock.js';
import { normalizeRanges } from '../../../src/elements/session-table/snippet.js';
import { settle, tableFixture, testAdapter, waitFor } from './table-fixtures.js';

describe('session-table: content search', () => {
  it('debounces typing, says "Searching…", then shows the result count', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 20 }) });
    const box = table.shadowRoot!.querySelector('sv-search-box')!;
    const input = box.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    expect(input.getAttribute('aria-label')).to.equal('Search in content');
    input.focus();
    // A debounce far longer than a busy machine takes between two keys, reached by the fake clock.
    const clock = followingClock();
    box.delay = 60_000;
    await sendKeys({ type: 'refund' });
    await box.updateComplete;
    const status = () => box.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
    expect(status()).to.equal('Searching…');
    expect(table.currentStore!.query.search).to.equal('');
    await clock.tickAsync(60_000);
    await waitFor(() => table.currentStore!.query.search === 'refund', table);
    await settle(table);
    // The count comes with the search engine's complete answer (after indexing).
    await waitFor(() => /^\d+ results$/.test(status()), table, 10_000);
    await box.updateComplete;
    expect(status()).to.equal(`${table.currentStore!.view.length} results`);
    await expect(table).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await settle(table);
    expect(table.currentStore!.query.search).to.equal('');
  });

  it('says a text of only common words has nothing to search, instead of counting every row as a result', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 20 }) });
    const box = table.shadowRoot!.querySelector('sv-search-box')!;
    const status = () => box.shadowRoot!.querySelector('[role="status"]')!.textContent.trim();
    table.currentStore!.setQuery({ search: 'the and of' });
    await settle(table);
    await waitFor(() => status().startsWith('Nothing to search'), table, 10_000);
    expect(status()).to.equal('Nothing to search: only common words (the, and, of)');
    expect(status()).not.to.match(/results?$/);
    // A searchable word alongside them searches as usual.
    table.currentStore!.setQuery({ search: 'the refund' });
    await settle(table);
    await waitFor(() => /^\d+ results?$/.test(status()), table, 10_000);
  });

  it('shows hit snippets as text with <mark>, never as HTML', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 10 }) });
    table.snippetFor = (id) => ({ text: `<b>refund</b> for ${id}`, ranges: [[3, 9]] });
    // Every session's client is "Client <n>": the search matches them all.
    table.currentStore!.setQuery({ search: 'client' });
    await settle(table);
    const grid = table.shadowRoot!.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-colcount')).to.equal('8');
    const match = table.shadowRoot!.querySelector('.body [role="row"] .cell.match')!;
    expect(match.querySelector('b')).to.equal(null);
    expect(match.querySelector('mark')!.textContent).to.equal('refund');
    expect(match.textContent).to.contain('<b>refund</b> for s1');
    await expect(table).to.be.accessible();
  });

  it('labels a hit found outside what people said ("In details:"), so a name is not read as a quote', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 10 }) });
    // "Client <n>" is each session's client name, said by nobody: the hit is in the details.
    table.currentStore!.setQuery({ search: 'client' });
    await settle(table);
    await waitFor(() => table.shadowRoot!.querySelector('.body [role="row"] .cell.match mark') !== null, table, 10_000);
    const match = table.shadowRoot!.querySelector('.body [role="row"] .cell.match')!;
    expect(match.querySelector('[part="match-source"]')!.textContent).to.equal('In details:');
    expect(match.querySelector('mark')!.textContent).to.equal('Client');
    await expect(table).to.be.accessible();
    // A snippet from what people said carries no label.
    table.snippetFor = (id) => ({ text: `client ${id} said so`, ranges: [[0, 6]], source: 'said' });
    await settle(table);
    expect(table.shadowRoot!.querySelector('.body [role="row"] .cell.match [part="match-source"]')).to.equal(null);
  });

  it('merges overlapping and clamps out-of-range hit ranges', () => {
    expect(normalizeRanges('abcdef', [[4, 9], [0, 2], [1, 3], [5, 5]])).to.deep.equal([[0, 3], [4, 6]]);
  });
});

describe('session-table: saved views', () => {
  it('saves the query and layout under a name, applies, renames and deletes it, persisted per table id', async () => {
    const preferences = new Map<string, unknown>();
    const table = await tableFixture({ adapter: testAdapter({ count: 20, preferences }) }, { tableId: 'views-test' });
    const store = table.currentStore!;
    store.setQuery({ filters: { channel: { kind: 'values', values: ['phone'] } }, sort: [{ column: 'clientName', direction: 'asc' }] });
    store.setColumns(['startedAt', 'clientName']);
    await settle(table);

    const menu = table.shadowRoot!.querySelector('sv-saved-views')!;
    const toggle = menu.shadowRoot!.querySelector<HTMLElement>('.toggle')!;
    toggle.click();
    await menu.updateComplete;
    await expect(menu).to.be.accessible();
    [...menu.shadowRoot!.querySelectorAll<HTMLElement>('.panel > .sv-button')].find((b) => b.textContent.includes('Save current view'))!.click();
    await menu.updateComplete;
    await sendKeys({ type: 'Phones' });
    await sendKeys({ press: 'Enter' });
    await menu.updateComplete;
    await settle(table);
    const stored = preferences.get('session-view:table:views-test:views') as Array<{ name: string; columns: string[]; query: unknown }>;
    expect(stored.map((v) => v.name)).to.deep.equal(['Phones']);
    expect(stored[0]!.columns).to.deep.equal(['startedAt', 'clientName']);

    store.setQuery({ filters: {}, sort: [] });
    store.setColumns(['state']);
    await settle(table);
    menu.shadowRoot!.querySelector<HTMLElement>('button.apply')!.click();
    await settle(table);
    expect(store.query.filters).to.deep.equal({ channel: { kind: 'values', values: ['phone'] } });
    expect(store.query.sort).to.deep.equal([{ column: 'clientName', direction: 'asc' }]);
    expect(store.columns).to.deep.equal(['startedAt', 'clientName']);

    toggle.click();
    await menu.updateComplete;
    menu.shadowRoot!.querySelector<HTMLElement>('[aria-label="Rename view Phones"]')!.click();
    await menu.updateComplete;
    const name = menu.shadowRoot!.querySelector<HTMLInputElement>('input.name')!;
    name.value = 'Phone calls';
    menu.shadowRoot!.querySelector<HTMLElement>('form button[type="submit"]')!.click();
    await settle(table);
    await menu.updateComplete;
    expect((preferences.get('session-view:table:views-test:views') as Array<{ name: string }>)[0]!.name).to.equal('Phone calls');

    // Another table with the same id sees the view.
    const again = await tableFixture({ adapter: testAdapter({ count: 20, preferences }) }, { tableId: 'views-test' });
    await waitFor(() => (again.shadowRoot!.querySelector('sv-saved-views')!.views.length ?? 0) === 1, again);

    menu.shadowRoot!.querySelector<HTMLElement>('[aria-label="Delete view Phone calls"]')!.click();
    await settle(table);
    expect(preferences.get('session-view:table:views-test:views')).to.deep.equal([]);
  });
});

describe('session-table: content search end to end', () => {
  it('finds a Czech root word typed without diacritics and shows the hit in each row', async () => {
    const { createDemoAdapter } = await import('../../../src/adapter/demo/index.js');
    const adapter = createDemoAdapter({ seed: 4, sessions: 300, live: false });
    const table = await tableFixture({ adapter }, { width: 1200 });
    const store = table.currentStore!;
    const all = store.view.length;
    const box = table.shadowRoot!.querySelector('sv-search-box')!;
    box.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    // Searched once, for the whole word, however slowly a busy machine types it.
    const clock = followingClock();
    box.delay = 60_000;
    await sendKeys({ type: 'objednavka' });
    await clock.tickAsync(60_000);
    await waitFor(() => store.search.state.status === 'done' && store.search.state.complete, table, 20000);
    await settle(table);
    expect(store.view.length).to.be.greaterThan(0).and.lessThan(all);
    await waitFor(() => table.shadowRoot!.querySelector('.body [role="row"] .cell.match mark') !== null, table, 10000);
    const marks = [...table.shadowRoot!.querySelectorAll('.body [role="row"] .cell.match mark')];
    for (const mark of marks) {
      expect(mark.textContent.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).to.match(/^objednav/);
    }
    await expect(table).to.be.accessible();
    adapter.dispose();
  });

  it('marks the view the current query is, with SVG icons; a changed filter unmarks it', async () => {
    const preferences = new Map<string, unknown>();
    const table = await tableFixture({ adapter: testAdapter({ count: 20, preferences }) }, { tableId: 'views-mark' });
    const store = table.currentStore!;
    store.setQuery({ filters: { channel: { kind: 'values', values: ['phone'] } } });
    await settle(table);
    const menu = table.shadowRoot!.querySelector('sv-saved-views')!;
    menu.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click();
    await menu.updateComplete;
    [...menu.shadowRoot!.querySelectorAll<HTMLElement>('.panel > .sv-button')].find((b) => b.textContent.includes('Save current view'))!.click();
    await menu.updateComplete;
    await sendKeys({ type: 'Phones' });
    await sendKeys({ press: 'Enter' });
    await settle(table);
    await menu.updateComplete;
    const apply = () => menu.shadowRoot!.querySelector<HTMLElement>('button.apply')!;
    expect(apply().getAttribute('aria-current')).to.equal('true');
    expect(apply().querySelector('svg')).to.exist;
    for (const label of ['Rename view Phones', 'Delete view Phones']) {
      const button = menu.shadowRoot!.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
      expect(button.querySelector('svg'), label).to.exist;
      expect(button.textContent.trim(), label).to.equal('');
    }
    store.setQuery({ filters: { channel: { kind: 'values', values: ['phone', 'whatsapp'] } } });
    await settle(table);
    await menu.updateComplete;
    expect(apply().getAttribute('aria-current')).to.equal('false');
    expect(apply().querySelector('svg')).to.equal(null);
    store.setQuery({ filters: { channel: { kind: 'values', values: ['phone'] } } });
    await settle(table);
    await menu.updateComplete;
    expect(apply().getAttribute('aria-current')).to.equal('true');
    await expect(menu).to.be.accessible();
  });
});
