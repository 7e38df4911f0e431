/** A <session-view> over the demo adapter, themed and in a language, for the a11y tests. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait-until.js';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';
import '../../src/define/session-view.js';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import type { DetailTab } from '../../src/elements/session-detail/detail-tabs.js';
import type { SessionSummary } from '../../src/model/index.js';

export type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

export async function mountView(theme: 'light' | 'dark', lang: 'en' | 'cs') {
  const adapter = createDemoAdapter({ seed: 7, sessions: 40, liveSessions: 4, live: false, latencyMs: 0 });
  // The host page follows the theme too, as a page that embeds the view in dark mode would.
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} style="color-scheme: ${theme}; background: Canvas; color: CanvasText">
    <session-view theme=${theme} style="height: 700px; width: 1300px" .adapter=${adapter}></session-view>
  </div>`);
  const view = wrapper.querySelector('session-view') as SessionView;
  await waitUntil(() => view.store?.status === 'ready', 'sessions loaded');
  await view.store!.settled();
  return { view, adapter, store: view.store! };
}

export const table = (view: SessionView) => view.shadowRoot!.querySelector('session-table') as Updatable;
export const detailOf = (view: SessionView) => view.shadowRoot!.querySelector('session-detail') as Updatable & { tab: DetailTab };

export async function openDetail(view: SessionView, session: SessionSummary, tab: DetailTab): Promise<Updatable> {
  view.store!.select(session.id);
  await view.store!.settled();
  await view.updateComplete;
  const detail = detailOf(view);
  detail.tab = tab;
  await detail.updateComplete;
  await waitUntil(() => view.store!.details.get(session.id)?.status === 'ready', `detail of ${session.id}`);
  await detail.updateComplete;
  return detail;
}

