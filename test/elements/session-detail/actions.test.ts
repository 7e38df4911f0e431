import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/session-detail.js';
import type { SessionDetail } from '../../../src/elements/session-detail/session-detail.js';
import { SessionViewError } from '../../../src/adapter/index.js';
import type { SessionStore } from '../../../src/store/index.js';
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

    // The client wrote an hour ago: inside WhatsApp's 24-hour window a free-form conversation may start.
    const recent = () => detail({ messages: [{ id: 'm-1', at: Date.now() - 3_600_000, sender: 'client', text: 'Díky, zatím nashle' }] });
    const contactHost = (el: SessionDetail) => el.shadowRoot!.querySelector('sv-contact-client')!;
    const dialogOf = (el: SessionDetail) => part<HTMLDialogElement>(el, 'sv-contact-client', 'dialog');

    async function openDialog(el: SessionDetail, store: SessionStore) {
      part<HTMLButtonElement>(el, 'sv-contact-client', 'button')!.click();
      await settle(store, el);
      await contactHost(el).updateComplete;
      return dialogOf(el)!;
    }

    it('asks first in a modal dialog naming the channel; Esc cancels without calling the host or closing the panel', async () => {
      const { el, store, adapter } = await mount({ sessions: [recent()] });
      store.select('s-1');
      const dialog = await openDialog(el, store);
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')!}`)!;
      expect(title.textContent).to.equal('Contact Žofie Černá on WhatsApp?');
      expect(dialog.textContent).to.contain('a free-form message can be sent until');
      expect(dialog.querySelector('input[type="radio"]'), 'inside the window no template is needed').to.equal(null);
      await expect(contactHost(el)).to.be.accessible();
      // Tab cycles inside the dialog.
      const host = contactHost(el);
      expect(activeIn(host)!.getAttribute('data-action')).to.equal('confirm');
      await sendKeys({ press: 'Tab' });
      expect(activeIn(host)!.getAttribute('data-action')).to.equal('cancel');
      await sendKeys({ press: 'Escape' });
      await settle(store, el);
      expect(dialog.open).to.equal(false);
      expect(store.selectedId, 'Esc closed the dialog, not the panel').to.equal('s-1');
      expect(activeIn(host)!.getAttribute('part')).to.equal('button');
      expect(adapter.calls.some((c) => c.method === 'contactClient')).to.equal(false);
    });

    it('opens the conversation once, says so and links to it instead of replacing the panel', async () => {
      const { el, store, adapter } = await mount({ sessions: [recent(), detail({ id: 'new-session', client: { name: 'Žofie Černá' } })] });
      store.select('s-1');
      const dialog = await openDialog(el, store);
      const done = oneEvent(el, 'sv-contact-client-done');
      const confirm = dialog.querySelector<HTMLButtonElement>('[data-action="confirm"]')!;
      confirm.click();
      confirm.click();
      expect((await done).detail).to.deep.equal({ sessionId: 's-1', newSessionId: 'new-session' });
      await settle(store, el);
      expect(adapter.calls.filter((c) => c.method === 'contactClient')).to.deep.equal([{ method: 'contactClient', args: ['s-1', undefined] }]);
      expect(store.selectedId, 'the panel stays on what the user was reading').to.equal('s-1');
      expect(el.sessionId).to.equal('s-1');
      const success = part<HTMLElement>(el, 'sv-contact-client', '[part="success"]')!;
      expect(success.getAttribute('role')).to.equal('status');
      expect(success.textContent).to.contain('A new WhatsApp conversation with Žofie Černá was opened.');
      const open = success.querySelector<HTMLButtonElement>('[data-action="open-new"]')!;
      expect(activeIn(contactHost(el))).to.equal(open);
      await expect(contactHost(el)).to.be.accessible();
      open.click();
      await settle(store, el);
      expect(store.selectedId).to.equal('new-session');
      expect(el.sessionId).to.equal('new-session');
    });

    it('outside WhatsApp\'s 24-hour window offers only the host\'s approved templates, and sends the chosen one', async () => {
      // The fixture's client last wrote on 15 January 2026: long outside the window.
      const { el, store, adapter } = await mount();
      const dialog = await openDialog(el, store);
      const host = contactHost(el);
      await waitUntil(() => dialog.querySelectorAll('input[type="radio"]').length === 2);
      expect(dialog.querySelector('[role="note"]')!.textContent).to.contain('only an approved template can be sent');
      expect(adapter.calls.filter((c) => c.method === 'listContactTemplates')).to.deep.equal([{ method: 'listContactTemplates', args: ['s-1'] }]);
      await expect(host).to.be.accessible();
      // Without a choice the user is told to choose; nothing is sent.
      dialog.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      await host.updateComplete;
      expect(dialog.querySelector('#template-error')!.textContent).to.equal('Choose a template.');
      expect(adapter.calls.some((c) => c.method === 'contactClient')).to.equal(false);
      const callback = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((input) => input.value === 'callback')!;
      callback.click();
      await host.updateComplete;
      const done = oneEvent(el, 'sv-contact-client-done');
      dialog.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      expect((await done).detail).to.deep.equal({ sessionId: 's-1', newSessionId: 'new-session', templateId: 'callback' });
      expect(adapter.calls.filter((c) => c.method === 'contactClient')).to.deep.equal([{ method: 'contactClient', args: ['s-1', 'callback'] }]);
    });

    it('says a template is needed when the host offers none, leaves invalid ones out, and cannot confirm without one', async () => {
      const warn = console.warn;
      const warned: unknown[] = [];
      console.warn = (...args: unknown[]) => warned.push(args);
      try {
        const none = await mount({ overrides: { listContactTemplates: async () => [{ id: '', name: 3 }, null] as never } });
        const dialog = await openDialog(none.el, none.store);
        await waitUntil(() => dialog.textContent.includes('No approved template is available'));
        expect(dialog.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.disabled).to.equal(true);
        expect(warned.length).to.equal(2);
        await expect(contactHost(none.el)).to.be.accessible();
      } finally {
        console.warn = warn;
      }
      const unsupported = await mount({ capabilities: { contactTemplates: false } });
      const dialog = await openDialog(unsupported.el, unsupported.store);
      await waitUntil(() => dialog.textContent.includes('No approved template is available'));
      expect(unsupported.adapter.calls.some((c) => c.method === 'listContactTemplates')).to.equal(false);
    });

    it('says so when the host refuses, in the dialog, and keeps the panel', async () => {
      const { el, store } = await mount({ sessions: [recent()], overrides: { contactClient: () => Promise.reject(Object.assign(new Error('no'), { status: 403 })) } });
      const dialog = await openDialog(el, store);
      dialog.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      await waitUntil(() => dialog.querySelector('[role="alert"]') !== null);
      expect(dialog.querySelector('[role="alert"]')!.textContent).to.contain('server refused');
      expect(store.selectedId).to.equal(undefined);
      await expect(contactHost(el)).to.be.accessible();
    });

    it('keeps one call per intent across a re-mount, and a retry after "Stop waiting" sends the same key', async () => {
      const keys: string[] = [];
      const { el, store } = await mount({
        sessions: [recent()],
        overrides: { contactClient: (_id, options) => (keys.push(options!.idempotencyKey), new Promise(() => {})) },
      });
      let dialog = await openDialog(el, store);
      dialog.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      await contactHost(el).updateComplete;
      // Cancelling while the call runs stops waiting: the outcome is unknown, the key kept.
      dialog.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
      await settle(store, el);
      expect(part(el, 'sv-contact-client', '[role="alert"]')!.textContent).to.contain('may or may not have been opened');
      dialog = await openDialog(el, store);
      dialog.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      await contactHost(el).updateComplete;
      expect(keys).to.have.length(2);
      expect(keys[1]).to.equal(keys[0]);
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
