import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The part on its own (<session-detail> loads it on first use).
import '../src/define/sv-session-notes.js';
import type { DetailedSession } from '../src/model/index.js';
import { SessionStore } from '../src/store/index.js';
import { demoAdapter } from './support/demo.js';
import { sampleDetail } from './support/sample-data.js';

/** A store whose viewer wrote one of the sample notes (notes capability on). */
const store = () => new SessionStore(demoAdapter({ live: false, viewer: { id: 'op-1', name: 'Jana Nováková', role: 'supervisor' } }));

/** `<sv-session-notes>`: the detail's Notes tab — the list and the new-note editor. */
const meta: Meta<{ session: DetailedSession }> = {
  title: 'Parts/Session notes',
  component: 'sv-session-notes',
  args: { session: sampleDetail },
  render: ({ session }) => html`<div style="max-width: 560px"><sv-session-notes .store=${store()} .session=${session}></sv-session-notes></div>`,
};
export default meta;
type Story = StoryObj<{ session: DetailedSession }>;

export const Default: Story = {};
export const Empty: Story = { args: { session: { ...sampleDetail, notes: [] } } };
/** 200 notes. */
export const LargeData: Story = {
  args: {
    session: {
      ...sampleDetail,
      notes: Array.from({ length: 200 }, (_, i) => ({ id: `n${i}`, at: sampleDetail.startedAt + i * 60_000, authorId: 'op-9', authorName: 'Marek Beneš', text: `Follow-up ${i + 1}.` })),
    },
  },
};
