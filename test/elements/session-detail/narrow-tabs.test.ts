import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/session-detail.js';
import type { SessionDetail } from '../../../src/elements/session-detail/session-detail.js';
import type { Recording } from '../../../src/model/index.js';
import { detail, settle, testStore } from './fixtures.js';

const recording: Recording = { id: 'rec-1', kind: 'phone', offsetMs: 0, durationMs: 4000, tracks: [{ id: 'phone', kind: 'phone-audio', offsetMs: 0, durationMs: 4000 }] };

/**
 * A session with every tab, in a panel of the given width laid out like `<session-view>`'s
 * detail panel (a column that clips; 440px is its default width).
 */
async function mount(width: number, lang = 'en') {
  const { store } = testStore({ sessions: [detail({ hasRecording: true, recordings: [recording] })] });
  const wrapper = await fixture<HTMLDivElement>(html`<div
    lang=${lang}
    style="height: 600px; width: ${width}px; display: flex; flex-direction: column; overflow: hidden"
  >
    <session-detail style="flex: 1 1 auto; min-height: 0" .store=${store} session-id="s-1"></session-detail>
  </div>`);
  const el = wrapper.querySelector<SessionDetail>('session-detail')!;
  await settle(store, el);
  return { el, panel: wrapper };
}

const tabs = (el: SessionDetail) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];

/** The whole tab is inside the panel, and what is drawn at its centre is the tab itself. */
function expectFullyVisible(el: SessionDetail, container: HTMLElement, tab: HTMLElement): void {
  const box = tab.getBoundingClientRect();
  const panel = container.getBoundingClientRect();
  const label = tab.textContent.trim();
  expect(box.width, `${label} has a width`).to.be.greaterThan(0);
  expect(box.left >= panel.left - 0.5 && box.right <= panel.right + 0.5, `${label} (${box.left}–${box.right}) inside the panel (${panel.left}–${panel.right})`).to.equal(true);
  const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit === tab || tab.contains(hit), `${label} is what shows at its centre`).to.equal(true);
}

describe('<session-detail> tabs at narrow widths', () => {

  for (const [width, lang] of [
    [440, 'en'],
    [440, 'cs'],
    [320, 'en'],
  ] as const) {
    it(`shows every tab at ${width}px (${lang}), and each one it moves to by keyboard`, async () => {
      const { el, panel } = await mount(width, lang);
      const all = tabs(el);
      expect(all).to.have.length(6);
      const tablist = el.shadowRoot!.querySelector<HTMLElement>('[role="tablist"]')!;
      expect(tablist.scrollWidth, 'no tab hidden in a scrolled-off strip').to.be.at.most(tablist.clientWidth);
      for (const tab of all) expectFullyVisible(el, panel, tab);

      all[0]!.focus();
      for (let step = 1; step < all.length; step += 1) {
        await sendKeys({ press: 'ArrowRight' });
        await el.updateComplete;
        const active = el.shadowRoot!.activeElement as HTMLElement;
        expect(active.getAttribute('aria-selected')).to.equal('true');
        expect(active.id).to.equal(all[step]!.id);
        expectFullyVisible(el, panel, active);
      }
      expect(el.shadowRoot!.activeElement!.id).to.equal('tab-recordings');
      await expect(el).to.be.accessible();
    });
  }
});
