/**
 * The table's parts that load on first use (elements/session-table/table-lazy-parts.ts): this page
 * imports only `<session-table>`, so each test here is the first use of its part, as for a host.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chord, grid, settle, tableFixture, testAdapter } from './table-fixtures.js';

/** The focused element, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('session-table: parts loaded on first use', () => {
  it('registers none of them up front', () => {
    for (const tag of ['sv-export-menu', 'sv-filter-popover', 'sv-column-chooser', 'sv-search-box', 'sv-saved-views']) expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('opens the filter popover from the keyboard and moves focus into it once loaded', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 20 }) });
    grid(table).focus();
    await sendKeys({ press: 'ArrowUp' });
    await chord('Alt', 'ArrowDown');
    await table.updateComplete;
    const popover = table.shadowRoot!.querySelector('sv-filter-popover')!;
    expect(popover.open).to.equal(true);
    await popover.updateComplete;
    expect(popover.shadowRoot!.contains(deepActiveElement()), 'focus is in the popover').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(table);
    expect(popover.open).to.equal(false);
  });

  it('opens the column chooser and focuses its search once loaded', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 20 }) });
    table.shadowRoot!.querySelector<HTMLButtonElement>('.columns-button')!.click();
    await table.updateComplete;
    const chooser = table.shadowRoot!.querySelector('sv-column-chooser')!;
    await chooser.updateComplete;
    expect(chooser.open).to.equal(true);
    expect(deepActiveElement()).to.equal(chooser.shadowRoot!.querySelector('input[type="search"]'));
  });

  it('shows an Export button that opens the export dialog once loaded, and returns focus to it', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 20 }) });
    const standIn = table.shadowRoot!.querySelector<HTMLButtonElement>('[data-stand-in="sv-export-menu"]')!;
    expect(standIn.textContent.trim()).to.equal('Export');
    expect(standIn.getAttribute('aria-haspopup')).to.equal('dialog');
    await expect(table).to.be.accessible();

    standIn.focus();
    await sendKeys({ press: 'Enter' });
    await table.updateComplete;
    const menu = table.shadowRoot!.querySelector('sv-export-menu')!;
    expect(table.shadowRoot!.querySelector('[data-stand-in]'), 'the menu took its place').to.equal(null);
    await menu.updateComplete;
    const dialog = menu.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(deepActiveElement()), 'focus is in the dialog').to.equal(true);
    expect(menu.sessions, 'the menu got the view’s rows').to.have.length(table.currentStore!.view.length);

    await sendKeys({ press: 'Escape' });
    await menu.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActiveElement()).to.equal(menu.shadowRoot!.querySelector('[part="button"]'));
  });
});
