/**
 * One action per intent across tab switches (issue 12, defect 5): a mutation in flight belongs
 * to the session in the store, not to the tab's element. Leaving a tab and coming back shows the
 * call still in flight (no second call, no new key), and the user can stop waiting: the call's
 * signal aborts, the outcome is shown as unknown, and a retry sends the same key.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import '../../../src/define/session-detail.js';
import type { SessionDetail } from '../../../src/elements/session-detail/session-detail.js';
import type { DetailTab } from '../../../src/elements/session-detail/detail-tabs.js';
import { TARGETS } from '../routing-panel/routing-test-adapter.js';
import { detail, settle, testStore } from './fixtures.js';

interface HungCall {
  method: string;
  key: string;
  signal: AbortSignal;
  resolve: (value?: unknown) => void;
}

/** An adapter whose mutations hang until the test settles them; every call and its signal is kept. */
async function mount(tab: DetailTab) {
  const hung: HungCall[] = [];
  const hang = (method: string, options: { idempotencyKey: string; signal?: AbortSignal }) =>
    new Promise((resolve) => hung.push({ method, key: options.idempotencyKey, signal: options.signal!, resolve }));
  const { store } = testStore({
    sessions: [detail({ state: 'active', endedAt: undefined, endReason: undefined })],
    overrides: {
      routingTargets: async () => structuredClone(TARGETS),
      reroute: (_id, _target, options) => hang('reroute', options) as Promise<void>,
      addNote: (_id, _text, options) => hang('addNote', options!) as never,
      banClient: (_id, ban) => hang('banClient', ban) as never,
    },
  });
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 600px; width: 560px; display: flex">
    <session-detail style="flex: 1" .store=${store} session-id="s-1" tab=${tab}></session-detail>
  </div>`);
  const el = wrapper.querySelector('session-detail')!;
  await settle(store, el);
  return { el, store, hung };
}

const inner = <T extends Element = HTMLElement>(el: SessionDetail, host: string, selector: string) =>
  el.shadowRoot!.querySelector(host)?.shadowRoot?.querySelector<T>(selector) ?? null;

async function switchTab(el: SessionDetail, tab: DetailTab, host: string): Promise<void> {
  el.tab = tab;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector(host), `${tab} tab shown`);
  await (el.shadowRoot!.querySelector(host) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

describe('<session-detail> one action per intent across tab switches', () => {

  it('a hung re-route is still in flight after leaving Routing and coming back; abandoning it keeps the key for the retry', async () => {
    const { el, hung } = await mount('routing');
    inner<HTMLButtonElement>(el, 'routing-panel', '[part="reroute-button"]')!.click();
    await waitUntil(() => inner(el, 'routing-panel', 'sv-target-picker'), 'picker shown');
    const picker = inner(el, 'routing-panel', 'sv-target-picker') as HTMLElement & { targets: unknown[]; value?: string };
    await waitUntil(() => picker.targets.length > 0, 'targets loaded');
    picker.value = 'op-alena';
    picker.dispatchEvent(new Event('change'));
    await waitUntil(() => inner(el, 'routing-panel', '[part="confirm-button"]'), 'review shown');
    inner<HTMLButtonElement>(el, 'routing-panel', '[part="confirm-button"]')!.click();
    await waitUntil(() => hung.length === 1, 're-route sent');

    await switchTab(el, 'info', 'sv-session-info');
    await switchTab(el, 'routing', 'routing-panel');
    await waitUntil(() => inner(el, 'routing-panel', '[part="abandon-button"]'), 'the call in flight is shown again');
    expect(Boolean(inner(el, 'routing-panel', '[part="reroute-button"]')), 'no second "Re-route…"').to.equal(false);
    inner<HTMLButtonElement>(el, 'routing-panel', '[part="confirm-button"]')!.click();
    await el.updateComplete;
    expect(hung, 'one call').to.have.length(1);

    inner<HTMLButtonElement>(el, 'routing-panel', '[part="abandon-button"]')!.click();
    await waitUntil(() => inner(el, 'routing-panel', '[part="error"]'), 'outcome shown');
    expect(hung[0]!.signal.aborted, 'the call was aborted').to.equal(true);
    expect(inner(el, 'routing-panel', '[part="error"]')!.textContent).to.contain('may or may not have moved');

    inner<HTMLButtonElement>(el, 'routing-panel', '[part="confirm-button"]')!.click();
    await waitUntil(() => hung.length === 2, 'retry sent');
    expect(hung[1]!.key, 'the retry carries the same key').to.equal(hung[0]!.key);
    hung[1]!.resolve();
    await waitUntil(() => inner(el, 'routing-panel', '[part="success"]'), 'retry succeeded');
  });

  it('the note form stays disabled after a tab switch during a hung save, with one optimistic note', async () => {
    const { el, store, hung } = await mount('notes');
    const editor = inner<HTMLTextAreaElement>(el, 'sv-session-notes', 'textarea')!;
    editor.value = 'Call back tomorrow';
    inner<HTMLButtonElement>(el, 'sv-session-notes', 'button[type="submit"]')!.click();
    await waitUntil(() => hung.length === 1, 'note sent');

    await switchTab(el, 'info', 'sv-session-info');
    await switchTab(el, 'notes', 'sv-session-notes');
    const submit = inner<HTMLButtonElement>(el, 'sv-session-notes', 'button[type="submit"]')!;
    expect(submit.disabled, 'save stays disabled').to.equal(true);
    inner<HTMLTextAreaElement>(el, 'sv-session-notes', 'textarea')!.value = 'Call back tomorrow';
    await (el.shadowRoot!.querySelector('sv-session-notes') as unknown as { submit(): Promise<void> }).submit();
    expect(hung, 'one call').to.have.length(1);
    expect(store.details.get('s-1')!.detail!.notes.filter((n) => n.id.startsWith('pending-')), 'one optimistic note').to.have.length(1);

    inner<HTMLButtonElement>(el, 'sv-session-notes', '[data-action="abandon"]')!.click();
    await waitUntil(() => inner(el, 'sv-session-notes', '.error'), 'outcome shown');
    expect(hung[0]!.signal.aborted).to.equal(true);
    expect(inner(el, 'sv-session-notes', '.error')!.textContent).to.contain('may or may not');
  });

  it('the ban dialog can be cancelled while its call hangs; the outcome is unknown and the retry keeps the key', async () => {
    const { el, hung } = await mount('transcript');
    const ban = el.shadowRoot!.querySelector('sv-ban-control')!;
    ban.shadowRoot!.querySelector<HTMLButtonElement>('[part="ban-button"]')!.click();
    await waitUntil(() => ban.shadowRoot!.querySelector('dialog[open]'), 'dialog open');
    ban.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value = 'spam';
    ban.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await waitUntil(() => hung.length === 1, 'ban sent');

    ban.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    await waitUntil(() => !ban.shadowRoot!.querySelector('dialog'), 'dialog closed');
    expect(hung[0]!.signal.aborted, 'the call was aborted').to.equal(true);
    await waitUntil(() => ban.shadowRoot!.querySelector('.error'), 'outcome shown');
    expect(ban.shadowRoot!.querySelector('.error')!.textContent).to.contain('may or may not');

    ban.shadowRoot!.querySelector<HTMLButtonElement>('[part="ban-button"]')!.click();
    await waitUntil(() => ban.shadowRoot!.querySelector('dialog[open]'), 'dialog open again');
    ban.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea')!.value = 'spam';
    ban.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
    await waitUntil(() => hung.length === 2, 'retry sent');
    expect(hung[1]!.key).to.equal(hung[0]!.key);
  });
});
