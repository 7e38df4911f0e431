import { expect } from '@open-wc/testing';
import { DRIFT_SEEK_MS, syncCorrection } from '../../../src/elements/recording-player/sync.js';
import { makeAdapter, mediaOf, mountPlayer, ready, sessionDetail, shadow, testWebmUrl, until, videoRecording } from './helpers.js';

describe('syncCorrection', () => {
  it('leaves small drift alone, nudges the speed for medium drift and seeks for large drift', () => {
    expect(syncCorrection(10, 1)).to.deep.equal({ kind: 'none', rate: 1 });
    const ahead = syncCorrection(60, 1);
    expect(ahead.kind).to.equal('nudge');
    expect((ahead as { rate: number }).rate).to.be.below(1);
    const behind = syncCorrection(-60, 2);
    expect((behind as { rate: number }).rate).to.be.above(2);
    expect(syncCorrection(DRIFT_SEEK_MS + 1, 1)).to.deep.equal({ kind: 'seek' });
    expect(syncCorrection(-DRIFT_SEEK_MS - 1, 1)).to.deep.equal({ kind: 'seek' });
  });
});

describe('<recording-player> multiple tracks', function () {
  this.timeout(30000);
  let url: string;
  before(async () => {
    url = await testWebmUrl();
  });

  async function mountVideo(kinds: Array<'client-camera' | 'operator-camera' | 'screen'>) {
    const recording = videoRecording(3000, kinds);
    const adapter = makeAdapter({ sourceFor: () => ({ url, type: 'video/webm' }), detail: sessionDetail(recording) });
    const player = await mountPlayer(adapter, recording);
    for (const kind of kinds) await ready(player, kind);
    return { player, adapter, recording };
  }

  it('plays two tracks from one transport within 100 ms of each other, even after one drifts', async () => {
    const { player } = await mountVideo(['client-camera', 'operator-camera']);
    const master = mediaOf(player, 'client-camera');
    const follower = mediaOf(player, 'operator-camera');
    player.play();
    await until(() => master.currentTime > 0.4 && !follower.paused, 4000, 'both playing');
    // Knock the follower 0.5 s off: the controller must pull it back.
    follower.currentTime = master.currentTime + 0.5;
    const drift = () => Math.abs(follower.currentTime - master.currentTime) * 1000;
    await until(() => drift() < 100, 3000, 'the follower pulled back');
    // Then it stays in step: sampled at the media's own time updates, not on a timer.
    const samples: number[] = [];
    await new Promise<void>((resolve) => {
      const sample = () => {
        samples.push(drift());
        if (samples.length < 4 && master.currentTime < 2.6) return;
        master.removeEventListener('timeupdate', sample);
        resolve();
      };
      master.addEventListener('timeupdate', sample);
    });
    player.pause();
    expect(samples.length).to.be.greaterThan(3);
    expect(Math.max(...samples)).to.be.below(100);
    expect(follower.paused).to.equal(true);
  });

  it('seeks every track together', async () => {
    const { player } = await mountVideo(['client-camera', 'operator-camera']);
    player.media.handle({ type: 'seek', ms: 1500 });
    await until(
      () => ['client-camera', 'operator-camera'].every((id) => Math.abs(mediaOf(player, id).currentTime - 1.5) < 0.05),
      4000,
      'both seeked',
    );
  });

  it('switches layout (screen large) and hides a track', async () => {
    const { player } = await mountVideo(['client-camera', 'operator-camera', 'screen']);
    const focus = [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('.track-options button')].find((b) => b.textContent.trim() === 'Screen large')!;
    focus.click();
    await player.updateComplete;
    expect(player.getAttribute('layout')).to.equal('focus');
    const large = shadow(player, '.tile.large');
    expect(large.querySelector('video')!.dataset['track']).to.equal('screen');
    const clientTile = mediaOf(player, 'client-camera').closest('figure')!;
    expect(large.getBoundingClientRect().width).to.be.greaterThan(clientTile.getBoundingClientRect().width * 2);
    shadow(player, '[data-toggle-track="client-camera"]').click();
    await player.updateComplete;
    expect(clientTile.hidden).to.equal(true);
    expect(shadow(player, '[data-toggle-track="client-camera"]').getAttribute('aria-pressed')).to.equal('false');
    await expect(player).to.be.accessible();
  });

  it('starts a late track when the playhead reaches it', async () => {
    const recording = {
      ...videoRecording(3000, ['client-camera', 'screen']),
    };
    recording.tracks = [
      { id: 'client-camera', kind: 'client-camera' as const, offsetMs: 0, durationMs: 3000 },
      { id: 'screen', kind: 'screen' as const, offsetMs: 1000, durationMs: 2000 },
    ];
    const adapter = makeAdapter({ sourceFor: () => ({ url, type: 'video/webm' }), detail: sessionDetail(recording) });
    const player = await mountPlayer(adapter, recording);
    await ready(player, 'client-camera');
    expect(shadow(player, '.tile-note').textContent).to.contain('Starts at 0:01');
    const markerLabels = [...player.shadowRoot!.querySelectorAll('[part~="marker"]')].map((m) => m.getAttribute('aria-label'));
    expect(markerLabels).to.deep.equal(['Screen share started (0:01)', 'Screen share stopped (0:03)']);
    const screen = mediaOf(player, 'screen');
    player.play();
    await until(() => player.media.state.currentMs > 600, 3000, 'playing');
    expect(screen.paused).to.equal(true);
    await until(() => !screen.paused, 3000, 'screen starts');
    const master = mediaOf(player, 'client-camera');
    await until(() => Math.abs(screen.currentTime + 1 - master.currentTime) < 0.1, 2000, 'screen in sync with its offset');
    player.pause();
  });
});
