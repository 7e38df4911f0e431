import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/routing-panel.js';
import type { RoutingPanel, TargetPicker } from '../../../src/define/routing-panel.js';
import { makeDetail, RoutingTestAdapter, STEPS } from './routing-test-adapter.js';

/** The panel moves from session A to session B while A's re-route is in flight. */
async function setup() {
  const adapter = new RoutingTestAdapter([makeDetail('a', 'active', STEPS), makeDetail('b', 'active', STEPS, { client: { name: 'Bára Bílá' } })]);
  const el = await fixture<RoutingPanel>(html`<routing-panel session-id="a" .adapter=${adapter}></routing-panel>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.timeline'), 'timeline rendered');
  return { adapter, el };
}

const q = <T extends Element = HTMLElement>(el: RoutingPanel, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const status = (el: RoutingPanel) => q(el, '[role="status"]')!.textContent.trim();

async function startRerouteToAlena(el: RoutingPanel, adapter: RoutingTestAdapter): Promise<void> {
  adapter.holdReroutes = true;
  q<HTMLButtonElement>(el, '[part="reroute-button"]')!.click();
  await waitUntil(() => q<TargetPicker>(el, 'sv-target-picker')?.targets.length, 'targets loaded');
  await waitUntil(() => q<TargetPicker>(el, 'sv-target-picker')!.shadowRoot!.activeElement, 'picker focused');
  await sendKeys({ type: 'alena' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => q(el, '[part="confirm-button"]'), 'review shown');
  q<HTMLButtonElement>(el, '[part="confirm-button"]')!.click();
  await waitUntil(() => q(el, '.is-pending'), 'pending step on A');
}

async function showSession(el: RoutingPanel, id: string): Promise<void> {
  el.sessionId = id;
  await waitUntil(() => q(el, '.timeline') && el.activeStore?.details.get(id)?.detail, `session ${id} shown`);
  await el.updateComplete;
}

/** B's panel as a user sees it: a closed re-route section with no outcome and nothing pending. */
function expectFreshReroute(el: RoutingPanel): void {
  // Booleans, not elements: a failing assertion must not serialise a live DOM node.
  expect(Boolean(q(el, '.is-pending')), 'no pending step').to.equal(false);
  expect(Boolean(q(el, 'sv-target-picker')), 'picker closed').to.equal(false);
  expect(Boolean(q(el, '[part="success"]')), 'no success').to.equal(false);
  expect(Boolean(q(el, '[part="error"]')), 'no failure').to.equal(false);
  expect(Boolean(q(el, '[part="reroute-button"]')), 'B can be re-routed').to.equal(true);
}

describe('<routing-panel> re-route belongs to one session', () => {
  it("a success for A lands in the store but is neither shown nor announced on B's panel", async () => {
    const { adapter, el } = await setup();
    await startRerouteToAlena(el, adapter);
    await showSession(el, 'b');
    expectFreshReroute(el);

    const done = oneEvent<HTMLElementEventMap['sv-reroute-done']>(el, 'sv-reroute-done');
    adapter.release();
    expect((await done).detail.sessionId).to.equal('a');
    await waitUntil(() => el.activeStore!.details.get('a')!.detail!.routing.every((step) => step.status !== 'pending'), 'A confirmed in store');
    await el.updateComplete;
    expectFreshReroute(el);
    expect(status(el)).not.to.contain('Alena');
    expect(document.activeElement).not.to.equal(el);
    await expect(el).to.be.accessible();

    // Back on A: the confirmed step is in its timeline; the panel starts a fresh intent.
    await showSession(el, 'a');
    expect(q(el, '[aria-current="step"]')!.textContent).to.contain('Re-routed to Alena Dvořáková');
    expect(adapter.rerouteCalls).to.have.length(1);
  });

  it("a failure for A is not shown on B, and is shown when the user comes back to A", async () => {
    const { adapter, el } = await setup();
    await startRerouteToAlena(el, adapter);
    await showSession(el, 'b');
    adapter.release(Object.assign(new Error('Service Unavailable'), { status: 503 }));
    await waitUntil(() => !el.activeStore!.details.get('a')!.detail!.routing.some((step) => step.status === 'pending'), 'A rolled back');
    await el.updateComplete;
    expectFreshReroute(el);

    await showSession(el, 'a');
    await waitUntil(() => q(el, '[part="error"]'), 'failure shown on A');
    expect(q(el, '[part="error"]')!.textContent).to.contain('Re-routing to Alena Dvořáková failed.');
  });

  it('coming back to A while its call is in flight shows it pending (no second call possible)', async () => {
    const { adapter, el } = await setup();
    await startRerouteToAlena(el, adapter);
    await showSession(el, 'b');
    expectFreshReroute(el);
    await showSession(el, 'a');
    expect(Boolean(q(el, '.is-pending'))).to.equal(true);
    expect(q(el, '[part="confirm-button"]')!.getAttribute('aria-disabled')).to.equal('true');
    q<HTMLButtonElement>(el, '[part="confirm-button"]')!.click();
    expect(adapter.rerouteCalls).to.have.length(1);
    adapter.release();
    await waitUntil(() => q(el, '[part="success"]'), 'success shown on A');
  });

  it("B's own re-route is independent of A's call in flight", async () => {
    const { adapter, el } = await setup();
    await startRerouteToAlena(el, adapter);
    await showSession(el, 'b');
    await startRerouteToAlena(el, adapter);
    expect(adapter.rerouteCalls.map((call) => call.sessionId)).to.deep.equal(['a', 'b']);
    expect(adapter.rerouteCalls[0]!.key).not.to.equal(adapter.rerouteCalls[1]!.key);
    adapter.release();
    await waitUntil(() => q(el, '[part="success"]'), 'success shown on B');
    await waitUntil(() => status(el).includes('Alena'), 'announced once for B');
  });
});
