import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sv-column-chooser.js';
import type { ColumnChooser } from '../../../src/elements/session-table/column-chooser.js';
import { BASIC_COLUMN_IDS } from '../../../src/model/index.js';

async function openChooser(): Promise<ColumnChooser> {
  const anchor = await fixture<HTMLButtonElement>(html`<button>Columns</button>`);
  const chooser = await fixture<ColumnChooser>(html`<sv-column-chooser lang="en" .anchor=${anchor} open></sv-column-chooser>`);
  await chooser.updateComplete;
  return chooser;
}

const boxes = (chooser: ColumnChooser) => [...chooser.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const boxFor = (chooser: ColumnChooser, label: string) => boxes(chooser).find((box) => box.parentElement!.textContent.trim() === label)!;

describe('<sv-column-chooser>', () => {
  it('ticks exactly the shown columns after Reset and several ticks in a row', async () => {
    const chooser = await openChooser();
    [...chooser.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent.includes('Reset'))!.click();
    await chooser.updateComplete;
    expect(chooser.columns).to.deep.equal([...BASIC_COLUMN_IDS]);
    for (const label of ['Session ID', 'Page URL', 'Group']) {
      boxFor(chooser, label).click();
      await chooser.updateComplete;
    }
    const shown = new Set(chooser.columns);
    const wrong = boxes(chooser).filter((box) => box.checked !== shown.has(box.dataset['id']!)).map((box) => box.dataset['id']);
    expect(wrong).to.deep.equal([]);
    expect(boxes(chooser).filter((box) => box.checked)).to.have.length(shown.size);
  });
});
