import { expect } from '@open-wc/testing';
import { pictureInPictureVideo } from '../../../src/elements/recording-player/presentation.js';
import { makeAdapter, mediaOf, mountPlayer, ready, sessionDetail, shadow, testWavUrl, testWebmUrl, until, videoRecording } from './helpers.js';

describe('<recording-player> video tiles', function () {
  this.timeout(20000);

  it('a video track whose file has no picture shows its label and "Audio only", not a black box', async () => {
    const recording = videoRecording(3000, ['client-camera', 'operator-camera']);
    const wav = testWavUrl();
    const webm = await testWebmUrl();
    // What the demo adapter does: WAV for a camera track.
    const adapter = makeAdapter({
      sourceFor: (trackId) => (trackId === 'client-camera' ? { url: wav, type: 'audio/wav' } : { url: webm, type: 'video/webm' }),
      detail: sessionDetail(recording),
    });
    const player = await mountPlayer(adapter, recording);
    await ready(player, 'client-camera');
    await ready(player, 'operator-camera');
    await player.updateComplete;

    const soundOnly = mediaOf(player, 'client-camera').closest('[part="tile"]')!;
    // "No picture" is known once the file's metadata says so; on a busy machine that is later.
    await until(() => soundOnly.querySelector('[part="tile-placeholder"]') !== null);
    const placeholder = soundOnly.querySelector<HTMLElement>('[part="tile-placeholder"]');
    expect(placeholder, 'placeholder in the sound-only tile').to.not.equal(null);
    expect(placeholder!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Client camera Audio only');
    expect(placeholder!.querySelector('svg')).to.not.equal(null);
    expect(placeholder!.getBoundingClientRect().height).to.be.above(0);
    expect(getComputedStyle(soundOnly).backgroundColor).to.not.equal('rgb(0, 0, 0)');

    // The tile with a picture stays a plain video.
    const withPicture = mediaOf(player, 'operator-camera').closest('[part="tile"]')!;
    expect(withPicture.querySelector('[part="tile-placeholder"]')).to.equal(null);
    expect(withPicture.querySelector('figcaption')!.textContent).to.equal('Operator camera');

    // Picture-in-picture takes the track that has a picture, though the other comes first.
    const tracks = [player.media.track('client-camera')!, player.media.track('operator-camera')!];
    expect(pictureInPictureVideo(tracks)).to.equal(mediaOf(player, 'operator-camera'));

    // The sound still plays: the element is kept under the placeholder, on the shared clock.
    player.play();
    await until(() => mediaOf(player, 'client-camera').currentTime > 0.3, 4000, 'sound-only track playing');
    player.pause();
    await expect(player).to.be.accessible();

    player.setAttribute('lang', 'cs');
    await until(() => shadow(player, '[part="tile-placeholder"]').textContent.includes('Pouze zvuk'), 2000, 'Czech');
    expect(shadow(player, '[part="tile-placeholder"]').textContent.replace(/\s+/g, ' ').trim()).to.equal('Kamera klienta Pouze zvuk');
  });
});
