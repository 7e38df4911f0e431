/**
 * The detail's parts that load on first use (elements/session-detail/detail-parts.ts): this page
 * imports only `<session-detail>`, so each test here is the first use of its part, as for a host.
 * Each part's place shows a busy status first (never a blank panel, never unmasked text), then
 * the part; `updateComplete` waits for it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/session-detail.js';
import type { SessionDetail } from '../../../src/elements/session-detail/session-detail.js';
import type { TranscriptMasking } from '../../../src/elements/session-detail/transcript/masking.js';
import { detail, message, settle, testStore } from './fixtures.js';

const MASK_FOR_OPERATORS: TranscriptMasking = { roles: ['operator'] };

/** The tags and busy statuses added to the detail's shadow root, in order. */
function recordAdditions(el: SessionDetail): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const found of [node, ...node.querySelectorAll('*')]) {
          if (found.matches('[data-state="loading-part"]')) seen.push('loading');
          else if (found.localName.includes('-')) seen.push(found.localName);
        }
      }
    }
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('session-detail: parts loaded on first use', () => {
  it('registers none of them up front', () => {
    for (const tag of ['sv-transcript', 'sv-ban-control', 'sv-contact-client', 'sv-session-info', 'sv-session-notes', 'routing-panel', 'recording-player', 'sv-linked-transcript']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('shows the transcript after a busy status, its code loaded while the session was', async () => {
    const { store } = testStore({ sessions: [detail({ messages: [message(0, { text: 'Hello there' })] })] });
    const el = await fixture<SessionDetail>(html`<session-detail style="height:500px" .store=${store}></session-detail>`);
    const additions = recordAdditions(el);
    el.sessionId = 's-1';
    await settle(store, el);
    additions.stop();
    const transcript = el.shadowRoot!.querySelector('sv-transcript')!;
    expect(transcript, 'the transcript is in once updateComplete settles').to.exist;
    await transcript.updateComplete;
    expect(transcript.shadowRoot!.textContent).to.include('Hello there');
    expect(el.shadowRoot!.querySelector('[data-state="loading-part"]'), 'no busy status left').to.equal(null);
    expect(additions.seen, 'rendered once, not replaced').to.include('sv-transcript');
    await expect(el).to.be.accessible();
  });

  it('masks the transcript before it ever shows it: a busy status until the masking code is in', async () => {
    const session = detail({ messages: [message(0, { text: 'Karta 4242 4242 4242 4242.' })] });
    const { store } = testStore({ role: 'operator', sessions: [session] });
    const el = await fixture<SessionDetail>(html`<session-detail style="height:500px" .store=${store} .transcriptMasking=${MASK_FOR_OPERATORS}></session-detail>`);
    const additions = recordAdditions(el);
    el.sessionId = 's-1';
    await settle(store, el);
    additions.stop();
    expect(additions.seen.indexOf('loading'), 'busy first').to.be.lessThan(additions.seen.indexOf('sv-transcript'));
    expect(additions.seen.indexOf('loading')).to.be.at.least(0);
    const transcript = el.shadowRoot!.querySelector('sv-transcript')!;
    expect(transcript.messages.map((m) => m.text).join(' ')).not.to.include('4242 4242 4242 4242');
    // The header's actions arrived with the session.
    expect(el.shadowRoot!.querySelector('sv-ban-control')).to.exist;
    expect(el.shadowRoot!.querySelector('sv-contact-client')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a busy status in a tab until its element is in, then the element', async () => {
    const { store } = testStore({ sessions: [detail()] });
    const el = await fixture<SessionDetail>(html`<session-detail style="height:500px" .store=${store} session-id="s-1"></session-detail>`);
    await settle(store, el);
    const additions = recordAdditions(el);
    el.tab = 'routing';
    await el.updateComplete;
    additions.stop();
    expect(additions.seen.slice(0, 2)).to.deep.equal(['loading', 'routing-panel']);
    expect(el.shadowRoot!.querySelector('[data-state="loading-part"]'), 'the status is gone').to.equal(null);
    await expect(el).to.be.accessible();
  });
});
