/**
 * Media written by code, for tests, stories and the demo: no binary fixtures to download or
 * commit. A WAV encoder (16-bit PCM) and a tone-and-silence generator.
 */

export interface ToneSegment {
  /** Hz; 0 (or absent) is silence. */
  frequency?: number;
  durationMs: number;
  /** 0–1. */
  amplitude?: number;
}

/** Encodes mono float samples (−1…1) as a 16-bit PCM WAV file. */
export function encodeWav(samples: Float32Array, sampleRate: number): ArrayBuffer {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // byte rate
  view.setUint16(32, 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const clamped = Math.max(-1, Math.min(1, samples[i]!));
    view.setInt16(44 + i * 2, clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff, true);
  }
  return buffer;
}

/** Samples for a sequence of tones and silences. */
export function toneSamples(segments: readonly ToneSegment[], sampleRate: number): Float32Array {
  const total = segments.reduce((sum, s) => sum + Math.round((s.durationMs / 1000) * sampleRate), 0);
  const samples = new Float32Array(total);
  let offset = 0;
  for (const segment of segments) {
    const count = Math.round((segment.durationMs / 1000) * sampleRate);
    const frequency = segment.frequency ?? 0;
    const amplitude = segment.amplitude ?? 0.5;
    if (frequency > 0) {
      for (let i = 0; i < count; i++) samples[offset + i] = amplitude * Math.sin((2 * Math.PI * frequency * i) / sampleRate);
    }
    offset += count;
  }
  return samples;
}

/** A WAV blob of tones and silences: a stand-in for a phone call recording. */
export function toneWav(segments: readonly ToneSegment[], sampleRate = 8000): Blob {
  return new Blob([encodeWav(toneSamples(segments, sampleRate), sampleRate)], { type: 'audio/wav' });
}

/** A call-like pattern: speech bursts separated by pauses, `durationMs` long in total. */
export function callLikeWav(durationMs: number, sampleRate = 8000): Blob {
  const segments: ToneSegment[] = [];
  let used = 0;
  let index = 0;
  while (used < durationMs) {
    const speaking = index % 2 === 0;
    const length = Math.min(durationMs - used, speaking ? 900 + (index % 5) * 300 : 600 + (index % 3) * 400);
    segments.push(speaking ? { frequency: 220 + (index % 4) * 110, durationMs: length, amplitude: 0.3 + (index % 3) * 0.2 } : { durationMs: length });
    used += length;
    index += 1;
  }
  return toneWav(segments, sampleRate);
}

export interface CanvasVideoOptions {
  durationMs: number;
  width?: number;
  height?: number;
  /** Text drawn on every frame, e.g. "Client camera". */
  label?: string;
  /** Background colour. */
  color?: string;
  fps?: number;
}

/**
 * Records a WebM in the browser from an animated canvas (MediaRecorder over
 * `canvas.captureStream`): a running clock on a coloured background. Takes `durationMs` of
 * wall time. The frames show the elapsed time, so sync can be checked by eye in stories.
 */
export async function recordCanvasWebm(options: CanvasVideoOptions): Promise<Blob> {
  const { durationMs, width = 320, height = 180, label = '', color = '#0a5cc2', fps = 30 } = options;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  const stream = canvas.captureStream(fps);
  const mimeType = ['video/webm;codecs=vp8', 'video/webm;codecs=vp9', 'video/webm'].find((type) => MediaRecorder.isTypeSupported(type));
  const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : {});
  const chunks: Blob[] = [];
  recorder.ondataavailable = (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  };
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()));
  const start = performance.now();
  const draw = () => {
    const elapsed = performance.now() - start;
    context.fillStyle = color;
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#ffffff';
    context.font = `${Math.round(height / 6)}px sans-serif`;
    context.fillText(label, 12, height / 4);
    context.fillText(`${(elapsed / 1000).toFixed(1)} s`, 12, (height * 3) / 4);
    context.fillRect(((elapsed % 1000) / 1000) * width, height - 8, 8, 8);
  };
  draw();
  recorder.start(250);
  const timer = setInterval(draw, 1000 / fps);
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  clearInterval(timer);
  recorder.stop();
  await stopped;
  for (const track of stream.getTracks()) track.stop();
  return new Blob(chunks, { type: 'video/webm' });
}
