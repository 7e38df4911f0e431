import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
// The actions on their own (<session-detail> loads them on first use).
import '../src/define/sv-ban-control.js';
import '../src/define/sv-contact-client.js';
import type { DetailedSession } from '../src/model/index.js';
import { SessionStore } from '../src/store/index.js';
import { demoAdapter } from './support/demo.js';
import { sampleDetail } from './support/sample-data.js';

const store = () => new SessionStore(demoAdapter({ live: false, viewer: { role: 'admin' } }));

/**
 * The detail header's actions: `<sv-contact-client>` (re-open an ended messaging session) and
 * `<sv-ban-control>` (ban or unban the client). The role and capabilities decide what shows.
 */
const meta: Meta<{ session: DetailedSession }> = {
  title: 'Parts/Session actions',
  component: 'sv-ban-control',
  args: { session: sampleDetail },
  render: ({ session }) => html`
    <div style="display: flex; gap: 8px; align-items: center">
      <sv-contact-client .store=${store()} .session=${session}></sv-contact-client>
      <sv-ban-control .store=${store()} .session=${session}></sv-ban-control>
    </div>
  `,
};
export default meta;
type Story = StoryObj<{ session: DetailedSession }>;

export const Default: Story = {};
/** The client is banned until a date: the control offers Unban. */
export const Banned: Story = {
  args: { session: { ...sampleDetail, ban: { reason: 'Abusive language', at: sampleDetail.startedAt, until: sampleDetail.startedAt + 30 * 86_400_000 } } },
};
/** A live session cannot be contacted (it is still open). */
export const LiveSession: Story = {
  args: { session: { ...sampleDetail, state: 'active', endedAt: undefined, endReason: undefined } },
};
