import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The part on its own (<session-detail> loads it on first use).
import '../src/define/sv-session-parameters.js';
import type { SessionParameters } from '../src/model/index.js';
import { sampleSession } from './support/sample-data.js';

/** `<sv-session-parameters>`: the detail's Parameters tab (host-defined values, untrusted text). */
const meta: Meta<{ parameters: SessionParameters }> = {
  title: 'Parts/Session parameters',
  component: 'sv-session-parameters',
  args: { parameters: sampleSession.parameters },
  render: ({ parameters }) => html`<div style="max-width: 560px"><sv-session-parameters .parameters=${parameters}></sv-session-parameters></div>`,
};
export default meta;
type Story = StoryObj<{ parameters: SessionParameters }>;

export const Default: Story = {};
export const Empty: Story = { args: { parameters: {} } };
/** 300 parameters: the filter narrows them. */
export const LargeData: Story = {
  args: { parameters: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`param${String(i).padStart(3, '0')}`, `value ${i}`])) },
};
/** Values are text, never HTML. */
export const UntrustedValues: Story = { args: { parameters: { note: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' } } };
