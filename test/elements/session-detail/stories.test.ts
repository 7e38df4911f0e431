import { expect, fixture } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/session-detail.stories.js';
import { until } from '../recording-player/helpers.js';
import type { RecordingPlayer } from '../../../src/elements/recording-player/recording-player.js';

/** Every story renders a detail panel in a definite state, with no markup smuggled in. */
describe('session-detail stories', () => {
  const entries = Object.entries(stories).filter(([name]) => name !== 'default') as Array<[string, { render: () => TemplateResult }]>;

  for (const [name, story] of entries) {
    it(`${name} renders`, async () => {
      const wrapper = await fixture<HTMLElement>(story.render());
      const detail = wrapper.querySelector('session-detail')!;
      // Every story but Loading gets an answer from its adapter.
      if (name === 'Loading') await detail.updateComplete;
      else await waitUntil(() => detail.shadowRoot?.querySelector('h2, [data-state]:not([data-state="loading"])'), `${name} left the loading state`);
      const root = detail.shadowRoot!;
      if (name === 'Loading') expect(root.querySelector('[data-state="loading"]')).to.exist;
      else expect(root.querySelector('h2, [data-state="not-found"], [data-state="forbidden"], [data-state="error"]'), name).to.exist;
      expect(root.querySelector('script, img')).to.equal(null);
      if (name === 'XssLookingContent') {
        expect(root.querySelector('h2')!.textContent).to.contain('<img src=x onerror=alert(1)>');
      }
    });
  }

  it('RecordingLinkedToTranscript plays the call from a message and marks it', async () => {
    const wrapper = await fixture<HTMLElement>((stories.RecordingLinkedToTranscript as { render: () => TemplateResult }).render());
    const detail = wrapper.querySelector('session-detail')!;
    await until(() => !!detail.shadowRoot?.querySelector('sv-linked-transcript'), 5000, 'linked view');
    const linked = detail.shadowRoot!.querySelector('sv-linked-transcript')!;
    await until(() => !!linked.shadowRoot?.querySelector('recording-player'), 5000, 'docked player');
    const player = linked.shadowRoot!.querySelector<RecordingPlayer>('recording-player')!;
    const transcript = linked.shadowRoot!.querySelector('sv-transcript')!;
    await until(() => (player.shadowRoot?.querySelector<HTMLMediaElement>('audio')?.readyState ?? 0) >= 3, 8000, 'call audio');
    player.media.handle({ type: 'mute', muted: true });
    await until(() => !!transcript.shadowRoot!.querySelector('[data-id="m-3"] [part="play-from"]'), 3000, 'play-from buttons');
    transcript.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="m-3"] [part="play-from"]')!.click();
    expect(player.media.state.currentMs).to.equal(11_000); // 12 s into the session, the recording starts at 1 s
    await until(() => transcript.shadowRoot!.querySelector('[aria-current="true"]')?.getAttribute('data-id') === 'm-3', 3000, 'm-3 marked');
    player.pause();
    await expect(detail).to.be.accessible();
  });
});
