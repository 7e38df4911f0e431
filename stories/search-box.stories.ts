import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/all.js';

interface Args {
  value: string;
  pending: boolean;
  resultCount: number | undefined;
  indexing: boolean;
  ignoredWords: string[] | undefined;
}

/** `<sv-search-box>`: the table's "search in content" box with its status. */
const meta: Meta<Args> = {
  title: 'Parts/Search box',
  component: 'sv-search-box',
  args: { value: '', pending: false, resultCount: undefined, indexing: false, ignoredWords: undefined },
  render: ({ value, pending, resultCount, indexing, ignoredWords }) => html`
    <sv-search-box
      .value=${value}
      ?pending=${pending}
      .resultCount=${resultCount}
      .progress=${indexing ? { indexed: 1200, total: 5000, complete: false } : undefined}
      .ignoredWords=${ignoredWords}
    ></sv-search-box>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Searching: Story = { args: { value: 'refund', pending: true } };
export const Results: Story = { args: { value: 'refund', resultCount: 128 } };
/** Transcripts still being indexed: the count may grow. */
export const Indexing: Story = { args: { value: 'refund', resultCount: 31, indexing: true } };
/** Only common words: nothing to search, the filters alone choose the rows. */
export const NoSearchableWords: Story = { args: { value: 'the and', resultCount: 2000, ignoredWords: ['the', 'and'] } };
