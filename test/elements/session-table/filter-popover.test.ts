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

describe('<sv-filter-popover> custom time range', () => {
  async function timePopover(dateLocale: string, filter?: ColumnFilter): Promise<FilterPopover> {
    const anchor = await fixture<HTMLButtonElement>(html`<button>Start</button>`);
    return fixture<FilterPopover>(
      html`<sv-filter-popover lang="en" column="startedAt" .dateLocale=${dateLocale} .timeZone=${'Europe/Prague'} .filter=${filter} .anchor=${anchor} open></sv-filter-popover>`,
    );
  }
  const field = (popover: FilterPopover, edge: 'from' | 'to') => popover.shadowRoot!.querySelector<HTMLInputElement>(`input[data-edge="${edge}"]`)!;

  it('shows and reads dates in the viewer’s locale (cs-CZ viewer, English UI), with a four-digit year', async () => {
    const from = Date.UTC(2026, 10, 29, 21, 38); // 22:38 in Prague
    const popover = await timePopover('cs-CZ', { kind: 'time', from });
    expect(field(popover, 'from').type).to.equal('text');
    expect(field(popover, 'from').value).to.equal('29. 11. 2026 22:38');
    expect(field(popover, 'from').placeholder).to.equal('31. 12. 2026 16:45');
    const to = field(popover, 'to');
    to.value = '1. 12. 2026 8:05';
    const next = nextFilter(popover, () => true);
    to.dispatchEvent(new Event('change'));
    expect(await next).to.deep.equal({ kind: 'time', from, to: Date.UTC(2026, 11, 1, 7, 5) });
  });

  it('reads a US viewer’s month-first dates with AM/PM, and refuses text that is not a date', async () => {
    const popover = await timePopover('en-US');
    const from = field(popover, 'from');
    from.value = '12/01/2026, 08:05 PM';
    const next = nextFilter(popover, () => true);
    from.dispatchEvent(new Event('change'));
    expect(await next).to.deep.equal({ kind: 'time', from: Date.UTC(2026, 11, 1, 19, 5), to: undefined });
    from.value = '31/12/2026';
    from.dispatchEvent(new Event('change'));
    await popover.updateComplete;
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(popover.shadowRoot!.querySelector('#date-hint')!.textContent.trim()).to.equal('Not a date in the form 12/31/2026, 04:45 PM.');
    await expect(popover).to.be.accessible();
  });
});
