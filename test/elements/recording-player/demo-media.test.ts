import { expect } from '@open-wc/testing';
import '../../../src/define/recording-player.js';
import { validateDetail } from '../../../src/adapter/index.js';
import { createDemoAdapter } from '../../../src/adapter/demo/index.js';
import type { Recording, SessionSummary } from '../../../src/model/index.js';
import { mediaOf, mountPlayer, until } from './helpers.js';

const NOW = Date.UTC(2026, 10, 25, 14, 0, 0);
const signal = () => new AbortController().signal;

/** The picture of a video element at its current frame, as RGBA bytes. */
function pixels(video: HTMLVideoElement): Uint8ClampedArray {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(video, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height).data;
}

async function seek(video: HTMLVideoElement, seconds: number): Promise<void> {
  const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
  video.currentTime = seconds;
  await seeked;
}

describe('demo recordings: moving pictures of the claimed length', () => {
  it('plays a demo camera track in the player: video, as long as the recording claims, and the picture moves', async () => {
    const adapter = createDemoAdapter({ seed: 1, sessions: 2000, live: false, now: NOW });
    const { sessions } = await adapter.listSessions({ mode: 'history', limit: 2000 }, signal());
    const withVideo = (sessions as SessionSummary[]).filter((s) => s.hasRecording && s.channel === 'audio-video');
    // One with a screen share too.
    let recording: Recording | undefined;
    let sessionId = '';
    for (const session of withVideo) {
      const candidate = validateDetail(await adapter.getSession(session.id, signal())).detail!.recordings[0]!;
      if (candidate.tracks.some((track) => track.kind === 'screen')) {
        recording = candidate;
        sessionId = session.id;
        break;
      }
    }
    expect(recording, 'a demo video recording with a screen share').to.exist;
    const player = await mountPlayer(adapter, recording, sessionId);
    for (const track of recording!.tracks.filter((t) => t.kind !== 'client-audio')) {
      const video = mediaOf(player, track.id) as HTMLVideoElement;
      expect(video.tagName, track.kind).to.equal('VIDEO');
      await until(() => video.readyState >= HTMLMediaElement.HAVE_METADATA, 8000, `${track.kind} metadata`);
      expect(video.videoWidth, `${track.kind} has a picture`).to.be.greaterThan(0);
      // The media is exactly as long as the recording says (to the millisecond the container holds).
      expect(Math.round(video.duration * 1000), track.kind).to.equal(track.durationMs);
    }
    // The audio track carries the call's sound.
    const audio = recording!.tracks.find((t) => t.kind === 'client-audio')!;
    expect(mediaOf(player, audio.id).tagName).to.equal('AUDIO');

    // It plays.
    const camera = mediaOf(player, recording!.tracks[0]!.id) as HTMLVideoElement;
    player.media.handle({ type: 'play' });
    await until(() => camera.currentTime > 0.3, 8000, 'the camera playing');
    player.media.handle({ type: 'pause' });
    // What the camera shows changes over time (read from the same source, outside the player's sync).
    const source = await adapter.recordingSource!(recording!.id, recording!.tracks[0]!.id, signal());
    const video = Object.assign(document.createElement('video'), { muted: true, src: source.url });
    document.body.append(video);
    await until(() => video.readyState >= HTMLMediaElement.HAVE_METADATA, 8000, 'standalone metadata');
    await seek(video, 2);
    const early = pixels(video);
    await seek(video, 9);
    const changedPixels = () => {
      const later = pixels(video);
      let changed = 0;
      for (let i = 0; i < early.length; i += 4) if (Math.abs(early[i]! - later[i]!) > 24) changed += 1;
      return changed;
    };
    // 'seeked' can come before the decoder hands the new frame to a canvas (seen on a busy
    // machine): read the picture again until it shows 0:09, up to the time limit.
    await until(() => changedPixels() > 100, 8000, 'the picture at 0:09 to differ from 0:02 in over 100 pixels');
    video.remove();
    adapter.dispose();
  });
});
