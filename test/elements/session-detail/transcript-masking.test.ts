import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import '../../../src/define/session-detail.js';
import type { SessionDetail } from '../../../src/elements/session-detail/session-detail.js';
import type { TranscriptMasking } from '../../../src/elements/session-detail/transcript/masking.js';
import type { Role } from '../../../src/model/index.js';
import { detail, message, settle, testStore } from './fixtures.js';

const SECRETS = ['4242 4242 4242 4242', 'zofie.cerna@seznam.cz', '602 123 456'];
const session = detail({
  messages: [
    message(0, { text: 'Karta 4242 4242 4242 4242, prosím o vrácení.' }),
    message(1, { text: 'Napište mi na zofie.cerna@seznam.cz nebo volejte 602 123 456.' }),
    message(2, { text: 'Děkuji.' }),
  ],
});
const masking: TranscriptMasking = { roles: ['operator', 'supervisor'], revealRoles: ['supervisor'] };

async function mount(role: Role, lang = 'en') {
  const { store } = testStore({ role, sessions: [session] });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 600px; width: 520px; display: flex" lang=${lang}>
    <session-detail style="flex: 1" .store=${store} .transcriptMasking=${masking} session-id="s-1"></session-detail>
  </div>`);
  const el = wrapper.querySelector('session-detail')!;
  await settle(store, el);
  return el;
}

/** Everything the transcript shows, across the nested shadow roots. */
function transcriptText(el: SessionDetail): string {
  const transcript = el.shadowRoot!.querySelector('sv-transcript, sv-linked-transcript')!;
  const collect = (node: Node): string =>
    node instanceof Element && node.shadowRoot ? collect(node.shadowRoot) : [...node.childNodes].map((child) => (child.nodeType === Node.TEXT_NODE ? child.textContent : collect(child))).join(' ');
  return collect(transcript);
}

const status = (el: SessionDetail) => el.shadowRoot!.querySelector('.masking [role="status"]')?.textContent?.trim();
const showButton = (el: SessionDetail) => el.shadowRoot!.querySelector<HTMLButtonElement>('.masking button');

describe('<session-detail> transcript masking', () => {

  it('masks personal data for the chosen roles, with no way to reveal for an operator', async () => {
    const el = await mount('operator');
    await waitUntil(() => transcriptText(el).includes('Děkuji'), 'the transcript is rendered');
    const text = transcriptText(el);
    for (const secret of SECRETS) expect(text).not.to.include(secret);
    expect(text).to.include('[card •••• 4242]').and.include('[e-mail]').and.include('[phone]');
    expect(status(el)).to.equal('Personal data is hidden in this transcript: 3 values.');
    expect(showButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets a supervisor show one session, announcing it, and hide it again', async () => {
    const el = await mount('supervisor');
    const button = showButton(el)!;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Personal data is shown for this session.');
    expect(showButton(el)!.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => transcriptText(el).includes('4242 4242 4242 4242'), 'the card number is shown');
    await expect(el).to.be.accessible();
    showButton(el)!.click();
    await el.updateComplete;
    expect(status(el)).to.equal('Personal data is hidden in this transcript: 3 values.');
  });

  it('leaves the transcript untouched for roles not listed', async () => {
    const el = await mount('admin');
    expect(el.shadowRoot!.querySelector('.masking')).to.equal(null);
    await waitUntil(() => transcriptText(el).includes('4242 4242 4242 4242'), 'the card number is shown');
  });

  it('speaks Czech, masks included', async () => {
    const el = await mount('operator', 'cs');
    expect(status(el)).to.equal('Osobní údaje jsou v tomto přepisu skryté: 3 hodnoty.');
    await waitUntil(() => transcriptText(el).includes('[karta •••• 4242]') && transcriptText(el).includes('[telefon]'), 'Czech masks');
  });
});
