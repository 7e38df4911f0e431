import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import { followingClock } from '../../helpers/fake-clock.js';
import '../../../src/define/routing-panel.js';
import type { RoutingPanel, TargetPicker } from '../../../src/define/routing-panel.js';
import type { Role, SessionState } from '../../../src/model/index.js';
import { makeDetail, operator, RoutingTestAdapter, STEPS } from './routing-test-adapter.js';

async function setup(state: SessionState = 'active', role: Role = 'admin') {
  const adapter = new RoutingTestAdapter([makeDetail('s1', state, STEPS)], role);
  const el = await fixture<RoutingPanel>(html`<routing-panel session-id="s1" .adapter=${adapter}></routing-panel>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.timeline'), 'timeline rendered');
  return { adapter, el, root: el.shadowRoot! };
}

const q = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector);

async function openPicker(el: RoutingPanel): Promise<TargetPicker> {
  q<HTMLButtonElement>(el.shadowRoot!, '[part="reroute-button"]')!.click();
  await waitUntil(() => q<TargetPicker>(el.shadowRoot!, 'sv-target-picker')?.targets.length, 'targets loaded');
  return q<TargetPicker>(el.shadowRoot!, 'sv-target-picker')!;
}

/** Chooses a target the way a keyboard user does: type, then Enter. */
async function choose(el: RoutingPanel, text: string): Promise<void> {
  const picker = await openPicker(el);
  await waitUntil(() => picker.shadowRoot!.activeElement, 'picker focused');
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => q(el.shadowRoot!, '[part="review"]'), 'review shown');
}

const confirmButton = (el: RoutingPanel) => q<HTMLButtonElement>(el.shadowRoot!, '[part="confirm-button"]')!;
const stepTexts = (el: RoutingPanel) => [...el.shadowRoot!.querySelectorAll('.step')].map((s) => s.textContent.replace(/\s+/g, ' '));

describe('<routing-panel> re-route', () => {
  it('Cancel in the review goes back to the picker; Close closes the section', async () => {
    const { el } = await setup();
    await choose(el, 'alena');
    q<HTMLButtonElement>(el.shadowRoot!, '[part="cancel-button"]')!.click();
    await waitUntil(() => !q(el.shadowRoot!, '[part="review"]'), 'review gone');
    const picker = q<TargetPicker>(el.shadowRoot!, 'sv-target-picker');
    expect(picker, 'the picker stays open').to.exist;
    await waitUntil(() => el.shadowRoot!.activeElement === picker, 'focus back in the picker');
    q<HTMLButtonElement>(el.shadowRoot!, '[part="close-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement === q(el.shadowRoot!, '[part="reroute-button"]'), 'focus on Re-route');
    expect(q(el.shadowRoot!, 'sv-target-picker')).to.equal(null);
  });

  it('re-routes a live session: pending step, then confirmed, one call with an idempotency key, done event', async () => {
    const { adapter, el } = await setup();
    adapter.holdReroutes = true;
    await choose(el, 'alena');
    expect(q(el.shadowRoot!, '[part="review"]')!.textContent).to.contain('Re-route this session to Alena Dvořáková?');
    await expect(el).to.be.accessible();
    const done = oneEvent<HTMLElementEventMap['sv-reroute-done']>(el, 'sv-reroute-done');
    confirmButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.is-pending'), 'pending step shown');
    expect(stepTexts(el).at(-1)).to.contain('Re-routed to Alena Dvořáková').and.contain('waiting for confirmation').and.contain('by Admin Alice');
    expect(confirmButton(el).getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    expect(adapter.rerouteCalls).to.have.length(1);
    expect(adapter.rerouteCalls[0]).to.include({ sessionId: 's1' });
    expect(adapter.rerouteCalls[0]!.target).to.deep.equal({ kind: 'operator', id: 'op-alena' });
    expect(adapter.rerouteCalls[0]!.key).to.be.a('string').and.not.empty;
    adapter.release();
    const event = await done;
    expect(event.detail.sessionId).to.equal('s1');
    expect(event.detail.target.id).to.equal('op-alena');
    expect(event.detail.idempotencyKey).to.equal(adapter.rerouteCalls[0]!.key);
    await waitUntil(() => !el.shadowRoot!.querySelector('.is-pending'), 'step confirmed');
    expect(el.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.contain('Re-routed to Alena Dvořáková');
    expect(q(el.shadowRoot!, '[part="success"]')!.textContent).to.contain('Re-routed to Alena Dvořáková.');
    // Focus returns to the button that opens the picker again, once the picker is gone.
    await waitUntil(() => el.shadowRoot!.activeElement === q(el.shadowRoot!, '[part="reroute-button"]'), 'focus on Re-route…');
    await expect(el).to.be.accessible();
  });

  it('makes a single adapter call on double submit', async () => {
    const { adapter, el } = await setup();
    adapter.holdReroutes = true;
    let requests = 0;
    el.addEventListener('sv-reroute-request', () => (requests += 1));
    await choose(el, 'support');
    confirmButton(el).click();
    confirmButton(el).click();
    await waitUntil(() => adapter.rerouteCalls.length === 1, 'the request reached the adapter');
    await el.updateComplete;
    confirmButton(el).click();
    expect(adapter.rerouteCalls).to.have.length(1);
    expect(requests).to.equal(1);
    adapter.release();
    await waitUntil(() => q(el.shadowRoot!, '[part="success"]'), 'done');
    expect(adapter.rerouteCalls).to.have.length(1);
    expect(stepTexts(el).filter((t) => t.includes('Re-routed to Support'))).to.have.length(1);
  });

  it('rolls back the pending step on failure, says why, and retries with the same key', async () => {
    const { adapter, el } = await setup();
    adapter.holdReroutes = true;
    await choose(el, 'alena');
    confirmButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.is-pending'), 'pending');
    adapter.release(Object.assign(new Error('Service Unavailable'), { status: 503 }));
    await waitUntil(() => q(el.shadowRoot!, '[part="error"]'), 'error shown');
    expect(el.shadowRoot!.querySelector('.is-pending')).to.equal(null);
    expect(stepTexts(el)).to.have.length(STEPS.length);
    const error = q(el.shadowRoot!, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Re-routing to Alena Dvořáková failed.').and.contain('The server could not be reached.');
    await expect(el).to.be.accessible();
    adapter.holdReroutes = false;
    confirmButton(el).click();
    await waitUntil(() => q(el.shadowRoot!, '[part="success"]'), 'retry succeeded');
    expect(adapter.rerouteCalls).to.have.length(2);
    expect(adapter.rerouteCalls[1]!.key).to.equal(adapter.rerouteCalls[0]!.key);
  });

  it('drops the key after a 409 (the session changed): the detail reloads and confirming again is a new intent', async () => {
    const { adapter, el } = await setup();
    const loads = { count: 0 };
    const getSession = adapter.getSession.bind(adapter);
    adapter.getSession = (id: string) => {
      loads.count += 1;
      return getSession(id);
    };
    adapter.rerouteError = Object.assign(new Error('Conflict'), { status: 409 });
    await choose(el, 'alena');
    const loadsBefore = loads.count;
    confirmButton(el).click();
    await waitUntil(() => q(el.shadowRoot!, '[part="error"]'), 'error shown');
    expect(q(el.shadowRoot!, '[part="error"]')!.textContent).to.contain('The session changed in the meantime and has been reloaded.');
    await waitUntil(() => loads.count > loadsBefore, 'the detail is loaded again');
    adapter.rerouteError = undefined;
    confirmButton(el).click();
    await waitUntil(() => q(el.shadowRoot!, '[part="success"]'), 'the new intent succeeded');
    expect(adapter.rerouteCalls).to.have.length(2);
    expect(adapter.rerouteCalls[1]!.key).to.be.a('string').and.not.equal(adapter.rerouteCalls[0]!.key);
  });

  it('asks a second time before re-routing to an unavailable target (a double click is not enough)', async () => {
    const clock = followingClock({ performance: true });
    const { adapter, el } = await setup();
    await choose(el, 'bohdan');
    expect(q(el.shadowRoot!, '[part="review"]')!.textContent).to.contain('Unavailable: offline');
    confirmButton(el).click();
    await el.updateComplete;
    confirmButton(el).click();
    await el.updateComplete;
    expect(adapter.rerouteCalls).to.have.length(0);
    const warning = q(el.shadowRoot!, '.warning')!;
    expect(warning.getAttribute('role')).to.equal('alert');
    expect(warning.textContent).to.contain('Bohdan Král is unavailable (offline)');
    expect(confirmButton(el).textContent).to.contain('Re-route anyway');
    await expect(el).to.be.accessible();
    await clock.tickAsync(550); // past the guard against a double click
    confirmButton(el).click();
    await waitUntil(() => q(el.shadowRoot!, '[part="success"]'), 'done');
    expect(adapter.rerouteCalls).to.have.length(1);
  });

  it('shows availability changes while the picker is open, and then asks for the second confirmation', async () => {
    const { adapter, el } = await setup();
    await choose(el, 'alena');
    const picker = q<TargetPicker>(el.shadowRoot!, 'sv-target-picker')!;
    picker.focus();
    await sendKeys({ press: 'ArrowDown' });
    await picker.updateComplete;
    const option = () => picker.shadowRoot!.querySelector('[data-target-id="op-alena"]')!;
    expect(option().textContent).to.contain('Online');
    adapter.setAvailability(operator('op-alena', 'Alena Dvořáková', { availability: 'away' }));
    await waitUntil(() => option().textContent.includes('Away'), 'option updated live');
    expect(option().textContent).to.contain('Unavailable: away');
    expect(picker.shadowRoot!.querySelector('[role="combobox"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(q(el.shadowRoot!, '[part="review"]')!.textContent).to.contain('Unavailable: away');
    confirmButton(el).click();
    await el.updateComplete;
    expect(adapter.rerouteCalls).to.have.length(0);
    expect(q(el.shadowRoot!, '.warning')!.textContent).to.contain('is unavailable (away)');
  });

  it('lets the host veto the request: nothing is sent', async () => {
    const { adapter, el } = await setup();
    const seen: unknown[] = [];
    el.addEventListener('sv-reroute-request', (event) => {
      seen.push(event.detail);
      event.preventDefault();
    });
    await choose(el, 'support');
    confirmButton(el).click();
    // The veto is read synchronously from the dispatched event: nothing can follow it.
    await el.updateComplete;
    expect(adapter.rerouteCalls).to.have.length(0);
    expect(seen).to.have.length(1);
    expect(seen[0]).to.deep.include({ sessionId: 's1' });
    expect(el.shadowRoot!.querySelector('.is-pending')).to.equal(null);
  });

  it('is read-only for non-administrators and for ended sessions, with a reason', async () => {
    const supervisor = await setup('active', 'supervisor');
    expect(q(supervisor.root, '[part="reroute-button"]')).to.equal(null);
    expect(q(supervisor.root, '[part="reroute"]')!.textContent).to.contain('Only administrators can re-route');
    await expect(supervisor.el).to.be.accessible();

    const ended = await setup('ended', 'admin');
    expect(q(ended.root, '[part="reroute-button"]')).to.equal(null);
    expect(q(ended.root, '[part="reroute"]')!.textContent).to.contain('Ended sessions cannot be re-routed');
  });

  it('hides re-routing when the host does not support it', async () => {
    const adapter = new RoutingTestAdapter([makeDetail('s1', 'waiting', STEPS)]);
    (adapter as { capabilities: object }).capabilities = { live: true, reroute: false };
    const el = await fixture<RoutingPanel>(html`<routing-panel session-id="s1" .adapter=${adapter}></routing-panel>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.timeline'), 'timeline rendered');
    expect(q(el.shadowRoot!, '[part="reroute"]')).to.equal(null);
  });
});
