import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import { followingClock } from '../../helpers/fake-clock.js';
import '../../../src/define/routing-panel.js';
import type { RoutingPanel } from '../../../src/define/routing-panel.js';
import { timelineRows } from '../../../src/elements/routing-panel/timeline-model.js';
import type { RoutingStep } from '../../../src/model/index.js';
import { makeDetail, RoutingTestAdapter, STEPS, T0 } from './routing-test-adapter.js';

async function panelFor(adapter: RoutingTestAdapter, id: string): Promise<RoutingPanel> {
  const el = await fixture<RoutingPanel>(html`<routing-panel session-id=${id} .adapter=${adapter}></routing-panel>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.timeline, [part="empty"], [role="alert"]'), 'timeline rendered');
  return el;
}

function stepTexts(el: RoutingPanel): string[] {
  return [...el.shadowRoot!.querySelectorAll('.step')].map((li) => li.textContent.replace(/\s+/g, ' ').trim());
}

describe('timelineRows', () => {
  it('orders by time, measures each step until the next, and ticks the live current step', () => {
    const shuffled: RoutingStep[] = [STEPS[3]!, STEPS[0]!, STEPS[4]!, STEPS[1]!, STEPS[2]!];
    const rows = timelineRows(shuffled, { state: 'active' }, T0 + 100_000);
    expect(rows.map((r) => r.step.id)).to.deep.equal(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(rows.map((r) => r.durationMs)).to.deep.equal([5_000, 20_000, 5_000, 10_000, 60_000]);
    expect(rows.map((r) => r.current)).to.deep.equal([false, false, false, false, true]);
    expect(rows[4]!.ticking).to.equal(true);
  });

  it('ends the last step at the end of an ended session and keeps pending steps last', () => {
    const pending: RoutingStep = { id: 'p', kind: 'rerouted', at: T0 + 1, status: 'pending', target: { id: 'g', name: 'G', kind: 'group' } };
    const rows = timelineRows([pending, ...STEPS], { state: 'ended', endedAt: T0 + 600_000 }, T0 + 900_000);
    expect(rows.at(-1)!.step.id).to.equal('p');
    expect(rows.at(-1)!.current).to.equal(false);
    expect(rows.at(-2)!.durationMs).to.equal(560_000);
    expect(rows.at(-2)!.ticking).to.equal(false);
    expect(rows.at(-2)!.current).to.equal(true);
  });
});

describe('<routing-panel> timeline', () => {
  it('shows every step in order with who, when (viewer time zone) and how long, the final one marked', async () => {
    const adapter = new RoutingTestAdapter([makeDetail('s1', 'ended', STEPS, { endReason: 'client-ended' })]);
    const el = await panelFor(adapter, 's1');
    const texts = stepTexts(el);
    expect(texts).to.have.length(6);
    expect(texts[0]).to.contain('Queued in Sales').and.contain('09:00:00').and.contain('for 0:05');
    expect(texts[2]).to.contain('Offer to Jana Nováková timed out');
    expect(texts[4]).to.contain('Accepted by Petr Svoboda').and.contain('Final').and.contain('for 9:20');
    expect(texts[5]).to.contain('Session ended').and.contain('09:10:00');
    const current = el.shadowRoot!.querySelectorAll('[aria-current="step"]');
    expect(current).to.have.length(1);
    expect(current[0]!.textContent).to.contain('Accepted by Petr Svoboda');
    await expect(el).to.be.accessible();
  });

  it('describes manual re-routes with who did it, from where and to where', async () => {
    const steps: RoutingStep[] = [
      ...STEPS,
      { id: 'r6', kind: 'rerouted', at: T0 + 90_000, from: { id: 'op-petr', name: 'Petr Svoboda', kind: 'operator' }, target: { id: 'g-vip', name: 'VIP', kind: 'group' }, by: { id: 'adm', name: 'Admin Alice' } },
    ];
    const el = await panelFor(new RoutingTestAdapter([makeDetail('s1', 'ended', steps)]), 's1');
    expect(stepTexts(el)[5]).to.contain('Re-routed from Petr Svoboda to VIP').and.contain('(group)').and.contain('by Admin Alice');
  });

  it('renders untrusted names as text, never as markup', async () => {
    const steps: RoutingStep[] = [{ id: 'x', kind: 'queued', at: T0, target: { id: 'g', name: '<img src=x onerror=alert(1)>', kind: 'group' } }];
    const el = await panelFor(new RoutingTestAdapter([makeDetail('s1', 'ended', steps)]), 's1');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(stepTexts(el)[0]).to.contain('<img src=x onerror=alert(1)>');
  });

  it('ticks the current step of a live session and says it is current', async () => {
    // The clock is jumped a second: the duration must tick within it (a real-time wait would need a
    // deadline loose enough for a busy machine, and then could not tell a tick per second apart).
    const clock = followingClock();
    const detail = makeDetail('s1', 'active', STEPS);
    const el = await panelFor(new RoutingTestAdapter([detail]), 's1');
    const current = el.shadowRoot!.querySelector('[aria-current="step"]')!;
    expect(current.textContent).to.contain('Current').and.contain('so far');
    // Read right after a tick: a render of the panel's own (its detail arriving) between the clock's
    // start and the read could show a time less than a second before the next tick.
    await clock.tickAsync(1000);
    await el.updateComplete;
    const before = current.querySelector('.duration')!.textContent;
    await clock.tickAsync(1000);
    await el.updateComplete;
    expect(current.querySelector('.duration')!.textContent, 'ticked within a second').to.not.equal(before);
    await expect(el).to.be.accessible();
  });

  it('says so when nothing was recorded, and offers Retry when loading failed', async () => {
    const empty = await panelFor(new RoutingTestAdapter([makeDetail('s1', 'ended', [])]), 's1');
    expect(empty.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('No routing steps');
    await expect(empty).to.be.accessible();

    const adapter = new RoutingTestAdapter([]);
    const failed = await panelFor(adapter, 'missing');
    const alert = failed.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('could not be loaded').and.contain('Not found');
    await expect(failed).to.be.accessible();
  });

  it('reloads the history when the host moves a live session', async () => {
    const adapter = new RoutingTestAdapter([makeDetail('s1', 'waiting', STEPS.slice(0, 2))]);
    const el = await panelFor(adapter, 's1');
    await waitUntil(() => el.activeStore!.session('s1'), 'summary loaded');
    expect(stepTexts(el)).to.have.length(2);
    const accepted = makeDetail('s1', 'active', STEPS, { version: 2 });
    adapter.details.set('s1', accepted);
    const { messages, notes, routing, recordings, ...summary } = accepted;
    adapter.push({ type: 'session-upserted', id: 's1', version: 2, session: summary });
    await waitUntil(() => stepTexts(el).length === 5, 'new steps shown');
    expect(el.shadowRoot!.querySelector('[aria-current="step"]')!.textContent).to.contain('Accepted by Petr Svoboda');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('New routing step: Offer to Jana Nováková timed out');
  });
});
