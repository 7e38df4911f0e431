/**
 * The store notifies an element only when the slice it renders changed: counted here by
 * wrapping LitElement's update, which every element (and every internal part) goes through.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../helpers/wait-until.js';
import { LitElement } from 'lit';
import { createDemoAdapter } from '../../src/adapter/demo/index.js';
import type { LiveChange, SessionAdapter } from '../../src/adapter/index.js';
import '../../src/define/session-view.js';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import type { SessionSummary } from '../../src/model/index.js';
import type { SessionStore } from '../../src/store/index.js';

const renders = new Map<string, number>();
const renderedElements = new Set<LitElement>();
const originalUpdate = Object.getOwnPropertyDescriptor(LitElement.prototype, 'update')!.value as (this: LitElement, changed: unknown) => void;

function countRenders(): void {
  (LitElement.prototype as unknown as { update: typeof originalUpdate }).update = function (this: LitElement, changed) {
    renders.set(this.localName, (renders.get(this.localName) ?? 0) + 1);
    renderedElements.add(this);
    originalUpdate.call(this, changed);
  };
}

/** `element` is `container` or lives somewhere inside its shadow tree. */
function within(element: Element, container: Element): boolean {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host) {
    if (node === container) return true;
  }
  return false;
}

function rendered(): Record<string, number> {
  return Object.fromEntries(renders);
}

/** Every pending update in the page, however deep in shadow roots, has run. */
async function allUpdated(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const elements: LitElement[] = [];
    const walk = (node: Element | ShadowRoot) => {
      for (const child of node.querySelectorAll('*')) {
        if (child instanceof LitElement) elements.push(child);
        if (child.shadowRoot) walk(child.shadowRoot);
      }
    };
    if (root instanceof LitElement) elements.push(root);
    if (root.shadowRoot) walk(root.shadowRoot);
    const pending = elements.filter((element) => element.isUpdatePending);
    if (pending.length === 0) return;
    await Promise.all(pending.map((element) => element.updateComplete));
  }
}

/**
 * Resize observers report after layout, in the order they were created: once ours reports on the
 * grid, the table's own has measured it too, and the update that measuring asked for is done.
 */
async function layoutSettled(view: SessionView): Promise<void> {
  const table = view.shadowRoot!.querySelector('session-table')!;
  const scroller = table.shadowRoot!.querySelector('[role="grid"]')!;
  await new Promise<void>((resolve) => {
    const observer = new ResizeObserver(() => (observer.disconnect(), resolve()));
    observer.observe(scroller);
  });
  // The table measures what its observer saw in the next frame (see GridViewport).
  await (table as unknown as { viewport: { whenMeasured(): Promise<void> } }).viewport.whenMeasured();
  // The detail loads its tabs and header actions on first use; its updateComplete waits for them,
  // so their arrival is not counted as a render the live change caused.
  await view.shadowRoot!.querySelector('session-detail')?.updateComplete;
  // The same for the table's parts that load after its first rows (its virtualizer, the toolbar's
  // controls): their arrival re-renders the table.
  await table.updateComplete;
  await allUpdated(view);
}

async function viewWithLiveFeed(): Promise<{ view: SessionView; store: SessionStore; deliver: (change: LiveChange) => void }> {
  const demo = createDemoAdapter({ seed: 3, sessions: 1000, live: false, now: Date.UTC(2026, 10, 25, 12) });
  let deliver!: (change: LiveChange) => void;
  const adapter: SessionAdapter = Object.assign(Object.create(demo) as SessionAdapter, {
    capabilities: { ...demo.capabilities, live: true },
    subscribe: (onChange: (change: LiveChange) => void) => ((deliver = onChange), () => {}),
  });
  const view = await fixture<SessionView>(html`<session-view style="height: 600px; width: 1200px" .adapter=${adapter}></session-view>`);
  const store = view.store!;
  await waitUntil(() => store.status === 'ready' && store.view.length > 500, 'the sessions load', { timeout: 10000 });
  await store.settled();
  await allUpdated(view);
  return { view, store, deliver: (change) => deliver(change) };
}

function touched(session: SessionSummary): LiveChange {
  const updated = { ...session, messageCount: session.messageCount + 1, version: session.version + 1 };
  return { type: 'session-upserted', id: session.id, version: updated.version, session: updated };
}

describe('SessionStore: elements re-render only for what they show', () => {
  // The open transcript's virtualizer measures its rows (Chromium's loop notice; issue 14 owns its cause).
  afterEach(() => {
    (LitElement.prototype as unknown as { update: typeof originalUpdate }).update = originalUpdate;
    renders.clear();
    renderedElements.clear();
  });

  it('a live change to a session scrolled away re-renders no element', async () => {
    const { view, store, deliver } = await viewWithLiveFeed();
    store.select(store.view[0]);
    await store.details.load(store.view[0]!);
    await layoutSettled(view);
    countRenders();
    const offScreen = store.session(store.view[600]!)!;
    deliver(touched(offScreen));
    await store.settled();
    await allUpdated(view);
    expect(store.session(offScreen.id)!.messageCount).to.equal(offScreen.messageCount + 1);
    expect(rendered()).to.deep.equal({});
  });

  it('a change to the open session re-renders the detail once and the table at most once', async () => {
    const { view, store, deliver } = await viewWithLiveFeed();
    const openId = store.view[0]!;
    store.select(openId);
    await store.details.load(openId);
    await layoutSettled(view);
    countRenders();
    deliver(touched(store.session(openId)!));
    await store.settled();
    await allUpdated(view);
    const counts = rendered();
    expect(counts['session-detail']).to.equal(1);
    expect(counts['session-table'] ?? 0).to.be.at.most(1);
    expect(counts['session-view'] ?? 0).to.equal(0);
  });

  it('a search answer re-renders only the table and its toolbar', async () => {
    const { view, store } = await viewWithLiveFeed();
    const openId = store.view[0]!;
    store.select(openId);
    await store.details.load(openId);
    await allUpdated(view);
    store.setQuery({ search: 'reklamace' });
    // The query itself is the user's change; what follows is the answer.
    await allUpdated(view);
    const neighbours = () => {
      const index = store.view.indexOf(openId);
      return index === -1 ? [] : [store.view[index - 1], store.view[index + 1]];
    };
    const neighboursBefore = neighbours();
    countRenders();
    await store.settled();
    await allUpdated(view);
    expect(store.getState().search.status).to.equal('done');
    const table = view.shadowRoot!.querySelector('session-table')!;
    expect(renderedElements.has(table)).to.equal(true);
    // The panel's previous/next buttons follow the view: it renders again only if they changed.
    const panelMoved = JSON.stringify(neighbours()) !== JSON.stringify(neighboursBefore);
    expect(renders.get('session-detail') ?? 0).to.equal(panelMoved ? 1 : 0);
    // (A part the table removed while re-rendering is in no tree any more.)
    const outside = [...renderedElements].filter(
      (element) => element.isConnected && !within(element, table) && element.localName !== 'session-detail',
    );
    expect(outside.map((element) => element.localName)).to.deep.equal([]);
  });
});
