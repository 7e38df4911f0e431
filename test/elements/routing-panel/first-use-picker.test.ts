/**
 * `<routing-panel>`'s picker loads when a re-route is first opened: this page imports only the
 * panel, so the test below is that first opening, by keyboard, as for a host.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/routing-panel.js';
import type { RoutingPanel } from '../../../src/define/routing-panel.js';
import { makeDetail, RoutingTestAdapter, STEPS } from './routing-test-adapter.js';

describe('<routing-panel>: the picker loaded on first use', () => {
  it('opens a re-route from the keyboard and moves focus into the picker once it is in', async () => {
    expect(customElements.get('sv-target-picker'), 'not registered up front').to.equal(undefined);
    const adapter = new RoutingTestAdapter([makeDetail('s1', 'active', STEPS)], 'admin');
    const el = await fixture<RoutingPanel>(html`<routing-panel session-id="s1" .adapter=${adapter}></routing-panel>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="reroute-button"]'), 're-route button');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reroute-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const picker = el.shadowRoot!.querySelector('sv-target-picker')!;
    expect(picker).to.exist;
    await waitUntil(() => el.shadowRoot!.activeElement === picker, 'focus in the picker');
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'no busy status left').to.equal(null);
    await expect(el).to.be.accessible();
  });
});
