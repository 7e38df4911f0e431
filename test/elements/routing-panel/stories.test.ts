import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../helpers/wait-until.js';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/routing-panel.stories.js';
import type { RoutingPanel } from '../../../src/define/routing-panel.js';

/** Every story renders a panel with a timeline (or the load error it is about), accessibly. */
describe('routing-panel stories', () => {
  const entries = Object.entries(stories).filter(([name]) => name !== 'default') as Array<[string, { render: () => TemplateResult }]>;
  for (const [name, story] of entries) {
    it(`${name} renders`, async () => {
      const host = await fixture<HTMLElement>(html`<div>${story.render()}</div>`);
      await waitUntil(() => host.querySelector('routing-panel'), 'panel rendered', { timeout: 5000 });
      const panel = host.querySelector<RoutingPanel>('routing-panel')!;
      await waitUntil(() => panel.shadowRoot!.querySelector('.timeline, [role="alert"]'), 'timeline rendered', { timeout: 5000 });
      // And the words: the Czech story's strings load on first use.
      await panel.updateComplete;
      if (name === 'LongHistory') expect(panel.shadowRoot!.querySelectorAll('.step:not(.ended)')).to.have.length(50);
      if (name === 'NoPermission') expect(panel.shadowRoot!.textContent).to.contain('Only administrators');
      if (name === 'LoadError') expect(panel.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('took too long');
      await expect(panel).to.be.accessible();
    });
  }
});
