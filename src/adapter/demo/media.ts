/**
 * Playable demo recordings made in code: a WAV of speech-like bursts (a voiced tone with syllable
 * rhythm) separated by silences, so a player has something to play and a waveform has shape.
 * 8 kHz, 8-bit mono keeps a ten-minute track under 5 MB and its synthesis to tens of milliseconds.
 */
import { Random } from './prng.js';

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
 * Blob URLs per track, made on first request and kept until `dispose()`: a player seeking back
 * and forth must not regenerate audio, and revoked URLs must not break a playing element.
 */
export class RecordingMedia {
  private readonly blobs = new Map<string, Blob>();
  private readonly current = new Map<string, string>();
  private readonly urls: string[] = [];

  /** `fresh` mints a new URL (as a signed-URL host would after expiry) from the cached audio. */
  url(trackId: string, seed: number, durationMs: number, fresh = false): string {
    const existing = this.current.get(trackId);
    if (existing && !fresh) return existing;
    let blob = this.blobs.get(trackId);
    if (!blob) {
      blob = new Blob([speechLikeWav(seed, durationMs)], { type: 'audio/wav' });
      this.blobs.set(trackId, blob);
    }
    const url = URL.createObjectURL(blob);
    this.current.set(trackId, url);
    this.urls.push(url);
    return url;
  }

  dispose(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls.length = 0;
    this.blobs.clear();
    this.current.clear();
  }
}
