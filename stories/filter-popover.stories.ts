import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
// The part on its own (its element loads it on first use).
import '../src/define/sv-filter-popover.js';
import type { ValueListEntry } from '../src/engine/query/index.js';
import type { ColumnFilter } from '../src/model/index.js';
import { ownFrameDocs, popoverAnchor } from './support/popover-anchor.js';

interface Args {
  /** Column id: its filter kind decides the body (values, time, text, range, yes/no). */
  column: string;
  filter: ColumnFilter | undefined;
  values: readonly ValueListEntry[];
}

const entry = (key: string, label: string, count: number, selected = false): ValueListEntry => ({ key, label, count, selected });
const CHANNEL_VALUES = [
  entry('web-chat', 'Web chat', 812),
  entry('phone', 'Phone', 402),
  entry('whatsapp', 'WhatsApp', 377),
  entry('email', 'E-mail', 203),
  entry('messenger', 'Messenger', 96),
  entry('audio-video', 'Audio/video', 61),
  entry('apple-messages', 'Apple Messages', 34),
  entry('vkontakte', 'VKontakte', 15),
];
const FIRST = ['Petr', 'Jana', 'Žofie', 'Tomáš', 'Eva', 'Marek', 'Klára', 'Oto', 'Lucie', 'Jiří'];
const LAST = ['Svoboda', 'Nováková', 'Černá', 'Dvořák', 'Veselá', 'Beneš', 'Procházka', 'Kučerová', 'Horák', 'Marková'];
/** 1,000 operators: the list shows the first 200 matches and says how many more the search hides. */
const MANY_OPERATORS = Array.from({ length: 1000 }, (_, index) =>
  entry(`op-${index}`, `${FIRST[index % 10]} ${LAST[Math.floor(index / 10) % 10]} ${Math.floor(index / 100) + 1}`, 1000 - index),
);
const DAY = 86_400_000;
const MARCH_3 = Date.UTC(2026, 2, 3, 8, 0);

/**
 * `<sv-filter-popover>`: a column header's filter. Its body follows the column's filter kind:
 * a searchable checkbox list with counts (channel, operator, …), time presets and a custom range
 * typed in the viewer's locale, a text condition, a number range (minutes for durations) or
 * yes/no. Each change applies at once (`sv-filter-change`); `<session-table>` opens it from a
 * header's filter button.
 */
const meta: Meta<Args> = {
  title: 'Parts/Filter popover',
  component: 'sv-filter-popover',
  args: { column: 'channel', filter: undefined, values: CHANNEL_VALUES },
  parameters: ownFrameDocs,
  render: ({ column, filter, values }) => {
    const anchor = popoverAnchor('Filter');
    return html`<div style="min-height: 460px">
      ${anchor}
      <sv-filter-popover
        column=${column}
        .filter=${filter}
        .values=${values}
        .timeZone=${'Europe/Prague'}
        .dateLocale=${'en-GB'}
        .anchor=${anchor}
        open
      ></sv-filter-popover>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A value list with counts; eight values or fewer need no search. */
export const Values: Story = {};
/** Two channels chosen: Clear is enabled. */
export const ValuesSelected: Story = { args: { filter: { kind: 'values', values: ['whatsapp', 'messenger'] } } };
/** No rows under the other filters: nothing to choose. */
export const NoValues: Story = { args: { values: [] } };
/** 1,000 operators: a search box, the first 200 listed and "800 more values; refine the search." */
export const LargeData: Story = { args: { column: 'operator', values: MANY_OPERATORS } };
/** A time column: presets and a custom range in the viewer's locale and time zone. */
export const TimePreset: Story = { args: { column: 'startedAt', filter: { kind: 'time', preset: 'last-7-days' } } };
/** A custom range, shown as the viewer writes dates (en-GB, Europe/Prague). */
export const TimeRange: Story = { args: { column: 'startedAt', filter: { kind: 'time', from: MARCH_3 - 7 * DAY, to: MARCH_3 } } };
/** A typed date that is not one: the field is marked invalid and the hint says so. */
export const InvalidDate: Story = {
  args: { column: 'startedAt' },
  play: async ({ canvasElement }) => {
    const popover = canvasElement.querySelector('sv-filter-popover')!;
    await popover.updateComplete;
    const from = popover.shadowRoot!.querySelector<HTMLInputElement>('input[data-edge="from"]')!;
    from.value = '31/02/2026 25:00';
    from.dispatchEvent(new Event('change'));
    await popover.updateComplete;
  },
};
/** A text column: a condition (contains, equals, starts with, is present…) and a value. */
export const Text: Story = { args: { column: 'clientEmail', filter: { kind: 'text', op: 'contains', value: '@example.com' } } };
/** A duration range, typed in minutes. */
export const Range: Story = { args: { column: 'duration', filter: { kind: 'range', min: 5 * 60_000, max: 30 * 60_000 } } };
/** A yes/no column. */
export const YesNo: Story = { args: { column: 'hasRecording', filter: { kind: 'boolean', value: true } } };
