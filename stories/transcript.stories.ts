import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';
import { sampleMessages, sampleViewer } from './support/sample-data.js';

interface Args {
  messages: number;
  highlight: string;
  live: boolean;
}

/** `<sv-transcript>`: the virtualised conversation log inside the detail's Transcript tab. */
const meta: Meta<Args> = {
  title: 'Parts/Transcript',
  component: 'sv-transcript',
  args: { messages: 40, highlight: '', live: false },
  argTypes: { messages: { control: { type: 'select' }, options: [0, 6, 40, 10_000] } },
  render: ({ messages, highlight, live }) => html`
    <div style="height: 70vh; max-width: 560px; display: flex">
      <sv-transcript
        style="flex: 1"
        .messages=${sampleMessages(messages)}
        .highlight=${highlight}
        .viewer=${sampleViewer}
        client-name="Petr Svoboda"
        ?live=${live}
      ></sv-transcript>
    </div>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const Empty: Story = { args: { messages: 0 } };
/** 10,000 messages: only the visible ones are in the DOM. */
export const LargeData: Story = { args: { messages: 10_000 } };
/** A live session starts at the end and follows new messages. */
export const Live: Story = { args: { live: true } };
/** The table's search terms highlighted, the first hit scrolled to. */
export const SearchHits: Story = { args: { highlight: 'refund' } };
