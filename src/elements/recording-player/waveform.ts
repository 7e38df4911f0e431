/**
 * Waveforms computed in the browser, so a recording from any storage gets one: the file is
 * fetched, decoded with Web Audio at a low sample rate (an hour-long call stays ~30 MB of
 * samples) and reduced to one peak per bucket.
 */

/** Telephony rate: enough to see speech and silence, cheap for long calls. */
const DECODE_SAMPLE_RATE = 8000;

/**
 * Peak absolute amplitude (0–1) per bucket across all channels. A silent stretch gives zeros,
 * so silence is visible as a flat line.
 */
export function computePeaks(channels: readonly Float32Array[], buckets: number): Float32Array {
  const peaks = new Float32Array(buckets);
  const length = channels[0]?.length ?? 0;
  if (length === 0 || buckets <= 0) return peaks;
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = Math.floor((bucket * length) / buckets);
    const end = Math.max(start + 1, Math.floor(((bucket + 1) * length) / buckets));
    let peak = 0;
    for (const samples of channels) {
      for (let i = start; i < end && i < length; i++) {
        const value = Math.abs(samples[i]!);
        if (value > peak) peak = value;
      }
    }
    peaks[bucket] = Math.min(1, peak);
  }
  return peaks;
}

/** Fetches and decodes an audio file and returns its peaks. Rejects on fetch or decode failure. */
export async function computeWaveform(url: string, buckets: number, signal?: AbortSignal): Promise<Float32Array> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`Waveform: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  signal?.throwIfAborted();
  const context = new OfflineAudioContext({ numberOfChannels: 1, length: 1, sampleRate: DECODE_SAMPLE_RATE });
  const audio = await context.decodeAudioData(bytes);
  signal?.throwIfAborted();
  const channels = Array.from({ length: audio.numberOfChannels }, (_, i) => audio.getChannelData(i));
  return computePeaks(channels, buckets);
}

/**
 * An SVG path of vertical bars, one per peak, in a `buckets × 100` viewBox centred on y = 50.
 * Peaks are scaled to the loudest one so quiet recordings still read; silence stays a hairline.
 */
export function waveformPath(peaks: Float32Array): string {
  let loudest = 0;
  for (const peak of peaks) loudest = Math.max(loudest, peak);
  const scale = loudest > 0 ? 48 / loudest : 0;
  const parts: string[] = [];
  for (let i = 0; i < peaks.length; i++) {
    const half = Math.max(0.5, peaks[i]! * scale);
    parts.push(`M${i + 0.5} ${(50 - half).toFixed(1)}V${(50 + half).toFixed(1)}`);
  }
  return parts.join('');
}
