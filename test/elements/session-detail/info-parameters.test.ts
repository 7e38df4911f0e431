import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
// The parts on their own (<session-detail> loads them on first use).
import '../../../src/define/sv-session-info.js';
import '../../../src/define/sv-session-parameters.js';
import type { SessionInfo } from '../../../src/define/sv-session-info.js';
import type { SessionParametersTable } from '../../../src/define/sv-session-parameters.js';
import { detail } from './fixtures.js';

const viewer = { id: 'me', name: 'Me', role: 'operator' as const, timeZone: 'Europe/Prague', locale: 'en-GB' };

describe('<sv-session-info>', () => {
  it('lists the session facts in the viewer time zone, with a safe page link and copy buttons', async () => {
    const session = detail({ pageUrl: 'https://shop.example.com/cart?x=<b>' });
    const el = await fixture<SessionInfo>(html`<sv-session-info .session=${session} .viewer=${viewer}></sv-session-info>`);
    const value = (row: string) => el.shadowRoot!.querySelector(`[data-row="${row}"] .value`)!.textContent.trim();
    expect(value('channel')).to.equal('WhatsApp');
    expect(value('startedAt')).to.contain('10:00:00'); // 09:00 UTC is 10:00 in Prague in January
    expect(value('duration')).to.equal('15:00');
    expect(value('waitTime')).to.equal('0:30');
    expect(value('operators')).to.equal('Jana Nováková');
    expect(value('clientContact')).to.contain('zofie@example.com');
    expect(value('endReason')).to.equal('Client ended');
    expect(value('id')).to.equal('s-1');
    expect(value('chatbot')).to.equal('—');
    const link = el.shadowRoot!.querySelector('[data-row="pageUrl"] a')!;
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(el.shadowRoot!.querySelector('[data-copy="chatbot"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('does not link a javascript: page URL', async () => {
    const el = await fixture<SessionInfo>(html`<sv-session-info .session=${detail({ pageUrl: 'javascript:alert(1)' })}></sv-session-info>`);
    expect(el.shadowRoot!.querySelector('[data-row="pageUrl"] a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[data-row="pageUrl"]')!.textContent).to.contain('javascript:alert(1)');
  });

  it('copies a value and says so', async () => {
    const el = await fixture<SessionInfo>(html`<sv-session-info .session=${detail()}></sv-session-info>`);
    const copied: string[] = [];
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[data-copy="id"]')!.click();
      await waitUntil(() => copied.length > 0, 'the value reached the clipboard');
      await el.updateComplete;
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(copied).to.deep.equal(['s-1']);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Session ID copied');
  });
});

describe('<sv-session-parameters>', () => {
  it('shows parameters as text and filters by name or value ignoring case and diacritics', async () => {
    const parameters = { orderId: 'A-123', tariff: 'Zlatý', region: 'Praha', html: '<img src=x onerror=alert(1)>' };
    const el = await fixture<SessionParametersTable>(html`<sv-session-parameters .parameters=${parameters}></sv-session-parameters>`);
    const names = () => [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(names()).to.deep.equal(['html', 'orderId', 'region', 'tariff']);
    expect(el.shadowRoot!.querySelector('tbody img')).to.equal(null);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'ZLATY' });
    await el.updateComplete;
    expect(names()).to.deep.equal(['tariff']);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1 of 4');
    await sendKeys({ type: 'xx' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('No parameter matches');
  });

  it('says when there are no parameters', async () => {
    const el = await fixture<SessionParametersTable>(html`<sv-session-parameters .parameters=${{}}></sv-session-parameters>`);
    expect(el.shadowRoot!.textContent).to.contain('no parameters');
  });
});
