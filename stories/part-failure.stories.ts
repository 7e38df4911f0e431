import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { LazyPartsController, lazyModule, settleLoading, type LazyPart } from '../src/controllers/lazy-parts.js';
import { renderPartFailure } from '../src/elements/part-failure.js';
import { controls, tokens } from '../src/themes/tokens.js';

/**
 * Stands in for any element with a part loaded on first use (a tab panel, a dialog, the column
 * chooser): the part's code never arrives, as when the page is offline or a new deploy removed
 * the old chunk. Every element renders this same alert in the part's place.
 */
class StoryFailingPart extends LitElement {
  static override styles = [tokens, controls];
  static override properties = { lang: { type: String } };
  override lang = 'en';
  readonly #parts = new LazyPartsController(this);
  /** Its load always fails, Retry included (Retry's load is announced as busy meanwhile). */
  readonly #part: LazyPart<unknown> = lazyModule(() => Promise.reject(new Error('The chunk could not be fetched (story).')));

  /** Like the library's elements: settles once the part's load has ended (here: failed). */
  protected override getUpdateComplete(): Promise<boolean> {
    return settleLoading([this.#parts], () => super.getUpdateComplete());
  }

  override render() {
    this.#parts.use(this.#part);
    return renderPartFailure(this.#parts, this.#part, this.lang) ?? html`<p class="sv-status" role="status" aria-busy="true">Loading…</p>`;
  }
}
if (!customElements.get('story-failing-part')) customElements.define('story-failing-part', StoryFailingPart);

interface Args {
  lang: 'en' | 'cs';
}

/** What an element shows where a part it loads on first use could not be loaded: an alert with Retry, never an endless loading state. */
const meta: Meta<Args> = {
  title: 'Parts/Part failed to load',
  args: { lang: 'en' },
  argTypes: { lang: { control: { type: 'radio' }, options: ['en', 'cs'] } },
  render: ({ lang }) => html`<story-failing-part lang=${lang}></story-failing-part>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Failed: Story = {};
export const FailedCzech: Story = { args: { lang: 'cs' } };
