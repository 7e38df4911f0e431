import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/sv-transcript.js';
import type { SessionTranscript } from '../../../src/elements/session-detail/transcript/session-transcript.js';
import { isRowVisible, playingIndex } from '../../../src/elements/session-detail/transcript/playback.js';
import { message, messages, T0 } from './fixtures.js';


describe('playingIndex', () => {
  const list = [message(0, { at: 100 }), message(1, { at: 200 }), message(2, { at: 200 }), message(3, { at: 400 })];
  it('finds the latest message at or before the instant', () => {
    expect(playingIndex(list, 99)).to.equal(-1);
    expect(playingIndex(list, 100)).to.equal(0);
    expect(playingIndex(list, 250)).to.equal(2);
    expect(playingIndex(list, 10_000)).to.equal(3);
    expect(playingIndex(list, undefined)).to.equal(-1);
    expect(playingIndex([], 500)).to.equal(-1);
  });
});

describe('<sv-transcript> following playback', () => {
  // 300 messages a minute apart; the recording covers all of them.
  const list = messages(300);
  const span = { from: T0, to: T0 + 300 * 60_000 };

  async function mount(): Promise<SessionTranscript> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 400px; width: 480px; display: flex">
      <sv-transcript style="flex: 1" .messages=${list} .playback=${span}
        .viewer=${{ id: 'me', name: 'Me', role: 'operator' as const, timeZone: 'Europe/Prague', locale: 'en-GB' }}></sv-transcript>
    </div>`);
    const element = wrapper.querySelector('sv-transcript')!;
    // Includes the virtualizer's first rows.
    await element.updateComplete;
    return element;
  }
  const log = (el: SessionTranscript) => el.shadowRoot!.querySelector<HTMLElement>('[role="log"]')!;
  const at = (index: number) => T0 + index * 60_000 + 30_000;
  async function moveTo(el: SessionTranscript, index: number) {
    el.playbackAt = at(index);
    await el.updateComplete;
  }

  it('scrolls the playing message into view while the reader follows along', async () => {
    const el = await mount();
    await moveTo(el, 150);
    expect(el.playingMessageIndex).to.equal(150);
    expect(isRowVisible(log(el), 150)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[data-index="150"]')!.getAttribute('aria-current')).to.equal('true');
    await moveTo(el, 151);
    expect(isRowVisible(log(el), 151)).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('[aria-current]').length).to.equal(1);
  });

  it('does not fight a reader who scrolled away, and offers a way back', async () => {
    const el = await mount();
    await moveTo(el, 150);
    log(el).scrollTop = 0;
    await el.updateComplete;
    await moveTo(el, 152);
    expect(el.playingMessageIndex).to.equal(152);
    expect(log(el).scrollTop, 'stays where the reader put it').to.equal(0);
    const pill = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-playing"]')!;
    expect(pill.textContent).to.contain('Show the message playing now');
    await expect(el).to.be.accessible();
    pill.click();
    await el.updateComplete;
    expect(isRowVisible(log(el), 152)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="show-playing"]')).to.equal(null);
    // Following again: the next message is brought into view.
    await moveTo(el, 170);
    expect(isRowVisible(log(el), 170)).to.equal(true);
  });

  it('asks to play from a message through an event', async () => {
    const el = await mount();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-index="2"] [part="play-from"]')!;
    const event = oneEvent(el, 'sv-transcript-play-from');
    button.click();
    expect((await event).detail).to.deep.equal({ messageId: 'm-2', at: list[2]!.at });
  });
});
