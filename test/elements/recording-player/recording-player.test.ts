import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RecordingTimeUpdateDetail } from '../../../src/define/recording-player.js';
import { audioRecording, makeAdapter, mediaOf, mountPlayer, ready, sessionDetail, shadow, testWavUrl, until, SESSION_START } from './helpers.js';

describe('<recording-player> single track', () => {
  const recording = audioRecording(4000);

  async function mount(options: { role?: 'operator' | 'supervisor'; detail?: ReturnType<typeof sessionDetail> } = {}) {
    const url = testWavUrl();
    const adapter = makeAdapter({ sourceFor: () => ({ url, type: 'audio/wav' }), role: options.role, detail: options.detail ?? sessionDetail(recording) });
    const player = await mountPlayer(adapter, recording);
    await ready(player, 'phone');
    return { player, adapter };
  }

  it('asks the store for the source and plays, the time advancing', async () => {
    const { player, adapter } = await mount();
    expect(adapter.sourceCalls).to.deep.equal(['phone']);
    shadow(player, '[part="play-button"]').click();
    await until(() => player.media.state.currentMs > 300, 4000, 'playback');
    expect(player.media.state.paused).to.equal(false);
    expect(shadow(player, '[part="play-button"]').getAttribute('aria-label')).to.equal('Pause');
    shadow(player, '[part="play-button"]').click();
    expect(player.media.state.paused).to.equal(true);
    expect(mediaOf(player, 'phone').paused).to.equal(true);
  });

  it('is a labelled slider with value text, stepping by keyboard', async () => {
    const { player } = await mount();
    const slider = shadow(player, '[role="slider"]');
    expect(slider.getAttribute('aria-label')).to.equal('Seek');
    expect(slider.getAttribute('aria-valuemax')).to.equal('4');
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await player.updateComplete;
    expect(player.media.state.currentMs).to.equal(4000); // 5 s step clamps to the end
    await sendKeys({ press: 'Home' });
    await player.updateComplete;
    expect(slider.getAttribute('aria-valuenow')).to.equal('0');
    await sendKeys({ press: 'PageUp' });
    await player.updateComplete;
    expect(slider.getAttribute('aria-valuetext')).to.equal('4 seconds of 4 seconds');
    await until(() => Math.abs(mediaOf(player, 'phone').currentTime - 4) < 0.05, 2000, 'media seeked');
  });

  it('seeks where the seek bar is clicked and shows the hover time', async () => {
    const { player } = await mount();
    const bar = shadow(player, '[part="seek-bar"]');
    const rect = bar.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    bar.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: rect.top + 4, bubbles: true }));
    await player.updateComplete;
    expect(shadow(player, '[part="hover-time"]').textContent.trim()).to.equal('0:02');
    bar.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: rect.top + 4, bubbles: true, button: 0, pointerId: 1 }));
    expect(player.media.state.currentMs).to.be.closeTo(2000, 50);
    await until(() => Math.abs(mediaOf(player, 'phone').currentTime - 2) < 0.06, 2000, 'media seeked');
  });

  it('changes speed and volume through the controls', async () => {
    const { player } = await mount();
    const speed = shadow<HTMLSelectElement>(player, '[part="speed"]');
    speed.value = '1.5';
    speed.dispatchEvent(new Event('change'));
    expect(mediaOf(player, 'phone').playbackRate).to.equal(1.5);
    shadow(player, '[part="play-button"]').click();
    await until(() => player.media.state.currentMs > 300, 4000, 'playback');
    expect(mediaOf(player, 'phone').playbackRate, 'still at the chosen speed while playing').to.equal(1.5);
    player.pause();
    const volume = shadow<HTMLInputElement>(player, '[part="volume"]');
    volume.value = '0.4';
    volume.dispatchEvent(new Event('input'));
    expect(mediaOf(player, 'phone').volume).to.be.closeTo(0.4, 0.001);
    expect(mediaOf(player, 'phone').muted).to.equal(false);
  });

  it('fires sv-recording-timeupdate in session time and seeks to a session time', async () => {
    const offset = 30_000;
    const shifted = { ...recording, offsetMs: offset };
    const url = testWavUrl();
    const adapter = makeAdapter({ sourceFor: () => ({ url, type: 'audio/wav' }), detail: sessionDetail(shifted) });
    const player = await mountPlayer(adapter, shifted);
    await ready(player, 'phone');
    const updates: RecordingTimeUpdateDetail[] = [];
    player.addEventListener('sv-recording-timeupdate', (e) => updates.push(e.detail));
    player.seekToSessionTime(offset + 2500);
    await until(() => updates.length > 0, 2000, 'timeupdate');
    expect(updates.at(-1)).to.deep.include({ recordingId: 'rec-audio', recordingTimeMs: 2500, sessionTimeMs: offset + 2500, at: SESSION_START + offset + 2500 });
    await until(() => Math.abs(mediaOf(player, 'phone').currentTime - 2.5) < 0.06, 2000, 'media seeked');
    player.play();
    await until(() => (updates.at(-1)?.recordingTimeMs ?? 0) > 2700, 3000, 'playing updates');
    player.pause();
  });

  it('reaches the end of a recording whose media is shorter than it claims (6 s claimed, 4 s of audio)', async () => {
    const claimed = audioRecording(6000);
    const url = testWavUrl();
    const adapter = makeAdapter({ sourceFor: () => ({ url, type: 'audio/wav' }), detail: sessionDetail(claimed) });
    const player = await mountPlayer(adapter, claimed);
    await ready(player, 'phone');
    const media = mediaOf(player, 'phone');
    const settled = new Promise((resolve) => media.addEventListener('timeupdate', resolve, { once: true }));
    player.seekToSessionTime(5500);
    await settled; // the media has clamped itself to its own end and said so
    await until(() => !media.seeking, 2000, 'seek done');
    expect(player.media.state.currentMs).to.equal(5500);
    player.seekToSessionTime(6000);
    await until(() => !media.seeking, 2000, 'seek done');
    expect(player.media.state.currentMs).to.equal(6000);
  });

  it('stacks markers close in time so each one can be seen and clicked', async () => {
    const detail = sessionDetail(recording, {
      messages: [
        { id: 'm1', at: SESSION_START + 1000, sender: 'system', systemEvent: 'screen-share-started', text: 'Screen share started' },
        { id: 'm2', at: SESSION_START + 1020, sender: 'operator', authorName: 'Oto', text: 'I can see it' },
      ],
    });
    const { player } = await mount({ detail });
    await until(() => player.shadowRoot!.querySelectorAll('[part~="marker"]').length === 2, 3000, 'markers');
    const markers = [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="marker"]')];
    for (const marker of markers) {
      const box = marker.getBoundingClientRect();
      expect(player.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2), marker.title).to.equal(marker);
    }
    expect(markers.map((marker) => marker.title)).to.have.length(2);
  });

  it('marks messages and routing steps on the timeline; clicking one seeks there', async () => {
    const detail = sessionDetail(recording, {
      messages: [
        { id: 'm1', at: SESSION_START + 1000, sender: 'client', text: 'Hello, my order is late' },
        { id: 'm2', at: SESSION_START + 3000, sender: 'operator', authorName: 'Oto', text: 'Let me check' },
        { id: 'm3', at: SESSION_START + 9000, sender: 'operator', text: 'after the recording ended' },
      ],
      routing: [{ id: 'r1', kind: 'accepted', at: SESSION_START + 2000, target: { id: 'op-1', name: 'Oto', kind: 'operator' } }],
    });
    const { player } = await mount({ detail });
    await until(() => player.shadowRoot!.querySelectorAll('[part~="marker"]').length === 3, 3000, 'markers');
    const markers = [...player.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="marker"]')];
    expect(markers.map((m) => m.getAttribute('aria-label'))).to.deep.equal([
      'Klára: Hello, my order is late (0:01)',
      'Accepted by Oto (0:02)',
      'Oto: Let me check (0:03)',
    ]);
    expect(markers.map((m) => m.tabIndex)).to.deep.equal([0, -1, -1]);
    markers[2]!.click();
    expect(player.media.state.currentMs).to.equal(3000);
    await until(() => Math.abs(mediaOf(player, 'phone').currentTime - 3) < 0.06, 2000, 'media seeked');
    markers[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await player.updateComplete;
    expect(player.shadowRoot!.activeElement).to.equal(markers[1]);
    expect(player.media.state.currentMs).to.equal(3000); // arrows in the marker strip move focus, not the playhead
  });

  it('answers the keyboard shortcuts', async () => {
    const { player } = await mount();
    shadow(player, '.player').focus();
    await sendKeys({ press: 'k' });
    expect(player.media.state.paused).to.equal(false);
    await sendKeys({ press: 'Space' });
    expect(player.media.state.paused).to.equal(true);
    await sendKeys({ press: 'l' });
    expect(player.media.state.currentMs).to.equal(4000);
    await sendKeys({ press: 'j' });
    expect(player.media.state.currentMs).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    expect(player.media.state.currentMs).to.equal(4000);
    await sendKeys({ press: 'ArrowLeft' });
    expect(player.media.state.currentMs).to.equal(0);
    const wasMuted = player.media.state.muted;
    await sendKeys({ press: 'm' });
    expect(player.media.state.muted).to.equal(!wasMuted);
    expect(mediaOf(player, 'phone').muted).to.equal(!wasMuted);
    await sendKeys({ type: '?' });
    expect(shadow(player, '#shortcuts').matches(':popover-open')).to.equal(true);
    expect(shadow(player, '#shortcuts').textContent).to.contain('Play or pause');
  });

  it('offers a download link only when the viewer may download', async () => {
    const { player } = await mount({ role: 'supervisor' });
    await player.updateComplete;
    const link = shadow<HTMLAnchorElement>(player, 'a[part="download"]');
    expect(link.href).to.match(/^blob:/);
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    const { player: operatorView } = await mount({ role: 'operator' });
    expect(operatorView.shadowRoot!.querySelector('[part="download"]')).to.equal(null);
  });

  it('labels every control and passes axe, in English and Czech', async () => {
    const { player } = await mount();
    for (const button of player.shadowRoot!.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') || button.textContent.trim(), button.outerHTML).to.not.equal('');
    }
    await expect(player).to.be.accessible();
    player.setAttribute('lang', 'cs');
    await until(() => shadow(player, '[part="play-button"]').getAttribute('aria-label') === 'Přehrát', 2000, 'Czech');
    expect(shadow(player, '[role="slider"]').getAttribute('aria-valuetext')).to.equal('0 sekund z 4 sekundy');
    await expect(player).to.be.accessible();
  });
});
