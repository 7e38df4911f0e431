/**
 * `<recording-player>`'s view (tiles, seek bar, markers, controls) loads with its first recording.
 * This page imports only the player, so the test below is that first load, as for a host: a busy
 * status stands in meanwhile, and `updateComplete` waits for the view.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/recording-player.js';
import { SessionStore } from '../../../src/store/session-store.js';
import { audioRecording, makeAdapter, ready, sessionDetail, shadow, testWavUrl } from './helpers.js';

describe('<recording-player>: the view loaded with the first recording', () => {
  it('shows a busy status until the controls are in, then plays from the keyboard', async () => {
    const recording = audioRecording(4000);
    const url = testWavUrl();
    const store = new SessionStore(makeAdapter({ sourceFor: () => ({ url, type: 'audio/wav' }), detail: sessionDetail(recording) }));
    const player = document.createElement('recording-player');
    player.store = store;
    player.sessionId = 's-1';
    player.recording = recording;
    document.body.append(player);
    // Every node the player renders, from its first render on (its shadow root exists once connected).
    const rendered: Element[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) rendered.push(node);
    });
    observer.observe(player.shadowRoot!, { childList: true, subtree: true });
    try {
      await player.updateComplete;
      const status = rendered[0]!;
      expect(status.getAttribute('role'), 'first render: a status').to.equal('status');
      expect(status.getAttribute('aria-busy')).to.equal('true');
      expect(status.textContent.trim()).to.equal('Loading recording…');
      expect(player.shadowRoot!.querySelector('[aria-busy="true"]'), 'no busy status left').to.equal(null);
      // The view's styles came with it (player-view.styles.ts): its layout is applied.
      expect(getComputedStyle(shadow(player, '.player')).display).to.equal('flex');
      expect(getComputedStyle(shadow(player, '.controls')).display).to.equal('flex');
      player.media.handle({ type: 'mute', muted: true });
      await ready(player, 'phone');
      await expect(player).to.be.accessible();
      shadow(player, '[part="base"]').focus();
      await sendKeys({ press: 'k' });
      expect(player.media.state.paused, 'K plays').to.equal(false);
      player.pause();
    } finally {
      observer.disconnect();
      player.remove();
    }
  });
});
