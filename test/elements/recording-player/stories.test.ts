import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import type { RecordingPlayer } from '../../../src/define/recording-player.js';
import * as stories from '../../../stories/recording-player.stories.js';
import { until } from './helpers.js';

/** The audio stories render a working player (the video ones record clips for seconds; covered by the element tests). */
describe('recording-player stories', function () {
  this.timeout(20000);

  async function render(story: { render?: unknown }): Promise<RecordingPlayer> {
    const host = await fixture<HTMLElement>(html`<div>${(story.render as () => TemplateResult)()}</div>`);
    await until(() => host.querySelector('recording-player') !== null, 8000, 'player rendered');
    return host.querySelector('recording-player')!;
  }

  it('AudioCallWithWaveform plays a demo-adapter phone call with a waveform', async () => {
    const player = await render(stories.AudioCallWithWaveform);
    await until(() => player.shadowRoot!.querySelector('[part="waveform"] path') !== null, 8000, 'waveform');
    expect(player.media.state.error).to.equal(undefined);
  });

  it('ExpiredUrlRecovering recovers with exactly two source requests', async () => {
    const player = await render(stories.ExpiredUrlRecovering);
    const counter = player.parentElement!.parentElement!.querySelector('output')!;
    await until(() => counter.textContent === 'Source requests: 2', 5000, 'second request');
    await until(() => player.shadowRoot!.querySelector('[part="waveform"]') !== null, 5000, 'playable');
    expect(player.media.state.error).to.equal(undefined);
  });

  it('AudioOnlyVideoTracks shows an "Audio only" placeholder in each camera tile', async () => {
    const player = await render(stories.AudioOnlyVideoTracks);
    await until(() => player.shadowRoot!.querySelectorAll('[part="tile-placeholder"]').length === 2, 8000, 'placeholders');
    const texts = [...player.shadowRoot!.querySelectorAll('[part="tile-placeholder"]')].map((p) => p.textContent.replace(/\s+/g, ' ').trim());
    expect(texts).to.deep.equal(['Client camera Audio only', 'Operator camera Audio only']);
  });

  it('the error stories show their error', async () => {
    for (const [story, kind] of [
      [stories.ErrorUnsupportedFormat, 'unsupported-format'],
      [stories.ErrorMissingRecording, 'missing'],
      [stories.ErrorForbidden, 'source-forbidden'],
      [stories.ErrorSourceNotSupported, 'src-not-supported'],
    ] as const) {
      const player = await render(story);
      await until(() => player.media.state.error?.kind === kind, 5000, kind);
    }
  });
});
