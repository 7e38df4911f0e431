import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/sv-transcript.js';
import type { SessionTranscript } from '../../../src/elements/session-detail/transcript/session-transcript.js';
import type { Message } from '../../../src/model/index.js';
import { message, messages } from './fixtures.js';


async function mount(list: readonly Message[], options: { live?: boolean; highlight?: string } = {}): Promise<SessionTranscript> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 400px; width: 480px; display: flex">
    <sv-transcript
      style="flex: 1"
      .messages=${list}
      ?live=${options.live ?? false}
      .highlight=${options.highlight ?? ''}
      .viewer=${{ id: 'me', name: 'Me', role: 'operator' as const, timeZone: 'Europe/Prague', locale: 'en-GB' }}
    ></sv-transcript>
  </div>`);
  const element = wrapper.querySelector('sv-transcript')!;
  // Includes the virtualizer's first rows.
  await element.updateComplete;
  return element;
}

const log = (el: SessionTranscript) => el.shadowRoot!.querySelector<HTMLElement>('[role="log"]')!;
const rendered = (el: SessionTranscript) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-index]')];
const atBottom = (el: SessionTranscript) => {
  const l = log(el);
  return l.scrollHeight - l.scrollTop - l.clientHeight <= 32;
};

describe('<sv-transcript>', () => {

  it('is a labelled log of messages with sender groups, and is accessible', async () => {
    const el = await mount(messages(6));
    expect(log(el).getAttribute('aria-label')).to.equal('Transcript');
    expect(rendered(el)).to.have.length(6);
    expect(el.shadowRoot!.querySelectorAll('.message.first .avatar')[0]!.textContent).to.equal('ŽČ');
    expect(el.shadowRoot!.querySelector('.message.operator .role')!.textContent).to.equal('Operator');
    await expect(el).to.be.accessible();
  });

  it('shows an empty state', async () => {
    const el = await mount([]);
    expect(el.shadowRoot!.textContent).to.contain('No messages in this session.');
    await expect(el).to.be.accessible();
  });

  it('shows XSS-looking text as text and links only http(s)/mailto with rel=noopener noreferrer', async () => {
    const el = await mount([
      message(0, { text: '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> javascript:alert(1) data:text/html,hi https://ok.example/a' }),
    ]);
    const text = el.shadowRoot!.querySelector('.text')!;
    expect(text.textContent).to.contain('<img src=x onerror="window.__xss=1">');
    expect(text.querySelector('img, script')).to.equal(null);
    const links = [...text.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://ok.example/a']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('lists sent files, linking only http(s) downloads, and sets system messages apart', async () => {
    const el = await mount([
      message(0, {
        text: '',
        files: [
          { name: 'invoice.pdf', size: 2048, mimeType: 'application/pdf', url: 'https://files.example/invoice.pdf' },
          { name: 'evil.html', size: 10, mimeType: 'text/html', url: 'javascript:alert(1)' },
          { name: 'inline.txt', size: 10, mimeType: 'text/plain', url: 'data:text/plain,hi' },
        ],
      }),
      message(1, { sender: 'system', systemEvent: 'transferred', text: 'to Support', authorName: undefined }),
    ]);
    const files = [...el.shadowRoot!.querySelectorAll('.file')];
    expect(files.map((f) => f.querySelector('a')?.getAttribute('href') ?? null)).to.deep.equal(['https://files.example/invoice.pdf', null, null]);
    expect(files[0]!.textContent).to.contain('2 kB');
    expect(files[1]!.textContent).to.contain('evil.html');
    const system = el.shadowRoot!.querySelector('.message.system')!;
    expect(system.textContent).to.contain('Transferred');
    expect(system.querySelector('.avatar')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  // How fast it opens is measured by `npm run bench` (budgets).
  it('opens a 10,000-message transcript rendering only what is visible', async () => {
    const el = await mount(messages(10_000));
    expect(rendered(el).length).to.be.within(1, 200);
  });

  it('finds text case/diacritics-insensitively, with next/previous by keyboard reaching virtualised messages', async () => {
    const list = messages(3000).map((m, i) => (i === 2500 || i === 10 ? { ...m, text: `Zásilka ${i} dorazila` } : m));
    const el = await mount(list);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    await sendKeys({ type: 'ZASILKA' });
    await el.updateComplete;
    expect(el.hitCount).to.equal(2);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('1 of 2');
    expect(el.shadowRoot!.querySelector('mark.current')!.textContent).to.equal('Zásilka');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.currentHitIndex).to.equal(1);
    const current = el.shadowRoot!.querySelector('mark.current');
    expect(current?.closest('[data-index]')?.getAttribute('data-index')).to.equal('2500');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(el.currentHitIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('highlights the table search terms and the find box takes over', async () => {
    const el = await mount([message(0, { text: 'Objednávka dorazila' }), message(1, { text: 'objednavky dvě' })], { highlight: 'objednavk' });
    expect([...el.shadowRoot!.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Objednávk', 'objednavk']);
    el.find('dvě');
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['dvě']);
  });

  it('follows live messages at the bottom, and shows a pill when the reader scrolled up', async () => {
    const list = messages(200);
    const el = await mount(list, { live: true });
    await el.updateComplete;
    expect(atBottom(el)).to.equal(true);

    el.messages = [...list, message(200, { text: 'fresh one' })];
    await el.updateComplete;
    expect(atBottom(el)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="new-messages"]')).to.equal(null);

    log(el).scrollTop = 0;
    log(el).dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    el.messages = [...el.messages, message(201), message(202)];
    await el.updateComplete;
    expect(log(el).scrollTop).to.be.below(100);
    const pill = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="new-messages"]')!;
    expect(pill.textContent).to.contain('2 new messages');
    pill.click();
    await el.updateComplete;
    expect(atBottom(el)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="new-messages"]')).to.equal(null);
  });
});
