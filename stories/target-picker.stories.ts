import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The picker on its own (<routing-panel> loads it when a re-route opens).
import '../src/define/sv-target-picker.js';
import type { Group, Operator } from '../src/model/index.js';
import { sampleTargets } from './support/sample-data.js';

interface Args {
  targets: (Operator | Group)[];
  disabled: boolean;
}

/** `<sv-target-picker>`: the re-route section's operator and group picker with availability. */
const meta: Meta<Args> = {
  title: 'Parts/Target picker',
  component: 'sv-target-picker',
  args: { targets: sampleTargets, disabled: false },
  render: ({ targets, disabled }) => html`<div style="max-width: 420px"><sv-target-picker .targets=${targets} ?disabled=${disabled}></sv-target-picker></div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Empty: Story = { args: { targets: [] } };
export const Disabled: Story = { args: { disabled: true } };
