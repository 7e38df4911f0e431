import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
// The picker on its own (<routing-panel> loads it when a re-route opens).
import '../src/define/sv-target-picker.js';
import type { Group, Operator } from '../src/model/index.js';
import { sampleTargets } from './support/sample-data.js';

interface Args {
  targets: (Operator | Group)[];
  disabled: boolean;
  value: string | undefined;
}

const AVAILABILITY = ['online', 'away', 'busy', 'offline'] as const;
/** A large contact centre: 300 operators in 20 groups. */
const MANY_TARGETS: (Operator | Group)[] = [
  ...Array.from({ length: 300 }, (_, index): Operator => ({
    kind: 'operator',
    id: `op-${index}`,
    name: `Operator ${String(index + 1).padStart(3, '0')}`,
    availability: AVAILABILITY[index % 4]!,
    load: index % 4,
    capacity: 3,
    groupIds: [`g-${index % 20}`],
  })),
  ...Array.from({ length: 20 }, (_, index): Group => ({
    kind: 'group',
    id: `g-${index}`,
    name: `Queue ${index + 1}`,
    availability: index % 5 === 0 ? 'offline' : 'online',
    memberCount: 15,
    availableMembers: index % 5 === 0 ? 0 : 4,
    queueLength: index,
  })),
];

/** Types `text` into the picker's field, as a user would; the list opens with the matches. */
const typeIn =
  (text: string): Story['play'] =>
  async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('sv-target-picker')!;
    await picker.updateComplete;
    const input = picker.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await picker.updateComplete;
  };

/** `<sv-target-picker>`: the re-route section's operator and group picker with availability. */
const meta: Meta<Args> = {
  title: 'Parts/Target picker',
  component: 'sv-target-picker',
  args: { targets: sampleTargets, disabled: false, value: undefined },
  render: ({ targets, disabled, value }) =>
    html`<div style="max-width: 420px; min-height: 360px"><sv-target-picker .targets=${targets} .value=${value} ?disabled=${disabled}></sv-target-picker></div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Empty: Story = { args: { targets: [] } };
export const Disabled: Story = { args: { disabled: true } };
/** A target chosen: its availability and load are shown. */
export const Chosen: Story = { args: { value: 'op-2' } };
/** Typing filters the list of operators and groups. */
export const Searching: Story = { play: typeIn('Or') };
/** Typing a name nobody has: the list says so. */
export const NoMatch: Story = { play: typeIn('zzz') };
/** 300 operators and 20 queues; typing narrows the list. */
export const LargeData: Story = { args: { targets: MANY_TARGETS }, play: typeIn('Operator 1') };
