/**
 * The transcript ↔ recording link inside <session-detail>: real generated audio (a WAV written in
 * the test), the real player and the real transcript.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/session-detail.js';
import type { SessionDetail } from '../../../src/elements/session-detail/session-detail.js';
import type { LinkedTranscript } from '../../../src/elements/session-detail/linked-transcript/linked-transcript.js';
import type { SessionTranscript } from '../../../src/elements/session-detail/transcript/session-transcript.js';
import type { RecordingPlayer } from '../../../src/elements/recording-player/recording-player.js';
import type { Recording } from '../../../src/model/index.js';
import { testWavUrl, until } from '../recording-player/helpers.js';
import { detail, message, settle, T0, testStore } from './fixtures.js';

// The 4 s test WAV starts 1 s into the session.
const recording: Recording = { id: 'rec-1', kind: 'phone', offsetMs: 1000, durationMs: 4000, tracks: [{ id: 'phone', kind: 'phone-audio', offsetMs: 0, durationMs: 4000 }] };
const conversation = [
  message(0, { at: T0, text: 'Before the call' }),
  message(1, { at: T0 + 1500, text: 'Hello, how can I help?' }),
  message(2, { at: T0 + 2500, text: 'My parcel is late' }),
  message(3, { at: T0 + 3800, text: 'Let me check' }),
  message(4, { at: T0 + 10_000, text: 'After the call' }),
];

async function mount(tab: SessionDetail['tab'] = 'transcript') {
  const url = testWavUrl();
  const { store, adapter } = testStore({
    sessions: [detail({ hasRecording: true, recordings: [recording], messages: conversation, messageCount: conversation.length })],
    overrides: { recordingSource: async () => ({ url, type: 'audio/wav' }) },
  });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 640px; width: 560px; display: flex">
    <session-detail style="flex: 1" .store=${store} session-id="s-1" tab=${tab}></session-detail>
  </div>`);
  const el = wrapper.querySelector('session-detail')!;
  await settle(store, el);
  const linked = el.shadowRoot!.querySelector<LinkedTranscript>('sv-linked-transcript');
  return { el, store, adapter, linked };
}

async function parts(el: SessionDetail) {
  const linked = el.shadowRoot!.querySelector<LinkedTranscript>('sv-linked-transcript')!;
  await linked.updateComplete;
  const player = linked.shadowRoot!.querySelector<RecordingPlayer>('recording-player')!;
  const transcript = linked.shadowRoot!.querySelector<SessionTranscript>('sv-transcript')!;
  await until(() => !!transcript.shadowRoot!.querySelector('[data-index]'), 3000, 'transcript rows');
  const media = () => player.shadowRoot!.querySelector<HTMLMediaElement>('[data-track="phone"]')!;
  await until(() => !!media() && media().readyState >= HTMLMediaElement.HAVE_FUTURE_DATA, 8000, 'audio ready');
  player.media.handle({ type: 'mute', muted: true });
  return { linked, player, transcript, media };
}

const row = (transcript: SessionTranscript, id: string) => transcript.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!;
const playingIds = (transcript: SessionTranscript) =>
  [...transcript.shadowRoot!.querySelectorAll('[aria-current="true"]')].map((element) => element.getAttribute('data-id'));

describe('<session-detail> transcript ↔ recording link', () => {

  it('docks the player above the transcript, with "play from here" only on messages the recording covers', async () => {
    const { el } = await mount();
    const { linked, transcript } = await parts(el);
    const dock = linked.shadowRoot!.querySelector<HTMLElement>('[part="dock"]')!;
    expect(dock.getAttribute('aria-label')).to.equal('Recording player');
    expect(dock.getBoundingClientRect().bottom).to.be.at.most(transcript.getBoundingClientRect().top + 1);
    const buttons = [...transcript.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="play-from"]')];
    expect(buttons.map((b) => b.closest('[data-id]')!.getAttribute('data-id'))).to.deep.equal(['m-1', 'm-2', 'm-3']);
    // Each shows where in the recording it lands (m-2: 2.5 s into the session, 1.5 s into the recording).
    expect(buttons.map((b) => b.textContent.replace('▶', '').trim())).to.deep.equal(['0:00', '0:01', '0:02']);
    expect(buttons[1]!.getAttribute('aria-label')).to.equal('Play the recording from 0:01');
    expect(row(transcript, 'm-0').querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('plays from a message when its time is pressed (mouse and keyboard)', async () => {
    const { el } = await mount();
    const { player, transcript, media } = await parts(el);
    row(transcript, 'm-2').querySelector<HTMLButtonElement>('[part="play-from"]')!.click();
    // m-2 is 2.5 s into the session, 1.5 s into the recording.
    expect(player.media.state.currentMs).to.equal(1500);
    await until(() => !media().paused && media().currentTime >= 1.5, 4000, 'playing from m-2');
    expect(media().currentTime).to.be.lessThan(2.5);
    player.pause();

    const button = row(transcript, 'm-1').querySelector<HTMLButtonElement>('[part="play-from"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    // It plays on while the key press returns from the test server: somewhere just after 0.5 s.
    expect(player.media.state.currentMs).to.be.within(500, 1400);
    expect(player.media.state.paused).to.equal(false);
    expect(media().currentTime).to.be.within(0.5, 1.4);
    player.pause();
  });

  it('marks the message at the playback position as it moves', async () => {
    const { el } = await mount();
    const { linked, player, transcript } = await parts(el);
    expect(playingIds(transcript)).to.deep.equal([]);
    player.seekToSessionTime(2900);
    await linked.updateComplete;
    await transcript.updateComplete;
    expect(playingIds(transcript)).to.deep.equal(['m-2']);
    expect(row(transcript, 'm-2').part.contains('playing-message')).to.equal(true);
    player.seekToSessionTime(1200); // after the recording starts, before m-1: the last message before it
    await linked.updateComplete;
    await transcript.updateComplete;
    expect(playingIds(transcript)).to.deep.equal(['m-0']);
    // Real playback: the highlight follows the clock from m-2 to m-3 (at 2.8 s into the recording).
    player.seekToSessionTime(3600);
    player.play();
    await until(() => playingIds(transcript)[0] === 'm-3', 4000, 'highlight reaches m-3');
    player.pause();
    await expect(el).to.be.accessible();
  });

  it('carries the position to the Recordings tab', async () => {
    const { el, store } = await mount();
    const { player } = await parts(el);
    player.seekToSessionTime(3500);
    el.tab = 'recordings';
    await settle(store, el);
    const fullPlayer = el.shadowRoot!.querySelector<RecordingPlayer>('[role="tabpanel"] recording-player')!;
    await fullPlayer.updateComplete;
    expect(fullPlayer.media.state.currentMs).to.equal(2500);
    const media = fullPlayer.shadowRoot!.querySelector<HTMLMediaElement>('[data-track="phone"]')!;
    await until(() => Math.abs(media.currentTime - 2.5) < 0.1, 8000, 'full player at 2.5 s');
  });

  it('keeps the plain transcript when the host serves no recordings', async () => {
    const { store } = testStore({ sessions: [detail({ recordings: [recording] })], capabilities: { recordings: false } });
    const el = await fixture<SessionDetail>(html`<session-detail .store=${store} session-id="s-1"></session-detail>`);
    await settle(store, el);
    expect(el.shadowRoot!.querySelector('sv-linked-transcript')).to.equal(null);
    const transcript = el.shadowRoot!.querySelector<SessionTranscript>('sv-transcript')!;
    await until(() => !!transcript.shadowRoot!.querySelector('[data-index]'), 3000, 'rows');
    expect(transcript.shadowRoot!.querySelector('[part="play-from"]')).to.equal(null);
  });
});
