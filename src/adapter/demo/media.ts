/**
 * Playable demo recordings: camera and screen tracks are short-lived cuts of committed video clips
 * with moving pictures (exactly the length each recording claims); audio tracks are a WAV made in
 * code of speech-like bursts (a voiced tone with syllable rhythm) separated by silences, so a
 * player has something to play and a waveform has shape. 8 kHz, 8-bit mono keeps a ten-minute
 * track under 5 MB and its synthesis to tens of milliseconds.
 */
import type { TrackKind } from '../../model/index.js';
import { Random } from './prng.js';
import { cutWebm } from './webm-cut.js';

const SAMPLE_RATE = 8000;
/** Longer tracks are cut here: the demo should never allocate hundreds of megabytes. */
export const MAX_GENERATED_MS = 20 * 60_000;

function writeAscii(view: DataView, offset: number, text: string): void {
  for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
}

/** Raw WAV bytes; deterministic in (seed, durationMs). */
export function speechLikeWav(seed: number, durationMs: number): Uint8Array<ArrayBuffer> {
  const random = new Random(seed);
  const samples = Math.max(1, Math.round((Math.min(durationMs, MAX_GENERATED_MS) / 1000) * SAMPLE_RATE));
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  writeAscii(view, 0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  writeAscii(view, 8, 'WAVE');
  writeAscii(view, 12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE, true); // byte rate: 1 byte per sample
  view.setUint16(32, 1, true); // block align
  view.setUint16(34, 8, true); // bits per sample
  writeAscii(view, 36, 'data');
  view.setUint32(40, samples, true);
  bytes.fill(128, 44); // 8-bit PCM is unsigned: 128 is silence
  let position = 0;
  while (position < samples) {
    position += Math.round((0.2 + random.next() * 1.3) * SAMPLE_RATE); // pause
    const length = Math.round((0.4 + random.next() * 2.2) * SAMPLE_RATE);
    const pitch = 110 + random.next() * 120;
    const syllableRate = 3 + random.next() * 3;
    const loudness = 40 + random.next() * 70;
    const end = Math.min(samples, position + length);
    for (let i = position; i < end; i++) {
      const t = (i - position) / SAMPLE_RATE;
      const envelope = Math.abs(Math.sin(Math.PI * syllableRate * t)) * Math.sin((Math.PI * (i - position)) / length);
      const phase = 2 * Math.PI * pitch * t;
      const voiced = Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase);
      const value = 128 + loudness * envelope * (voiced / 1.75 + (random.next() - 0.5) * 0.3);
      bytes[44 + i] = Math.max(0, Math.min(255, Math.round(value)));
    }
    position = end;
  }
  return bytes;
}

/**
 * 25-minute clips (the longest demo recording) with moving pictures (2 frames a second, VP9 WebM, 100–200 KB each; made
 * by tooling/build-demo-media.sh), cut to each recording's claimed length when asked for.
 */
const VIDEO_CLIPS: Partial<Record<TrackKind, URL>> = {
  'client-camera': new URL('./media/client-camera.webm', import.meta.url),
  'operator-camera': new URL('./media/operator-camera.webm', import.meta.url),
  screen: new URL('./media/screen.webm', import.meta.url),
};

/**
 * Blob URLs per track, made on first request and kept until `dispose()`: a player seeking back
 * and forth must not regenerate media, and revoked URLs must not break a playing element.
 */
export class RecordingMedia {
  private readonly blobs = new Map<string, Blob>();
  private readonly current = new Map<string, string>();
  private readonly urls: string[] = [];
  private readonly clips = new Map<TrackKind, Promise<Uint8Array | undefined>>();

  /**
   * A track's media: the clip of its kind cut to `durationMs` for cameras and screens, speech-like
   * audio otherwise (and where the clip cannot be loaded: a bundle without the media folder).
   * `fresh` mints a new URL (as a signed-URL host would after expiry) from the cached media.
   */
  async source(track: { id: string; kind: TrackKind; durationMs: number }, seed: number, fresh = false): Promise<{ url: string; type: string }> {
    const existing = this.current.get(track.id);
    let blob = this.blobs.get(track.id);
    if (existing && blob && !fresh) return { url: existing, type: blob.type };
    if (!blob) {
      const clip = await this.clip(track.kind);
      blob = clip
        ? new Blob([cutWebm(clip, track.durationMs)], { type: 'video/webm' })
        : new Blob([speechLikeWav(seed, track.durationMs)], { type: 'audio/wav' });
      this.blobs.set(track.id, blob);
    }
    const url = URL.createObjectURL(blob);
    this.current.set(track.id, url);
    this.urls.push(url);
    return { url, type: blob.type };
  }

  private clip(kind: TrackKind): Promise<Uint8Array | undefined> {
    const location = VIDEO_CLIPS[kind];
    if (!location) return Promise.resolve(undefined);
    let clip = this.clips.get(kind);
    if (!clip) {
      clip = fetch(location)
        .then(async (response) => (response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined))
        .catch(() => undefined);
      this.clips.set(kind, clip);
    }
    return clip;
  }

  dispose(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls.length = 0;
    this.blobs.clear();
    this.current.clear();
    this.clips.clear();
  }
}
