import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The part on its own (<session-detail> loads it on first use).
import '../src/define/sv-session-info.js';
import type { SessionSummary } from '../src/model/index.js';
import { sampleSession, sampleViewer } from './support/sample-data.js';

/** `<sv-session-info>`: the detail's General tab. */
const meta: Meta<{ session: SessionSummary }> = {
  title: 'Parts/Session info',
  component: 'sv-session-info',
  args: { session: sampleSession },
  render: ({ session }) => html`<div style="max-width: 560px"><sv-session-info .session=${session} .viewer=${sampleViewer}></sv-session-info></div>`,
};
export default meta;
type Story = StoryObj<{ session: SessionSummary }>;

export const Ended: Story = {};
/** Waiting in a queue: no operator, no end. */
export const Waiting: Story = {
  args: {
    session: { ...sampleSession, state: 'waiting', acceptedAt: undefined, endedAt: undefined, endReason: undefined, operators: [], rating: undefined },
  },
};
/** Only the required fields. */
export const Minimal: Story = {
  args: { session: { ...sampleSession, client: { name: '' }, pageUrl: undefined, tags: undefined, rating: undefined, group: undefined, language: undefined } },
};
