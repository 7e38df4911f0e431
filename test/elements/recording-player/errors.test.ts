import { expect } from '@open-wc/testing';
import type { RecordingErrorDetail } from '../../../src/define/recording-player.js';
import type { RecordingPlayer } from '../../../src/define/recording-player.js';
import { audioRecording, makeAdapter, mediaOf, mountPlayer, ready, sessionDetail, shadow, testWavUrl, until, type SourceFor } from './helpers.js';

const recording = audioRecording(4000);

async function mountWith(sourceFor: SourceFor, rec = recording) {
  const adapter = makeAdapter({ sourceFor, detail: sessionDetail(rec) });
  const errors: RecordingErrorDetail[] = [];
  const player = await mountPlayer(adapter, rec);
  player.addEventListener('sv-recording-error', (e) => errors.push(e.detail));
  return { player, adapter, errors };
}

function alertText(player: RecordingPlayer): string {
  return shadow(player, '[part="error"]').textContent.replace(/\s+/g, ' ').trim();
}

/** Makes the track's element report a MediaError with `code`, as the browser would. */
function raiseMediaError(player: RecordingPlayer, trackId: string, code: number): void {
  const media = mediaOf(player, trackId);
  Object.defineProperty(media, 'error', { configurable: true, get: () => ({ code, message: `simulated ${code}` }) });
  // Like a real element, a new load (a fresh source) clears the error.
  media.addEventListener('loadstart', () => delete (media as { error?: unknown }).error, { once: true });
  media.dispatchEvent(new Event('error'));
}

describe('<recording-player> errors', function () {
  this.timeout(20000);

  it('garbage bytes: MEDIA_ERR_SRC_NOT_SUPPORTED from a real failing source, with its own message', async () => {
    const garbage = URL.createObjectURL(new Blob([crypto.getRandomValues(new Uint8Array(4096))], { type: 'audio/wav' }));
    const { player, errors } = await mountWith(() => ({ url: garbage, type: 'audio/wav' }));
    await until(() => player.media.state.error !== undefined, 5000, 'error');
    await player.updateComplete;
    expect(player.media.state.error!.kind).to.equal('src-not-supported');
    expect(alertText(player)).to.contain('format is not supported or the file is invalid');
    expect(errors.at(-1)).to.deep.include({ kind: 'src-not-supported', trackId: 'phone', recordingId: 'rec-audio' });
    expect(shadow(player, '[role="slider"]').getAttribute('aria-disabled')).to.equal('true');
    await expect(player).to.be.accessible();
  });

  it('a WAV whose data is cut off mid-header: a real failure, never a hang', async () => {
    const wav = await (await fetch(testWavUrl())).arrayBuffer();
    const broken = URL.createObjectURL(new Blob([wav.slice(0, 30)], { type: 'audio/wav' }));
    const { player } = await mountWith(() => ({ url: broken, type: 'audio/wav' }));
    await until(() => player.media.state.error !== undefined, 5000, 'error');
    expect(['src-not-supported', 'decode']).to.include(player.media.state.error!.kind);
  });

  it('a 404 on the server: the missing-recording state, found by asking the server', async () => {
    const { player } = await mountWith(() => ({ url: `/no-such-recording-${Date.now()}.wav`, type: 'audio/wav' }));
    await until(() => player.media.state.error !== undefined, 5000, 'error');
    await player.updateComplete;
    expect(player.media.state.error!.kind).to.equal('missing');
    expect(alertText(player)).to.contain('The recording is missing');
  });

  for (const [code, kind, text, expiryLike] of [
    [1, 'aborted', 'was stopped before it finished', false],
    [2, 'network', 'network problem', true],
    [3, 'decode', 'damaged', false],
    [4, 'src-not-supported', 'format is not supported', true],
  ] as const) {
    it(`maps MediaError code ${code} to "${kind}" with its own message`, async () => {
      const first = testWavUrl();
      const fresh = testWavUrl();
      const { player, adapter } = await mountWith((_, call) => ({ url: call === 1 ? first : fresh, type: 'audio/wav' }));
      await ready(player, 'phone');
      raiseMediaError(player, 'phone', code);
      if (expiryLike) {
        // A load failure of a source that worked looks like an expired URL: one fresh source,
        // and when that fails as well, the error is shown.
        await until(() => mediaOf(player, 'phone').src === fresh && player.media.track('phone')!.loaded, 5000, 'fresh source loaded');
        raiseMediaError(player, 'phone', code);
      }
      await until(() => player.media.state.error !== undefined, 3000, 'error');
      await player.updateComplete;
      expect(player.media.state.error!.kind).to.equal(kind);
      expect(alertText(player)).to.contain(text);
      expect(adapter.sourceCalls).to.have.length(expiryLike ? 2 : 1);
    });
  }

  it('a load error when the element has data but its loaded events have not run yet: the source worked, so one fresh source', async () => {
    const first = testWavUrl();
    const fresh = testWavUrl();
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const { player, adapter } = await mountWith(async (_, call) => {
      if (call === 1) await opened;
      return { url: call === 1 ? first : fresh, type: 'audio/wav' };
    });
    // The element's "loaded" events are held back from the player, as on a busy page whose tasks
    // have not run yet while readyState already says the data is there.
    const hold = (event: Event) => event.stopPropagation();
    for (const type of ['loadedmetadata', 'loadeddata']) player.shadowRoot!.addEventListener(type, hold, { capture: true });
    open();
    await until(() => mediaOf(player, 'phone').readyState >= HTMLMediaElement.HAVE_CURRENT_DATA, 5000, 'the first source has data');
    for (const type of ['loadedmetadata', 'loadeddata']) player.shadowRoot!.removeEventListener(type, hold, { capture: true });
    raiseMediaError(player, 'phone', 2);
    await until(() => mediaOf(player, 'phone').src === fresh && player.media.track('phone')!.loaded, 5000, 'fresh source loaded');
    expect(adapter.sourceCalls).to.have.length(2);
    expect(player.media.state.error).to.equal(undefined);
  });

  it('unsupported format: the MIME type the browser cannot play gets its own state', async () => {
    const { player } = await mountWith(() => ({ url: testWavUrl(), type: 'audio/x-made-up-codec' }));
    await until(() => player.media.state.error !== undefined, 3000, 'error');
    await player.updateComplete;
    expect(player.media.state.error!.kind).to.equal('unsupported-format');
    expect(alertText(player)).to.contain('cannot play recordings of type audio/x-made-up-codec');
  });

  it('missing recording: the host says not found, or the recording has no tracks', async () => {
    const { player } = await mountWith(() => {
      throw Object.assign(new Error('gone'), { status: 404 });
    });
    await until(() => player.media.state.error !== undefined, 3000, 'error');
    expect(player.media.state.error!.kind).to.equal('missing');
    const empty = { ...recording, tracks: [] };
    const { player: emptyPlayer } = await mountWith(() => ({ url: '', type: '' }), empty);
    await emptyPlayer.updateComplete;
    expect(alertText(emptyPlayer)).to.contain('The recording is missing');
  });

  it('a refusal to give the source reads as forbidden; Retry asks again', async () => {
    let refuse = true;
    const url = testWavUrl();
    const { player, adapter } = await mountWith(() => {
      if (refuse) throw Object.assign(new Error('no'), { status: 403 });
      return { url, type: 'audio/wav' };
    });
    await until(() => player.media.state.error !== undefined, 3000, 'error');
    await player.updateComplete;
    expect(alertText(player)).to.contain('You are not allowed to play this recording');
    refuse = false;
    shadow<HTMLButtonElement>(player, '[part="error"] button').click();
    await ready(player, 'phone');
    expect(player.media.state.error).to.equal(undefined);
    expect(adapter.sourceCalls).to.have.length(2);
  });
});

describe('<recording-player> expired signed URLs', function () {
  this.timeout(20000);

  it('asks for the source exactly once more and resumes at the same position', async () => {
    const good = testWavUrl();
    const expiresAt = Date.now() + 1500;
    const { player, adapter } = await mountWith((_, call) =>
      call === 1 ? { url: good, type: 'audio/wav', expiresAt } : { url: good, type: 'audio/wav', expiresAt: Date.now() + 60_000 },
    );
    await ready(player, 'phone');
    player.media.handle({ type: 'seek', ms: 1000 });
    player.play();
    await until(() => Date.now() > expiresAt && player.media.state.currentMs > 1200, 4000, 'playing past the expiry');
    // The next range request of the expired URL fails the way a signed URL does.
    const media = mediaOf(player, 'phone');
    const position = player.media.state.currentMs;
    raiseMediaError(player, 'phone', 2);
    delete (media as { error?: unknown }).error;
    await until(() => adapter.sourceCalls.length === 2, 3000, 'second source request');
    await until(() => !media.paused && player.media.state.currentMs > position, 4000, 'resumed');
    expect(player.media.state.currentMs - position).to.be.below(900);
    expect(player.media.state.error).to.equal(undefined);
    player.pause();
    expect(adapter.sourceCalls).to.deep.equal(['phone', 'phone']);
  });

  it('a loaded URL that stops working (no expiresAt, HEAD unusable as without CORS): one new request without probing, resumes in place', async () => {
    const first = testWavUrl();
    const fresh = testWavUrl();
    const heads: string[] = [];
    const realFetch = window.fetch;
    // What a CDN without CORS gives a probe: a network TypeError, never a status.
    window.fetch = (input, init) => {
      if (init?.method === 'HEAD') {
        heads.push(input instanceof Request ? input.url : String(input));
        return Promise.reject(new TypeError('Failed to fetch'));
      }
      return realFetch(input, init);
    };
    try {
      const { player, adapter, errors } = await mountWith((_, call) => ({ url: call === 1 ? first : fresh, type: 'audio/wav' }));
      await ready(player, 'phone');
      player.media.handle({ type: 'seek', ms: 1000 });
      player.play();
      await until(() => player.media.state.currentMs > 1500, 4000, 'playing');
      const position = player.media.state.currentMs;
      raiseMediaError(player, 'phone', 2);
      const media = mediaOf(player, 'phone');
      delete (media as { error?: unknown }).error;
      await until(() => media.src === fresh && !media.paused && player.media.state.currentMs > position, 5000, 'resumed on the fresh source');
      expect(player.media.state.currentMs - position).to.be.below(900);
      player.pause();
      expect(adapter.sourceCalls).to.deep.equal(['phone', 'phone']);
      expect(heads).to.deep.equal([]);
      expect(player.media.state.error).to.equal(undefined);
      expect(errors).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a fresh source that loads and then fails at once: the error, after exactly one re-request', async () => {
    const first = testWavUrl();
    const fresh = testWavUrl();
    const { player, adapter } = await mountWith((_, call) => ({ url: call === 1 ? first : fresh, type: 'audio/wav' }));
    await ready(player, 'phone');
    raiseMediaError(player, 'phone', 2);
    await until(() => mediaOf(player, 'phone').src === fresh && player.media.track('phone')!.loaded, 5000, 'fresh source loaded');
    raiseMediaError(player, 'phone', 2);
    await until(() => player.media.state.error !== undefined, 3000, 'error');
    // Showing the error is the end of the flow: a player that asked again would not show it.
    expect(adapter.sourceCalls).to.deep.equal(['phone', 'phone']);
    expect(player.media.state.error!.kind).to.equal('network');
    await player.updateComplete;
    expect(alertText(player)).to.contain('network problem');
  });

  it('an already expired URL that fails to load: one new request, then plays', async () => {
    const good = testWavUrl();
    const { player, adapter } = await mountWith((_, call) =>
      call === 1 ? { url: `/expired-${Date.now()}.wav`, type: 'audio/wav', expiresAt: Date.now() - 1000 } : { url: good, type: 'audio/wav' },
    );
    await ready(player, 'phone');
    expect(adapter.sourceCalls).to.deep.equal(['phone', 'phone']);
    expect(player.media.state.error).to.equal(undefined);
  });

  it('never loops: when the fresh source fails too, the error is shown after exactly one re-request', async () => {
    const { player, adapter } = await mountWith(() => ({ url: `/expired-${Math.random()}.wav`, type: 'audio/wav', expiresAt: Date.now() - 1000 }));
    await until(() => player.media.state.error !== undefined, 5000, 'error');
    // Showing the error is the end of the flow: a player that asked again would not show it.
    expect(adapter.sourceCalls).to.deep.equal(['phone', 'phone']);
    expect(['src-not-supported', 'network', 'missing']).to.include(player.media.state.error!.kind);
  });
});
