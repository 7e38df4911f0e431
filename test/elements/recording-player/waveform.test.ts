import { expect } from '@open-wc/testing';
import { encodeWav, toneSamples } from '../../../src/elements/recording-player/generated-media.js';
import { computePeaks, computeWaveform, waveformPath } from '../../../src/elements/recording-player/waveform.js';
import { audioRecording, makeAdapter, mountPlayer, sessionDetail, shadow, testWavUrl, until } from './helpers.js';

describe('waveform', () => {
  it('computes one peak per bucket across channels, zero for silence', () => {
    const left = new Float32Array([0, 0.5, 0, 0, 0, 0, -0.9, 0.1]);
    const right = new Float32Array([0.2, 0, 0, 0, 0, 0, 0, 0]);
    expect([...computePeaks([left, right], 4)].map((p) => Math.round(p * 10) / 10)).to.deep.equal([0.5, 0, 0, 0.9]);
    expect(computePeaks([], 3)).to.have.length(3);
  });

  it('decodes a generated WAV with Web Audio: tone buckets are loud, silence buckets are flat', async () => {
    const url = testWavUrl(); // 1 s tone, 1 s silence, 1 s quieter tone, 1 s silence
    const peaks = await computeWaveform(url, 8);
    const rounded = [...peaks].map((p) => Math.round(p * 100) / 100);
    expect(rounded[0]).to.be.closeTo(0.8, 0.05);
    expect(rounded[1]).to.be.closeTo(0.8, 0.05);
    expect(rounded[2]).to.be.below(0.02);
    expect(rounded[3]).to.be.below(0.02);
    expect(rounded[4]).to.be.closeTo(0.4, 0.05);
    expect(rounded[6]).to.be.below(0.02);
  });

  it('encodes WAV the browser decodes back to the same duration and sample rate', async () => {
    const samples = toneSamples([{ frequency: 300, durationMs: 500 }, { durationMs: 250 }], 16000);
    const context = new OfflineAudioContext({ numberOfChannels: 1, length: 1, sampleRate: 16000 });
    const audio = await context.decodeAudioData(encodeWav(samples, 16000));
    expect(audio.sampleRate).to.equal(16000);
    expect(audio.duration).to.be.closeTo(0.75, 0.001);
  });

  it('draws silence as a hairline and the loudest peak full height', () => {
    const path = waveformPath(new Float32Array([0, 0.5, 0.25]));
    expect(path).to.equal('M0.5 49.5V50.5M1.5 2.0V98.0M2.5 26.0V74.0');
  });

  it('shows the waveform behind the seek bar of an audio-only recording', async () => {
    const recording = audioRecording(4000);
    const url = testWavUrl();
    const player = await mountPlayer(makeAdapter({ sourceFor: () => ({ url, type: 'audio/wav' }), detail: sessionDetail(recording) }), recording);
    await until(() => player.shadowRoot!.querySelector('[part="waveform"] path') !== null, 5000, 'waveform');
    const path = shadow(player, '[part="waveform"] path').getAttribute('d')!;
    expect(path.split('M')).to.have.length(601); // 600 buckets
    expect(shadow(player, '[part="waveform"]').getAttribute('aria-hidden')).to.equal('true');
    await expect(player).to.be.accessible();
  });
});
