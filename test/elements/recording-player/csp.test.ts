import { expect } from '@open-wc/testing';
import { audioRecording, makeAdapter, sessionDetail, SESSION_START, testWavUrl, until } from './helpers.js';

/**
 * A host with a strict Content-Security-Policy (no 'unsafe-inline' styles) blocks every `style`
 * attribute written as markup or through setAttribute — what Lit's `styleMap` does on its first
 * render. The player must position its seek fill, thumb, hover time and markers without one.
 */
describe('<recording-player> under a strict CSP (style-src without unsafe-inline)', function () {
  this.timeout(20000);

  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  async function strictFrame(): Promise<{ doc: Document; violations: string[] }> {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '400px';
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <meta http-equiv="Content-Security-Policy" content="style-src 'self'">
      </head><body></body></html>`;
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const violations: string[] = [];
    doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective}: ${event.sample}`));
    // The player module loaded inside the frame's own realm, so the frame's policy governs it.
    const define = new URL('/src/define/recording-player.js', document.baseURI).href;
    await (win.eval(`import(${JSON.stringify(define)})`) as Promise<unknown>);
    return { doc, violations };
  }

  it('renders, plays, seeks and hovers with no policy violation, and every position is applied', async () => {
    const recording = audioRecording(4000);
    const detail = sessionDetail(recording, {
      messages: [{ id: 'm1', at: SESSION_START + 1000, sender: 'client', text: 'hello' }],
    });
    const url = testWavUrl();
    const adapter = makeAdapter({ sourceFor: () => ({ url, type: 'audio/wav' }), detail });
    const { doc, violations } = await strictFrame();

    const player = doc.createElement('recording-player');
    player.adapter = adapter;
    player.sessionId = 's-1';
    player.recording = recording;
    doc.body.append(player);
    await player.updateComplete;
    player.media.handle({ type: 'mute', muted: true });
    const root = player.shadowRoot!;
    const media = root.querySelector<HTMLMediaElement>('[data-track="phone"]')!;
    await until(() => media.readyState >= HTMLMediaElement.HAVE_FUTURE_DATA, 8000, 'media ready');
    await until(() => root.querySelector('[data-marker]') !== null, 3000, 'marker rendered');

    const bar = root.querySelector<HTMLElement>('[part="seek-bar"]')!;
    const rect = bar.getBoundingClientRect();
    player.media.handle({ type: 'seek', ms: 2000 });
    bar.dispatchEvent(new PointerEvent('pointermove', { clientX: rect.left + rect.width * 0.75, clientY: rect.top + 4, bubbles: true }));
    await player.updateComplete;
    player.play();
    await until(() => player.media.state.currentMs > 2200, 4000, 'playing');
    player.pause();
    await player.updateComplete;

    expect(violations).to.deep.equal([]);

    // The positions really took effect (a blocked style attribute would leave them all at 0).
    const played = player.media.state.currentMs / 4000;
    const fill = root.querySelector<HTMLElement>('.seek-fill')!;
    const rail = root.querySelector<HTMLElement>('.seek-rail')!;
    expect(fill.getBoundingClientRect().width / rail.getBoundingClientRect().width).to.be.closeTo(played, 0.03);
    const thumb = root.querySelector<HTMLElement>('[role="slider"]')!.getBoundingClientRect();
    expect((thumb.left + thumb.width / 2 - rect.left) / rect.width).to.be.closeTo(played, 0.03);
    const hover = root.querySelector<HTMLElement>('[part="hover-time"]')!.getBoundingClientRect();
    expect((hover.left + hover.width / 2 - rect.left) / rect.width).to.be.closeTo(0.75, 0.03);
    const marker = root.querySelector<HTMLElement>('[data-marker]')!.getBoundingClientRect();
    expect((marker.left + marker.width / 2 - rect.left) / rect.width).to.be.closeTo(0.25, 0.03);
  });
});
