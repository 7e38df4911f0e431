import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/session-detail.js';
import type { SessionDetail } from '../../../src/elements/session-detail/session-detail.js';
import { SessionViewError } from '../../../src/adapter/index.js';
import { detail, settle, testStore, type TestAdapterOptions } from './fixtures.js';

async function mount(options: TestAdapterOptions = {}, sessionId = 's-1', tab?: SessionDetail['tab']) {
  const { store, adapter } = testStore(options);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 600px; width: 520px; display: flex">
    <session-detail style="flex: 1" .store=${store} session-id=${sessionId} tab=${tab ?? 'transcript'}></session-detail>
  </div>`);
  const el = wrapper.querySelector('session-detail')!;
  await settle(store, el);
  return { el, store, adapter };
}

const root = (el: SessionDetail) => el.shadowRoot!;
const tabs = (el: SessionDetail) => [...root(el).querySelectorAll<HTMLElement>('[role="tab"]')];
const selectedTab = (el: SessionDetail) => root(el).querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')!;
const stateOf = (el: SessionDetail) => root(el).querySelector('[data-state]')?.getAttribute('data-state');

describe('<session-detail>', () => {

  describe('states', () => {
    it('shows loading while the host answers', async () => {
      const { el } = await mount({ getSession: () => new Promise(() => {}) });
      expect(stateOf(el)).to.equal('loading');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Loading session');
      await expect(el).to.be.accessible();
    });

    it('shows an error with Retry that loads again', async () => {
      let fail = true;
      const { el, store, adapter } = await mount({
        getSession: () => (fail ? Promise.reject(Object.assign(new Error('boom'), { status: 503 })) : Promise.resolve(detail())),
      });
      expect(stateOf(el)).to.equal('error');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('could not be reached');
      await expect(el).to.be.accessible();
      fail = false;
      root(el).querySelector<HTMLButtonElement>('[data-state="error"] button')!.click();
      await settle(store, el);
      expect(adapter.calls.filter((c) => c.method === 'getSession')).to.have.length(2);
      expect(root(el).querySelector('h2')!.textContent).to.contain('Žofie Černá');
    });

    it('shows not-found and forbidden', async () => {
      const missing = await mount({}, 'nope');
      expect(stateOf(missing.el)).to.equal('not-found');
      await expect(missing.el).to.be.accessible();
      const refused = await mount({ getSession: () => Promise.reject(new SessionViewError('forbidden', 'no')) });
      expect(stateOf(refused.el)).to.equal('forbidden');
      await expect(refused.el).to.be.accessible();
    });

    it('explains a missing store or session', async () => {
      const bare = await fixture<SessionDetail>(html`<session-detail></session-detail>`);
      expect(stateOf(bare)).to.equal('no-store');
      const { store } = testStore();
      const empty = await fixture<SessionDetail>(html`<session-detail .store=${store}></session-detail>`);
      expect(stateOf(empty)).to.equal('empty');
      await expect(empty).to.be.accessible();
    });
  });

  describe('tabs', () => {
    it('follows the WAI-ARIA tabs pattern with arrows, Home and End, and reflects the tab', async () => {
      const { el } = await mount();
      expect(tabs(el).map((tab) => tab.id)).to.deep.equal(['tab-transcript', 'tab-info', 'tab-parameters', 'tab-notes', 'tab-routing']);
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      const panel = root(el).querySelector('[role="tabpanel"]')!;
      expect(panel.getAttribute('aria-labelledby')).to.equal('tab-transcript');

      selectedTab(el).focus();
      const changed = oneEvent<HTMLElementEventMap['sv-detail-tab-change']>(el, 'sv-detail-tab-change');
      await sendKeys({ press: 'ArrowRight' });
      expect((await changed).detail.tab).to.equal('info');
      await el.updateComplete;
      expect(el.getAttribute('tab')).to.equal('info');
      expect(root(el).activeElement?.id).to.equal('tab-info');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('tab-routing');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).activeElement?.id).to.equal('tab-transcript');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(selectedTab(el).id).to.equal('tab-routing');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(selectedTab(el).id).to.equal('tab-transcript');
      expect(tabs(el).filter((tab) => tab.tabIndex === 0)).to.have.length(1);
    });

    it('opens the deep-linked tab from the attribute, and falls back when it is unavailable', async () => {
      const { el } = await mount({}, 's-1', 'parameters');
      expect(selectedTab(el).id).to.equal('tab-parameters');
      expect(root(el).querySelector('sv-session-parameters')).to.exist;
      el.tab = 'recordings';
      await el.updateComplete;
      expect(selectedTab(el).id).to.equal('tab-transcript');
    });

    it('shows Recordings only with the capability and recordings', async () => {
      const recording = { id: 'r-1', kind: 'audio' as const, offsetMs: 0, durationMs: 1000, tracks: [] };
      const withRecording = await mount({ sessions: [detail({ recordings: [recording] })] });
      expect(tabs(withRecording.el).map((tab) => tab.id)).to.include('tab-recordings');
      const players = [...root(withRecording.el).querySelectorAll('recording-player')];
      expect(players).to.have.length(0); // transcript tab is active
      withRecording.el.tab = 'recordings';
      await withRecording.el.updateComplete;
      const player = root(withRecording.el).querySelector('recording-player')!;
      expect(player.getAttribute('recording-id')).to.equal('r-1');
      expect(player.store).to.equal(withRecording.store);
      const noCapability = await mount({ sessions: [detail({ recordings: [recording] })], capabilities: { recordings: false } });
      expect(tabs(noCapability.el).map((tab) => tab.id)).not.to.include('tab-recordings');
      const noRecordings = await mount();
      expect(tabs(noRecordings.el).map((tab) => tab.id)).not.to.include('tab-recordings');
    });

    const recording = { id: 'r-1', kind: 'audio' as const, offsetMs: 0, durationMs: 60_000, tracks: [{ id: 't-1', kind: 'phone-audio' as const, offsetMs: 0, durationMs: 60_000 }] };
    for (const tab of ['transcript', 'info', 'parameters', 'notes', 'routing', 'recordings'] as const) {
      it(`is accessible on the ${tab} tab`, async () => {
        const { el, store } = await mount({ sessions: [detail({ recordings: [recording] })] }, 's-1', tab);
        await settle(store, el);
        const panel = root(el).querySelector('[role="tabpanel"]')!;
        expect(panel.getAttribute('data-tab')).to.equal(tab);
        await expect(el).to.be.accessible();
      });
    }

    it('hosts <routing-panel> with the store and session', async () => {
      const { el, store } = await mount({}, 's-1', 'routing');
      const panel = root(el).querySelector('routing-panel') as HTMLElement & { store?: unknown; sessionId?: string };
      expect(panel.getAttribute('session-id')).to.equal('s-1');
      expect(panel.store).to.equal(store);
    });
  });

  describe('panel', () => {
    it('closes with the button or Esc through a cancelable event that clears the selection', async () => {
      const { el, store } = await mount();
      store.select('s-1');
      const event = oneEvent<HTMLElementEventMap['sv-detail-close']>(el, 'sv-detail-close');
      root(el).querySelector<HTMLButtonElement>('[data-action="close"]')!.click();
      expect((await event).detail.sessionId).to.equal('s-1');
      expect(store.selectedId).to.equal(undefined);

      store.select('s-1');
      el.addEventListener('sv-detail-close', (e) => e.preventDefault(), { once: true });
      root(el).querySelector<HTMLElement>('[role="tab"]')!.focus();
      await sendKeys({ press: 'Escape' });
      expect(store.selectedId).to.equal('s-1');
    });

    it('moves to the previous and next session of the view', async () => {
      const sessions = [detail({ id: 'a', startedAt: 3 }), detail({ id: 'b', startedAt: 2 }), detail({ id: 'c', startedAt: 1 })];
      const { el, store } = await mount({ sessions }, 'b');
      await settle(store, el);
      const order = [...store.view];
      expect(order).to.have.members(['a', 'b', 'c']);
      el.sessionId = order[0];
      await settle(store, el);
      const previous = root(el).querySelector<HTMLButtonElement>('[data-action="previous"]')!;
      const next = root(el).querySelector<HTMLButtonElement>('[data-action="next"]')!;
      expect(previous.disabled).to.equal(true);
      next.click();
      await settle(store, el);
      expect(store.selectedId).to.equal(order[1]);
      expect(el.sessionId).to.equal(order[1]);
      expect(root(el).querySelector<HTMLButtonElement>('[data-action="previous"]')!.disabled).to.equal(false);
    });

    it('steps through the view as the table shows it: sorted and filtered', async () => {
      const sessions = [
        detail({ id: 'a', startedAt: 4, client: { name: 'Dana' } }),
        detail({ id: 'b', startedAt: 3, client: { name: 'Adam' }, channel: 'phone' }),
        detail({ id: 'c', startedAt: 2, client: { name: 'Cyril' } }),
        detail({ id: 'd', startedAt: 1, client: { name: 'Bára' } }),
      ];
      const { el, store } = await mount({ sessions }, 'd');
      store.setQuery({ sort: [{ column: 'clientName', direction: 'asc' }], filters: { channel: { kind: 'values', values: ['whatsapp'] } } });
      await settle(store, el);
      // Sorted by client name, the phone session filtered out: Bára (d), Cyril (c), Dana (a).
      expect([...store.view]).to.deep.equal(['d', 'c', 'a']);
      const button = (action: string) => root(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!;
      expect(button('previous').disabled).to.equal(true);
      button('next').click();
      await settle(store, el);
      expect(el.sessionId).to.equal('c');
      button('next').click();
      await settle(store, el);
      expect(el.sessionId).to.equal('a');
      expect(button('next').disabled, 'the last row of the view has no next').to.equal(true);
      // Reversing the sort while the panel is open: the neighbours follow at once.
      store.setQuery({ sort: [{ column: 'clientName', direction: 'desc' }] });
      await settle(store, el);
      expect(button('previous').disabled).to.equal(true);
      button('next').click();
      await settle(store, el);
      expect(el.sessionId).to.equal('c');
    });

    it('speaks Czech under lang="cs"', async () => {
      const { store } = testStore();
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cs" style="height: 500px; display: flex">
        <session-detail style="flex: 1" .store=${store} session-id="s-1"></session-detail>
      </div>`);
      const el = wrapper.querySelector('session-detail')!;
      await settle(store, el);
      expect(tabs(el).map((tab) => tab.textContent)).to.deep.equal(['Přepis', 'Obecné informace', 'Parametry', 'Poznámky', 'Směrování']);
      expect(root(el).querySelector('[data-action="close"]')!.getAttribute('aria-label')).to.equal('Zavřít detail');
    });

    it('highlights the store search text in the transcript', async () => {
      const { el, store } = await mount();
      store.setQuery({ search: 'objednavka' });
      await settle(store, el);
      const transcript = root(el).querySelector('sv-transcript')!;
      await transcript.updateComplete;
      expect(transcript.shadowRoot!.querySelector('mark')?.textContent).to.equal('objednávka');
    });
  });
});
