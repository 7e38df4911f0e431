import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoAdapter } from '../../../src/adapter/demo/index.js';
import '../../../src/define/routing-panel.js';
import type { RoutingPanel, TargetPicker } from '../../../src/define/routing-panel.js';
import type { SessionSummary } from '../../../src/model/index.js';
import { SessionStore } from '../../../src/store/index.js';

describe('<routing-panel> with the demo adapter and an explicit store', () => {
  it('re-routes, then shows the host\'s recorded step exactly once after the host moves the session', async () => {
    const adapter = createDemoAdapter({ seed: 3, sessions: 50, liveSessions: 6, live: false });
    adapter.capabilities.live = true; // subscribe without the timer: only our own re-route changes anything
    const store = new SessionStore(adapter);
    const page = await adapter.listSessions({ mode: 'live', limit: 50 }, new AbortController().signal);
    const session = (page.sessions as SessionSummary[]).find((s) => s.state === 'active')!;
    store.setMode('live');
    const el = await fixture<RoutingPanel>(html`<routing-panel session-id=${session.id} .store=${store}></routing-panel>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.timeline'), 'timeline');
    const before = el.shadowRoot!.querySelectorAll('.step').length;

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reroute-button"]')!.click();
    const picker = await waitUntil(() => el.shadowRoot!.querySelector<TargetPicker>('sv-target-picker')).then(() => el.shadowRoot!.querySelector<TargetPicker>('sv-target-picker')!);
    await waitUntil(() => picker.targets.length > 0, 'targets');
    const group = picker.targets.find((t) => t.kind === 'group' && t.availability === 'online' && t.availableMembers > 0)!;
    await waitUntil(() => picker.shadowRoot!.activeElement, 'picker focused');
    await sendKeys({ type: group.name });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.querySelector('[part="confirm-button"]'), 'review');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="success"]'), 'done');
    // The demo host moved the session to the group (waiting again): the panel reloads its history.
    await waitUntil(() => store.session(session.id)?.state === 'waiting', 'host moved the session');
    await waitUntil(() => store.details.get(session.id)?.status === 'ready' && !store.details.get(session.id)!.detail!.routing.some((s) => s.id.startsWith('pending-')), 'host history loaded');
    await el.updateComplete;
    const rerouted = [...el.shadowRoot!.querySelectorAll('.step')].filter((s) => s.textContent.includes(`to ${group.name}`));
    expect(rerouted).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('.step').length).to.equal(before + 1);
    expect(el.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.contain(group.name);
    adapter.dispose();
  });
});
