import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import '../../../src/define/routing-panel.js';
import type { RoutingPanel } from '../../../src/define/routing-panel.js';
import type { SessionState } from '../../../src/model/index.js';
import { makeDetail, RoutingTestAdapter, STEPS } from './routing-test-adapter.js';

async function panel(state: SessionState): Promise<RoutingPanel> {
  const adapter = new RoutingTestAdapter([makeDetail('s1', state, STEPS)], 'admin');
  const el = await fixture<RoutingPanel>(html`<routing-panel style="width:420px" session-id="s1" .adapter=${adapter}></routing-panel>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.timeline'), 'timeline rendered');
  return el;
}

/** Distance of the element's sides from the panel's sides, in px. */
function insets(el: RoutingPanel, selector: string): { start: number; end: number } {
  const outer = el.getBoundingClientRect();
  const inner = el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
  return { start: inner.left - outer.left, end: outer.right - inner.right };
}

describe('<routing-panel> layout', () => {
  it('keeps the ended-session note off the panel edge', async () => {
    const el = await panel('ended');
    const { start, end } = insets(el, '.note');
    expect(start).to.be.at.least(8);
    expect(end).to.be.at.least(8);
  });

  it('keeps the re-route heading and the timeline off the panel edge', async () => {
    const el = await panel('active');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reroute-button"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.section-title'), 're-route section rendered');
    await el.updateComplete; // the picker loads on first use
    expect(insets(el, '.section-title').start).to.be.at.least(8);
    expect(insets(el, 'sv-target-picker').start).to.be.at.least(8);
    expect(insets(el, 'sv-target-picker').end).to.be.at.least(8);
    expect(insets(el, '.timeline').start).to.be.at.least(8);
    expect(insets(el, '.timeline').end).to.be.at.least(8);
  });
});
