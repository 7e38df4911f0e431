import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/session-detail.stories.js';
import { ignoreResizeObserverLoop } from './fixtures.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Every story renders a detail panel in a definite state, with no markup smuggled in. */
describe('session-detail stories', () => {
  ignoreResizeObserverLoop();
  const entries = Object.entries(stories).filter(([name]) => name !== 'default') as Array<[string, { render: () => TemplateResult }]>;

  for (const [name, story] of entries) {
    it(`${name} renders`, async () => {
      const wrapper = await fixture<HTMLElement>(story.render());
      const detail = wrapper.querySelector('session-detail')!;
      for (let i = 0; i < 30 && !detail.shadowRoot?.querySelector('h2, [data-state]:not([data-state="loading"])'); i += 1) await frame();
      const root = detail.shadowRoot!;
      if (name === 'Loading') expect(root.querySelector('[data-state="loading"]')).to.exist;
      else expect(root.querySelector('h2, [data-state="not-found"], [data-state="forbidden"], [data-state="error"]'), name).to.exist;
      expect(root.querySelector('script, img')).to.equal(null);
      if (name === 'XssLookingContent') {
        expect(root.querySelector('h2')!.textContent).to.contain('<img src=x onerror=alert(1)>');
      }
    });
  }
});
