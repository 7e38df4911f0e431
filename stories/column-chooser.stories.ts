import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
// The part on its own (its element loads it on first use).
import '../src/define/sv-column-chooser.js';
import { BASIC_COLUMN_IDS, COLUMNS, PARAMETER_COLUMN_PREFIX } from '../src/model/index.js';
import { ownFrameDocs, popoverAnchor } from './support/popover-anchor.js';

interface Args {
  columns: readonly string[];
  available: readonly string[];
}

const CATALOGUE = COLUMNS.map((column) => column.id);
/** A host's session parameters become columns too: 120 of them, as a large CRM sends. */
const MANY_PARAMETERS = Array.from({ length: 120 }, (_, index) => `${PARAMETER_COLUMN_PREFIX}crm_field_${String(index + 1).padStart(3, '0')}`);

/**
 * `<sv-column-chooser>`: the table toolbar's "Columns" panel. Tick to show, untick to hide,
 * reorder by drag, by the arrow buttons or by Alt+ArrowUp/Down, search by name, reset to the
 * basic set. `<session-table>` opens it from its toolbar; here its own button opens it again
 * after Escape or a click outside closed it.
 */
const meta: Meta<Args> = {
  title: 'Parts/Column chooser',
  component: 'sv-column-chooser',
  args: { columns: BASIC_COLUMN_IDS, available: CATALOGUE },
  parameters: ownFrameDocs,
  render: ({ columns, available }) => {
    const anchor = popoverAnchor('Columns');
    return html`<div style="min-height: 460px">
      ${anchor}
      <sv-column-chooser .columns=${columns} .available=${available} .anchor=${anchor} open></sv-column-chooser>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The basic columns shown, the rest of the catalogue listed under "Hidden". */
export const Default: Story = {};
/** Every catalogue column shown, in a custom order: "Hidden" is empty. */
export const AllShown: Story = { args: { columns: [...CATALOGUE].reverse() } };
/** One column left: its box is disabled, a table always keeps a column. */
export const LastColumn: Story = { args: { columns: ['startedAt'] } };
/** The catalogue plus 120 host parameter columns; the search narrows the list. */
export const LargeData: Story = { args: { available: [...CATALOGUE, ...MANY_PARAMETERS] } };
/** A play that types `text` into the chooser's search, as a user would. */
const searchFor =
  (text: string): Story['play'] =>
  async ({ canvasElement }) => {
    const chooser = canvasElement.querySelector('sv-column-chooser')!;
    await chooser.updateComplete;
    const search = chooser.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    search.value = text;
    search.dispatchEvent(new Event('input'));
    await chooser.updateComplete;
  };

/** Searching "client": only matching columns stay in both lists. */
export const Searching: Story = { play: searchFor('client') };
/** A search that matches no column: both lists empty, reset still offered. */
export const NoMatch: Story = { play: searchFor('zzz') };
