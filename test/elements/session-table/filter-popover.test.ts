import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sv-filter-popover.js';
import type { FilterPopover } from '../../../src/elements/session-table/filter-popover.js';
import type { ColumnFilter } from '../../../src/model/index.js';

/** Resolves with the first `sv-filter-change` filter that `accept` takes. */
function nextFilter(popover: FilterPopover, accept: (filter: ColumnFilter | undefined) => boolean): Promise<ColumnFilter | undefined> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      const { filter } = (event as CustomEvent<{ filter: ColumnFilter | undefined }>).detail;
      if (!accept(filter)) return;
      popover.removeEventListener('sv-filter-change', listener);
      resolve(filter);
    };
    popover.addEventListener('sv-filter-change', listener);
  });
}

describe('<sv-filter-popover> text condition', () => {
  it('keeps the condition chosen before typing ("Equals", then S-0099)', async () => {
    const anchor = await fixture<HTMLButtonElement>(html`<button>Session ID</button>`);
    const popover = await fixture<FilterPopover>(html`<sv-filter-popover lang="en" column="id" .anchor=${anchor} open></sv-filter-popover>`);
    const select = popover.shadowRoot!.querySelector('select')!;
    select.value = 'equals';
    select.dispatchEvent(new Event('change'));
    await popover.updateComplete;
    // With no value yet the column stays unfiltered, and the choice must survive that.
    popover.filter = await nextFilter(popover, () => true);
    await popover.updateComplete;
    expect(popover.shadowRoot!.querySelector('select')!.value).to.equal('equals');
    const input = popover.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!;
    input.value = 'S-0099';
    input.dispatchEvent(new Event('input'));
    expect(await nextFilter(popover, (filter) => filter !== undefined)).to.deep.equal({ kind: 'text', op: 'equals', value: 'S-0099' });
  });

  it('keeps the condition when typing starts before the choice lands', async () => {
    const anchor = await fixture<HTMLButtonElement>(html`<button>Session ID</button>`);
    const popover = await fixture<FilterPopover>(html`<sv-filter-popover lang="en" column="id" .anchor=${anchor} open></sv-filter-popover>`);
    const select = popover.shadowRoot!.querySelector('select')!;
    select.value = 'prefix';
    select.dispatchEvent(new Event('change'));
    await popover.updateComplete;
    const input = popover.shadowRoot!.querySelector<HTMLInputElement>('input[type="text"]')!;
    input.value = 'S-01';
    input.dispatchEvent(new Event('input'));
    expect(await nextFilter(popover, (filter) => filter !== undefined)).to.deep.equal({ kind: 'text', op: 'prefix', value: 'S-01' });
  });
});
