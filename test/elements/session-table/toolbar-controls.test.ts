/**
 * The table shell: the grid paints before the toolbar's search box, saved views and filter chips
 * (elements/session-table/toolbar-controls.ts), which load right after it. These tests hold that
 * load back (or fail it) to see what a user sees meanwhile.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { lazyModule } from '../../../src/controllers/lazy-parts.js';
import { TABLE_LAZY_PARTS } from '../../../src/elements/session-table/table-lazy-parts.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { SessionStore } from '../../../src/store/index.js';
import { bodyRows, grid, testAdapter, waitFor } from './table-fixtures.js';

type ControlsModule = typeof import('../../../src/elements/session-table/toolbar-controls.js');

/** The real part, put back after each test. */
const realControls = TABLE_LAZY_PARTS.toolbarControls;

/** A table on the page, not awaited: its `updateComplete` waits for the controls this file holds back. */
async function placeTable(store: SessionStore): Promise<SessionTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height:400px;width:900px" lang="en"></div>`);
  const table = document.createElement('session-table');
  table.store = store;
  wrapper.append(table);
  await store.settled();
  // Loaded, so its progress banner is gone: the rows can show before the load ends.
  await waitFor(() => bodyRows(table).length > 0 && store.status === 'ready');
  return table;
}

function toolbar(table: SessionTable): HTMLElement {
  return table.shadowRoot!.querySelector<HTMLElement>('[role="toolbar"]')!;
}

describe('session-table: the grid paints before the toolbar controls', () => {
  afterEach(() => {
    TABLE_LAZY_PARTS.toolbarControls = realControls;
  });

  it('shows the filtered rows at once, keeps the search box’s and the chips’ places, and fills them without moving the grid', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    TABLE_LAZY_PARTS.toolbarControls = lazyModule<ControlsModule>(async () => {
      await held;
      return realControls.load();
    });
    const store = new SessionStore(testAdapter({ count: 20 }));
    // A query opened with a filter on (a shared link, a saved view): its chips are due at once.
    store.setQuery({ filters: { channel: { kind: 'values', values: ['whatsapp'] } } });
    const table = await placeTable(store);

    expect(customElements.get('sv-search-box'), 'the search box code is not in yet').to.equal(undefined);
    expect(bodyRows(table).length, 'the filtered rows').to.equal(store.view.length);
    expect(toolbar(table).getAttribute('aria-busy')).to.equal('true');
    const searchPlace = table.shadowRoot!.querySelector('sv-search-box')!.getBoundingClientRect();
    expect(searchPlace.width, 'the search box’s place is kept').to.be.greaterThan(100);
    expect(table.shadowRoot!.querySelector('.chips')!.getBoundingClientRect().height, 'the chips’ row is kept').to.be.greaterThan(20);
    const gridTop = grid(table).getBoundingClientRect().top;
    const toolbarHeight = toolbar(table).getBoundingClientRect().height;
    await expect(table).to.be.accessible();

    release();
    await table.updateComplete;
    expect(toolbar(table).getAttribute('aria-busy')).to.equal('false');
    expect(table.shadowRoot!.querySelector('.chip')!.textContent).to.contain('Channel: WhatsApp');
    expect(table.shadowRoot!.querySelector('sv-search-box')!.shadowRoot!.querySelector('input')).to.not.equal(null);
    expect(table.shadowRoot!.querySelector('sv-saved-views')).to.not.equal(null);
    expect(toolbar(table).getBoundingClientRect().height, 'the toolbar kept its height').to.equal(toolbarHeight);
    expect(grid(table).getBoundingClientRect().top, 'the grid did not move').to.equal(gridTop);
  });

  it('says so in the toolbar when they cannot be loaded, keeps the grid, and loads them on Retry', async () => {
    let attempts = 0;
    TABLE_LAZY_PARTS.toolbarControls = lazyModule<ControlsModule>(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : realControls.load();
    });
    const table = await placeTable(new SessionStore(testAdapter({ count: 20 })));
    await table.updateComplete;

    const alert = toolbar(table).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not be loaded');
    expect(toolbar(table).getAttribute('aria-busy'), 'not busy for ever').to.equal('false');
    expect(bodyRows(table).length, 'the rows stay').to.be.greaterThan(0);
    await expect(table).to.be.accessible();

    [...alert.querySelectorAll('button')].find((button) => button.textContent.includes('Retry'))!.click();
    await table.updateComplete;
    expect(attempts).to.equal(2);
    expect(toolbar(table).querySelector('[role="alert"]')).to.equal(null);
    expect(table.shadowRoot!.querySelector('sv-saved-views')).to.not.equal(null);
    expect(customElements.get('sv-search-box')).to.not.equal(undefined);
  });
});

