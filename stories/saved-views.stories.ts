import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
import type { SavedView } from '../src/elements/session-table/saved-views-model.js';

const view = (id: string, name: string): SavedView => ({
  id,
  name,
  query: { filters: {}, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' },
  columns: ['startedAt', 'channel', 'client', 'operator'],
  widths: {},
});

/** `<sv-saved-views>`: the table toolbar's named views (query and layout), per table id. */
const meta: Meta<{ views: SavedView[]; activeId: string | undefined }> = {
  title: 'Parts/Saved views',
  component: 'sv-saved-views',
  args: { views: [view('v1', 'WhatsApp this week'), view('v2', 'Refunds')], activeId: 'v2' },
  render: ({ views, activeId }) => html`<sv-saved-views .views=${views} .activeId=${activeId}></sv-saved-views>`,
};
export default meta;
type Story = StoryObj<{ views: SavedView[]; activeId: string | undefined }>;

export const Default: Story = {};
export const Empty: Story = { args: { views: [], activeId: undefined } };
/** 60 saved views. */
export const LargeData: Story = { args: { views: Array.from({ length: 60 }, (_, i) => view(`v${i}`, `View ${i + 1}`)), activeId: undefined } };
