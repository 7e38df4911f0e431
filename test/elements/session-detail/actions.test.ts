import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/session-detail.js';
import type { SessionDetail } from '../../../src/elements/session-detail/session-detail.js';
import { SessionViewError } from '../../../src/adapter/index.js';
import type { Role } from '../../../src/model/index.js';
import { detail, settle, testStore, type TestAdapterOptions } from './fixtures.js';

async function mount(options: TestAdapterOptions = {}, tab: SessionDetail['tab'] = 'transcript') {
  const { store, adapter } = testStore(options);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 600px; width: 560px; display: flex">
    <session-detail style="flex: 1" .store=${store} session-id="s-1" tab=${tab}></session-detail>
  </div>`);
  const el = wrapper.querySelector('session-detail')!;
  await settle(store, el);
  return { el, store, adapter };
}

const part = <T extends Element>(el: SessionDetail, host: string, selector: string) =>
  el.shadowRoot!.querySelector(host)?.shadowRoot?.querySelector<T>(selector) ?? null;
const activeIn = (host: Element) => host.shadowRoot!.activeElement;

describe('<session-detail> actions', () => {

  describe('permission matrix (roles × actions)', () => {
    // Re-route and recording download live in <routing-panel> and <recording-player> (their own tests).
    const rows: Array<[Role, { addNote: boolean; contactClient: boolean; ban: boolean; unban: boolean }]> = [
      ['operator', { addNote: true, contactClient: true, ban: false, unban: false }],
      ['supervisor', { addNote: true, contactClient: true, ban: true, unban: false }],
      ['admin', { addNote: true, contactClient: true, ban: true, unban: true }],
    ];
    for (const [role, allowed] of rows) {
      it(`${role}: offers exactly ${Object.entries(allowed).filter(([, v]) => v).map(([k]) => k).join(', ')}`, async () => {
        const notBanned = await mount({ role }, 'notes');
        const { el } = notBanned;
        expect(!!part(el, 'sv-session-notes', 'textarea'), 'add note').to.equal(allowed.addNote);
        const contact = part<HTMLButtonElement>(el, 'sv-contact-client', 'button')!;
        expect(contact.getAttribute('aria-disabled') === 'false', 'contact client').to.equal(allowed.contactClient);
        expect(!!part(el, 'sv-ban-control', '[part="ban-button"]'), 'ban').to.equal(allowed.ban);

        const banned = await mount({ role, sessions: [detail({ ban: { reason: 'spam', at: 1 } })] });
        expect(!!part(banned.el, 'sv-ban-control', '[part="unban-button"]'), 'unban').to.equal(allowed.unban);
        expect(banned.el.shadowRoot!.querySelector('[data-banner="ban"]')!.textContent).to.contain('Client banned');
      });
    }

    it('offers nothing the host does not support, whatever the role', async () => {
      const { el } = await mount({ role: 'admin', capabilities: { notes: false, contactClient: false, ban: false, unban: false } }, 'notes');
      expect(part(el, 'sv-session-notes', 'textarea')).to.equal(null);
      expect(part(el, 'sv-contact-client', 'button')).to.equal(null);
      expect(part(el, 'sv-ban-control', 'button')).to.equal(null);
    });
  });

  describe('notes', () => {
    it('marks own notes apart and adds a multi-line note with Ctrl+Enter', async () => {
      const { el, store, adapter } = await mount({ sessions: [detail({ notes: [
        { id: 'n-1', at: 1, authorId: 'other', authorName: 'Petr', text: 'theirs' },
        { id: 'n-2', at: 2, authorId: 'me', authorName: 'Me Myself', text: 'mine' },
      ] })] }, 'notes');
      const notes = el.shadowRoot!.querySelector('sv-session-notes')!;
      const items = [...notes.shadowRoot!.querySelectorAll('li')];
      expect(items.map((li) => li.getAttribute('aria-label'))).to.deep.equal(['Note by Petr', 'Your note']);
      expect(items[1]!.getAttribute('part')).to.equal('note own-note');
      await expect(notes).to.be.accessible();

      notes.shadowRoot!.querySelector('textarea')!.focus();
      await sendKeys({ type: 'first line' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'second line' });
      const added = oneEvent<HTMLElementEventMap['sv-note-added']>(el, 'sv-note-added');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Control' });
      expect((await added).detail.note.text).to.equal('first line\nsecond line');
      await settle(store, el);
      expect(adapter.calls.filter((c) => c.method === 'addNote')).to.have.length(1);
      expect(store.details.get('s-1')!.detail!.notes.map((n) => n.text)).to.include('first line\nsecond line');
    });

    it('shows the note at once, rolls it back on refusal and gives the text back, without double submit', async () => {
      let reject!: (error: unknown) => void;
      const { el, store, adapter } = await mount(
        { overrides: { addNote: (sessionId: string, text: string) => {
          adapter.calls.push({ method: 'addNote', args: [sessionId, text] });
          return new Promise((_, r) => (reject = r));
        } } },
        'notes',
      );
      const notes = el.shadowRoot!.querySelector('sv-session-notes')!;
      const textarea = notes.shadowRoot!.querySelector('textarea')!;
      textarea.value = 'Client was rude';
      const button = notes.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
      button.click();
      // A second press while the first is in flight (even with new text) must not send again.
      textarea.value = 'Client was rude';
      button.click();
      notes.shadowRoot!.querySelector('form')!.requestSubmit();
      await settle(store, el);
      expect(adapter.calls.filter((c) => c.method === 'addNote')).to.have.length(1);
      const pending = notes.shadowRoot!.querySelector('li.pending');
      expect(pending?.textContent).to.contain('Client was rude');
      expect(button.disabled).to.equal(true);

      reject(new SessionViewError('forbidden', 'no'));
      await settle(store, el);
      expect(notes.shadowRoot!.querySelector('li.pending')).to.equal(null);
      expect(notes.shadowRoot!.textContent).not.to.contain('Client was rude');
      expect(notes.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('server refused');
      expect(textarea.value).to.equal('Client was rude');
      expect(adapter.calls.filter((c) => c.method === 'addNote')).to.have.length(1);
      expect(button.disabled).to.equal(false);
      await expect(notes).to.be.accessible();
    });
  });

  describe('contact client', () => {
    const cases: Array<[string, TestAdapterOptions, string | undefined]> = [
      ['web chat', { sessions: [detail({ channel: 'web-chat' })] }, 'channel'],
      ['a live session', { sessions: [detail({ state: 'active', endedAt: undefined })] }, 'live'],
      ['an ended WhatsApp session', {}, undefined],
    ];
    for (const [name, options, reason] of cases) {
      it(`${reason ? 'explains why it is unavailable for' : 'is available for'} ${name}`, async () => {
        const { el } = await mount(options);
        const host = el.shadowRoot!.querySelector('sv-contact-client')!;
        const button = host.shadowRoot!.querySelector('button')!;
        expect(button.getAttribute('aria-disabled')).to.equal(reason ? 'true' : 'false');
        expect(button.getAttribute('data-reason')).to.equal(reason ?? null);
        if (reason) {
          const why = host.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
          expect(why.textContent).to.match(reason === 'live' ? /still running/ : /Messenger, WhatsApp/);
        }
        await expect(host).to.be.accessible();
      });
    }

    it('opens a new conversation, selects it and follows it', async () => {
      const { el, store, adapter } = await mount({ sessions: [detail(), detail({ id: 'new-session', client: { name: 'Žofie Černá' } })] });
      const button = part<HTMLButtonElement>(el, 'sv-contact-client', 'button')!;
      const done = oneEvent(el, 'sv-contact-client-done');
      button.click();
      expect((await done).detail).to.deep.equal({ sessionId: 's-1', newSessionId: 'new-session' });
      await settle(store, el);
      expect(adapter.calls.some((c) => c.method === 'contactClient')).to.equal(true);
      expect(store.selectedId).to.equal('new-session');
      expect(el.sessionId).to.equal('new-session');
    });

    it('says so when the host refuses', async () => {
      const { el, store } = await mount({ overrides: { contactClient: () => Promise.reject(Object.assign(new Error('no'), { status: 403 })) } });
      part<HTMLButtonElement>(el, 'sv-contact-client', 'button')!.click();
      await settle(store, el);
      expect(part(el, 'sv-contact-client', '[role="alert"]')!.textContent).to.contain('server refused');
      expect(store.selectedId).to.equal(undefined);
    });
  });

  describe('ban dialog', () => {
    it('is an alertdialog with focus trapped, Esc cancelling without closing the panel', async () => {
      const { el, store } = await mount();
      store.select('s-1');
      const control = el.shadowRoot!.querySelector('sv-ban-control')!;
      const open = control.shadowRoot!.querySelector<HTMLButtonElement>('[part="ban-button"]')!;
      open.focus();
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      const dialog = control.shadowRoot!.querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      expect(control.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!.textContent).to.contain('Ban Žofie Černá?');
      expect(activeIn(control)?.id).to.equal('reason');
      await expect(control).to.be.accessible();

      // Shift+Tab from the first field wraps to the last button; Tab from there wraps back.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(activeIn(control)?.getAttribute('data-action')).to.equal('confirm');
      await sendKeys({ press: 'Tab' });
      expect(activeIn(control)?.id).to.equal('reason');

      await sendKeys({ press: 'Escape' });
      await control.updateComplete;
      expect(control.shadowRoot!.querySelector('dialog')).to.equal(null);
      expect(store.selectedId, 'panel stays open').to.equal('s-1');
      expect(activeIn(control)?.getAttribute('part')).to.equal('ban-button');
    });

    it('requires a reason and a future date, bans until the end of that day in the viewer\'s zone, shows the result and offers Unban', async () => {
      // A zone 14 hours ahead of UTC: its calendar day differs from the browser's for most of the day.
      const timeZone = 'Pacific/Kiritimati';
      const { el, store, adapter } = await mount({ overrides: { viewer: { id: 'me', name: 'Me Myself', role: 'admin', timeZone, locale: 'en-GB' } } });
      const control = el.shadowRoot!.querySelector('sv-ban-control')!;
      await (control as unknown as { openDialog(): Promise<void> }).openDialog();
      const root = control.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      await control.updateComplete;
      expect(root.querySelector('#reason')!.getAttribute('aria-invalid')).to.equal('true');
      expect(adapter.calls.some((c) => c.method === 'banClient')).to.equal(false);

      root.querySelector<HTMLTextAreaElement>('#reason')!.value = 'Abusive language';
      root.querySelector<HTMLInputElement>('input[value="until"]')!.click();
      await control.updateComplete;
      const dateInput = root.querySelector<HTMLInputElement>('#until-date')!;
      const inZone = (ms: number) => new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' }).format(ms);
      expect(dateInput.min, 'minimum is today in the viewer zone').to.equal(inZone(Date.now()).slice(0, 10));
      const iso = inZone(Date.now() + 7 * 86_400_000).slice(0, 10);
      dateInput.value = iso;
      const done = oneEvent<HTMLElementEventMap['sv-ban-done']>(el, 'sv-ban-done');
      root.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      const { ban } = (await done).detail;
      expect(ban.reason).to.equal('Abusive language');
      expect(inZone(ban.until!)).to.equal(`${iso} 23:59:59`);
      expect(inZone(ban.until! + 1).slice(11)).to.equal('00:00:00');
      await settle(store, el);
      expect(root.querySelector('dialog')).to.equal(null);
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('banned until');
      expect(el.shadowRoot!.querySelector('[data-banner="ban"]')!.textContent).to.contain('Client banned until');

      const unban = root.querySelector<HTMLButtonElement>('[part="unban-button"]')!;
      const unbanned = oneEvent(el, 'sv-unban-done');
      unban.click();
      await unbanned;
      await settle(store, el);
      expect(el.shadowRoot!.querySelector('[data-banner="ban"]')).to.equal(null);
      expect(root.querySelector('[part="ban-button"]')).to.exist;
    });

    it('keeps the dialog open and says so when the host refuses', async () => {
      const { el, store } = await mount({ overrides: { banClient: () => Promise.reject(Object.assign(new Error('no'), { status: 403 })) } });
      const control = el.shadowRoot!.querySelector('sv-ban-control')!;
      await (control as unknown as { openDialog(): Promise<void> }).openDialog();
      control.shadowRoot!.querySelector<HTMLTextAreaElement>('#reason')!.value = 'spam';
      control.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      await settle(store, el);
      await control.updateComplete;
      expect(control.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
      expect(control.shadowRoot!.querySelector('dialog [role="alert"]')!.textContent).to.contain('server refused');
      expect(store.details.get('s-1')!.detail!.ban).to.equal(undefined);
    });
  });
});
