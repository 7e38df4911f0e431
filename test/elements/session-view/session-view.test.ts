import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/session-view.js';
import type { SessionView } from '../../../src/elements/session-view/session-view.js';
import { followingClock } from '../../helpers/fake-clock.js';
import { scriptedAdapter, summary, until } from '../../helpers/test-adapter.js';

async function mountView(adapter = scriptedAdapter({ pages: { history: [[summary('s1'), summary('s2')]] } })) {
  const view = await fixture<SessionView>(html`<session-view style="height:500px;width:1000px" .adapter=${adapter}></session-view>`);
  await until(() => view.store?.status === 'ready');
  await view.store!.settled();
  return { view, adapter };
}

describe('<session-view>', () => {
  it('creates one store from the adapter and provides it to the table inside', async () => {
    const { view } = await mountView();
    const table = view.shadowRoot!.querySelector('session-table') as HTMLElement & { store?: unknown };
    expect(table).to.exist;
    expect(table.store).to.equal(view.store);
    expect(view.store!.view).to.have.length(2);
  });

  it('says clearly when no adapter is set', async () => {
    const view = await fixture<SessionView>(html`<session-view></session-view>`);
    const alert = view.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('adapter');
    await expect(view).to.be.accessible();
  });

  it('speaks Czech when an ancestor says lang="cs"', async () => {
    const wrapper = await fixture(html`<div lang="cs"><session-view></session-view></div>`);
    const view = wrapper.querySelector('session-view')!;
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain('Chybí zdroj dat');
  });

  it('opens the detail panel for the selected session and resizes it from the keyboard', async () => {
    const { view } = await mountView();
    expect(view.shadowRoot!.querySelector('.detail')).to.equal(null);
    view.store!.select('s1');
    await view.store!.settled();
    await view.updateComplete;
    const detail = view.shadowRoot!.querySelector('session-detail')!;
    expect(detail.getAttribute('session-id')).to.equal('s1');
    const splitter = view.shadowRoot!.querySelector<HTMLElement>('[role="separator"]')!;
    const before = Number(splitter.getAttribute('aria-valuenow'));
    splitter.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await view.updateComplete;
    expect(Number(splitter.getAttribute('aria-valuenow'))).to.equal(before + 24);
    expect(view.shadowRoot!.querySelector<HTMLElement>('.detail')!.offsetWidth).to.equal(before + 24);
    await sendKeys({ press: 'Home' });
    await view.updateComplete;
    expect(Number(splitter.getAttribute('aria-valuenow'))).to.equal(280);
  });

  it('takes the time limit of adapter calls from its request-timeout attribute', async () => {
    const clock = followingClock();
    const adapter = scriptedAdapter({ pages: { history: [[]] }, beforePage: () => new Promise(() => {}) });
    const view = await fixture<SessionView>(html`<session-view request-timeout="5000" .adapter=${adapter}></session-view>`);
    expect(view.store!.requestTimeoutMs).to.equal(5000);
    await until(() => adapter.requests.length === 1);
    await clock.tickAsync(5000);
    await until(() => view.store!.status === 'error');
    expect(view.store!.error?.kind).to.equal('timeout');
    // A later change applies to the next call; a nonsense value keeps the limit in effect.
    view.requestTimeout = 60_000;
    await view.updateComplete;
    expect(view.store!.requestTimeoutMs).to.equal(60_000);
    view.setAttribute('request-timeout', 'soon');
    await view.updateComplete;
    expect(view.store!.requestTimeoutMs).to.equal(60_000);
  });

  it('re-dispatches invalid records from the adapter as sv-data-error', async () => {
    const adapter = scriptedAdapter({ pages: { history: [[summary('s1'), { id: 'bad', startedAt: 'not a date' }]] } });
    const errors: Array<string | undefined> = [];
    const originalWarn = console.warn;
    console.warn = () => {};
    try {
      const view = await fixture<SessionView>(
        html`<session-view .adapter=${adapter} @sv-data-error=${(e: HTMLElementEventMap['sv-data-error']) => errors.push(e.detail.id)}></session-view>`,
      );
      await until(() => view.store?.status === 'ready');
      expect(errors).to.deep.equal(['bad']);
    } finally {
      console.warn = originalWarn;
    }
  });

  it('disconnecting stops the live subscription; reconnecting restores it', async () => {
    const { view, adapter } = await mountView();
    expect(adapter.listeners).to.equal(1);
    const parent = view.parentNode!;
    view.remove();
    expect(adapter.listeners).to.equal(0);
    parent.appendChild(view);
    expect(adapter.listeners).to.equal(1);
  });
});

describe('<session-view sync-url>', () => {
  // The runner's own parameters (its session id) stay in the URL throughout, as a host's would.
  const original = location.href;
  const withRunnerParams = (extra: string) => `${location.pathname}${location.search ? `${location.search}&` : '?'}${extra}`;
  afterEach(() => history.replaceState(null, '', original));

  it('starts from the view in the URL and writes changes back, keeping the host parameters', async () => {
    history.replaceState(null, '', withRunnerParams('tab=7&f.channel=in:whatsapp&cols=id,channel&sort=clientName'));
    const adapter = scriptedAdapter({
      pages: { history: [[summary('s1', { channel: 'whatsapp' }), summary('s2', { channel: 'phone' })]] },
    });
    const view = await fixture<SessionView>(html`<session-view sync-url .adapter=${adapter}></session-view>`);
    await until(() => view.store?.status === 'ready');
    await view.store!.settled();
    expect(view.store!.query.filters['channel']).to.deep.equal({ kind: 'values', values: ['whatsapp'] });
    expect(view.store!.columns).to.deep.equal(['id', 'channel']);
    expect(view.store!.view).to.deep.equal(['s1']);
    view.store!.setQuery({ mode: 'live', filters: {} });
    await view.store!.settled();
    const params = new URLSearchParams(location.search);
    expect(params.get('tab')).to.equal('7');
    expect(params.get('mode')).to.equal('live');
    expect(params.has('f.channel')).to.equal(false);
    expect(params.get('cols')).to.equal('id,channel');
  });

  it('keeps its columns and filters when a host re-encodes the URL with URLSearchParams (the demo header)', async () => {
    history.replaceState(null, '', withRunnerParams('f.channel=in:whatsapp,phone&cols=id,channel'));
    const pages = { history: [[summary('s1', { channel: 'whatsapp' }), summary('s2', { channel: 'phone' }), summary('s3', { channel: 'email' })]] };
    const view = await fixture<SessionView>(html`<session-view sync-url .adapter=${scriptedAdapter({ pages })}></session-view>`);
    await until(() => view.store?.status === 'ready');
    // What the demo does when Role or Sessions changes: rewrite the URL, then swap the adapter.
    const reencoded = new URLSearchParams(location.search);
    reencoded.set('role', 'admin');
    history.replaceState(null, '', `?${reencoded}`);
    expect(location.search).to.contain('cols=id%2Cchannel');
    const first = view.store;
    view.adapter = scriptedAdapter({ pages });
    // The new adapter's store, not the first one (ready all along).
    await until(() => view.store !== first && view.store?.status === 'ready');
    await view.store!.settled();
    expect(view.store!.columns).to.deep.equal(['id', 'channel']);
    expect(view.store!.view).to.have.members(['s1', 's2']);
  });

  it('opens the session and tab a link names, and keeps both in the URL as the user moves', async () => {
    history.replaceState(null, '', withRunnerParams('session=s2&session.tab=notes'));
    const adapter = scriptedAdapter({ pages: { history: [[summary('s1'), summary('s2')]] } });
    const view = await fixture<SessionView>(html`<session-view sync-url style="height:500px;width:1000px" .adapter=${adapter}></session-view>`);
    await until(() => view.store?.status === 'ready');
    expect(view.store!.selectedId).to.equal('s2');
    const detail = view.shadowRoot!.querySelector('session-detail')!;
    await detail.updateComplete;
    expect(detail.tab).to.equal('notes');
    detail.dispatchEvent(new CustomEvent('sv-detail-tab-change', { detail: { tab: 'info' }, bubbles: true, composed: true }));
    await view.updateComplete;
    expect(new URLSearchParams(location.search).get('session.tab')).to.equal('info');
    view.store!.select('s1');
    await view.store!.settled();
    const params = new URLSearchParams(location.search);
    expect(params.get('session')).to.equal('s1');
    expect(params.get('session.tab')).to.equal('info');
    view.store!.select(undefined);
    await view.store!.settled();
    expect(new URLSearchParams(location.search).has('session')).to.equal(false);
  });

  it('leaves the URL alone without the attribute', async () => {
    history.replaceState(null, '', withRunnerParams('f.channel=in:whatsapp'));
    const before = location.search;
    const { view } = await mountView();
    expect(view.store!.query.filters).to.deep.equal({});
    view.store!.setQuery({ search: 'x' });
    await view.store!.settled();
    expect(location.search).to.equal(before);
  });
});

describe('<session-view> on the demo adapter', () => {
  // A host's error tracker records every window `error` event, including Chromium's
  // "ResizeObserver loop" notice: the whole integration must raise none.
  let windowErrors: string[] = [];
  const onWindowError = (event: ErrorEvent) => windowErrors.push(event.message);
  beforeEach(() => {
    windowErrors = [];
    window.addEventListener('error', onWindowError);
  });
  afterEach(() => window.removeEventListener('error', onWindowError));

  it('renders rows, opens the detail on Enter, moves between rows, passes axe, and raises no window error', async () => {
    const { createDemoAdapter } = await import('../../../src/adapter/demo/index.js');
    const adapter = createDemoAdapter({ seed: 11, sessions: 500, live: false });
    const view = await fixture<SessionView>(html`<session-view style="height:600px;width:1200px" .adapter=${adapter}></session-view>`);
    await until(() => view.store?.status === 'ready', 10000);
    await view.store!.settled();
    const table = view.shadowRoot!.querySelector('session-table')!;
    await until(() => (table.shadowRoot?.querySelectorAll('.body [role="row"]').length ?? 0) > 5, 5000);
    const grid = table.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).to.equal(String(view.store!.view.length + 1));
    await expect(view).to.be.accessible();
    grid.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await until(() => view.store!.selectedId !== undefined);
    const detail = () => view.shadowRoot!.querySelector('session-detail');
    const transcriptShown = () => Boolean(detail()?.shadowRoot?.querySelector('sv-transcript')?.shadowRoot?.querySelector('[data-index]'));
    await until(() => Boolean(detail()?.shadowRoot?.querySelector('[role="tablist"]')), 5000);
    expect(detail()!.getAttribute('session-id')).to.equal(view.store!.view[1]);
    await until(transcriptShown, 5000);
    await detail()!.updateComplete;
    await expect(view).to.be.accessible();
    // Moving to other rows with the detail open swaps the transcript each time.
    for (const index of [2, 3, 4]) {
      view.store!.select(view.store!.view[index]);
      await view.store!.settled();
      await until(() => detail()?.getAttribute('session-id') === view.store!.view[index], 5000);
      await until(transcriptShown, 5000);
      await detail()!.updateComplete;
    }
    expect(windowErrors).to.deep.equal([]);
    adapter.dispose();
  });
});
