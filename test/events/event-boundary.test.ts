import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MapViewComputer } from '../../src/engine/query/index.js';
import type { SessionViewEventMap } from '../../src/events/public-events.js';
import { PUBLIC_EVENT_NAMES } from '../helpers/public-event-names.js';
import { SessionStore } from '../../src/store/index.js';
import '../../src/define/session-detail.js';
import { reachExportMenu, settle, tableFixture, testAdapter, waitFor } from '../elements/session-table/table-fixtures.js';
import * as detailFixtures from '../elements/session-detail/fixtures.js';

/**
 * Events of internal parts stay inside the public element's shadow root; only the public `sv-*`
 * events reach the host page. Listening on `document` sees exactly the events that crossed: a
 * non-composed event's path ends at the shadow root it was fired in. A capture listener on the
 * element's own shadow root proves each internal event did fire (so "not seen outside" means
 * something).
 */
const INTERNAL = [
  'sv-filter-change',
  'sv-search-change',
  'sv-columns-change',
  'sv-view-apply',
  'sv-view-save',
  'sv-view-rename',
  'sv-view-delete',
  'sv-transcript-play-from',
  'sv-media-request',
  // native events of parts and dialogs: a host's own `close`/`change` listener must not hear ours
  'close',
  'cancel',
  'change',
  'toggle',
];

/** Records, in order, the watched events that reach `target` (capture phase: before any handler stops them). */
function recorder(target: EventTarget) {
  const seen: Event[] = [];
  const record = (event: Event) => seen.push(event);
  const types = [...PUBLIC_EVENT_NAMES, ...INTERNAL];
  for (const type of types) target.addEventListener(type, record, { capture: true });
  return {
    names: () => seen.map((event) => event.type),
    last: <K extends keyof SessionViewEventMap>(type: K) => seen.filter((event) => event.type === type).at(-1) as SessionViewEventMap[K] | undefined,
    clear: () => void seen.splice(0),
    stop: () => types.forEach((type) => target.removeEventListener(type, record, { capture: true })),
  };
}

let outside: ReturnType<typeof recorder>;
beforeEach(() => (outside = recorder(document)));
afterEach(() => outside.stop());

/** Nothing internal reached the page. */
function expectNoLeak(step: string): void {
  const leaked = outside.names().filter((name) => INTERNAL.includes(name));
  expect(leaked, `${step}: internal events reached document`).to.deep.equal([]);
}

describe('event boundary: <session-table>', () => {
  it('keeps part events inside while the user filters, searches, sorts, switches mode, picks columns, saves and applies a view, and opens dialogs; public events reach the page', async () => {
    const store = new SessionStore(testAdapter({ count: 40, preferences: new Map() }));
    store.setViewComputer(new MapViewComputer({ locale: 'en' }));
    const table = await tableFixture({ store });
    const root = table.shadowRoot!;
    const inside = recorder(root);

    // Export dialog: open and close with Escape (a native <dialog>).
    const exportMenu = await reachExportMenu(table);
    exportMenu.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!.click();
    await waitFor(() => exportMenu.shadowRoot!.querySelector('dialog')?.open === true, table);
    await sendKeys({ press: 'Escape' });
    await waitFor(() => exportMenu.shadowRoot!.querySelector('dialog')?.open !== true, table);
    expectNoLeak('export dialog');

    // A row click: the host hears the public, cancelable selection event.
    root.querySelector<HTMLElement>('.body [role="row"] [role="gridcell"]')!.click();
    await settle(table);
    expect(outside.last('sv-session-select')?.detail.sessionId).to.equal(store.selectedId);
    expectNoLeak('row');

    // Filter popover: check a value, then Escape.
    root.querySelector<HTMLElement>('[data-column="channel"] .filter-button')!.click();
    await settle(table);
    const popover = root.querySelector('sv-filter-popover')!;
    await popover.updateComplete;
    const phone = [...popover.shadowRoot!.querySelectorAll('li label')].find((label) => label.textContent.includes('Phone'))!;
    phone.querySelector('input')!.click();
    await settle(table);
    expect(inside.names()).to.include('sv-filter-change');
    expect(outside.last('sv-query-change')?.detail.query.filters).to.deep.equal({ channel: { kind: 'values', values: ['phone'] } });
    popover.shadowRoot!.querySelector<HTMLElement>('input')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(table);
    expect(popover.open).to.equal(false);
    expect(inside.names()).to.include('close');
    expectNoLeak('filter');

    // Content search, committed with Enter.
    const search = root.querySelector('sv-search-box')!;
    search.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ type: 'Client 1' });
    await sendKeys({ press: 'Enter' });
    await settle(table);
    expect(inside.names()).to.include('sv-search-change');
    expect(outside.last('sv-query-change')?.detail.query.search).to.equal('Client 1');
    expectNoLeak('search');

    // Sort by a header click, then History → Live.
    root.querySelector<HTMLElement>('[role="columnheader"][data-column="clientName"]')!.click();
    await settle(table);
    expect(outside.last('sv-query-change')?.detail.query.sort[0]?.column).to.equal('clientName');
    [...root.querySelectorAll<HTMLElement>('.segmented button')].find((button) => button.textContent.includes('Live'))!.click();
    await settle(table);
    expect(outside.last('sv-query-change')?.detail.query.mode).to.equal('live');
    expect(store.query.mode).to.equal('live');

    // Column chooser: hide a column, then Escape.
    root.querySelector<HTMLElement>('.columns-button')!.click();
    await settle(table);
    const chooser = root.querySelector('sv-column-chooser')!;
    await chooser.updateComplete;
    chooser.shadowRoot!.querySelector<HTMLInputElement>('input[data-id="state"]')!.click();
    await settle(table);
    chooser.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await settle(table);
    expect(inside.names()).to.include.members(['sv-columns-change', 'close']);
    expectNoLeak('columns');

    // Saved views: save under a name, then apply it.
    const views = root.querySelector('sv-saved-views')!;
    views.shadowRoot!.querySelector<HTMLElement>('.toggle')!.click();
    await views.updateComplete;
    [...views.shadowRoot!.querySelectorAll<HTMLElement>('.panel > .sv-button')].find((button) => button.textContent.includes('Save current view'))!.click();
    await views.updateComplete;
    await sendKeys({ type: 'Phones' });
    await sendKeys({ press: 'Enter' });
    await settle(table);
    outside.clear();
    views.shadowRoot!.querySelector<HTMLElement>('button.apply')!.click();
    await settle(table);
    expect(inside.names()).to.include.members(['sv-view-save', 'sv-view-apply']);
    expect(outside.names()).to.include('sv-query-change');
    expectNoLeak('saved views');

    expectNoLeak('whole session');
    inside.stop();
  });
});

describe('event boundary: <session-detail>', () => {

  it('keeps the ban dialog and note parts inside; tab changes and notes reach the page', async () => {
    const { store } = detailFixtures.testStore();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="height: 600px; width: 560px; display: flex">
      <session-detail style="flex: 1" .store=${store} session-id="s-1" tab="transcript"></session-detail>
    </div>`);
    const el = wrapper.querySelector('session-detail')!;
    await detailFixtures.settle(store, el);

    // Ban dialog: open, then Escape (native cancel + close).
    const control = el.shadowRoot!.querySelector('sv-ban-control')!;
    control.shadowRoot!.querySelector<HTMLButtonElement>('[part="ban-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await control.updateComplete;
    expect(control.shadowRoot!.querySelector('dialog')).to.equal(null);
    expectNoLeak('ban dialog');

    // Tabs: the Notes tab, then a note.
    const notesTab = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')].find((tab) => tab.textContent.includes('Notes'))!;
    notesTab.click();
    await detailFixtures.settle(store, el);
    expect(outside.last('sv-detail-tab-change')?.detail.tab).to.equal('notes');
    const notes = el.shadowRoot!.querySelector('sv-session-notes')!;
    notes.shadowRoot!.querySelector('textarea')!.focus();
    await sendKeys({ type: 'Called the client.' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await waitForEvent(() => outside.last('sv-note-added') !== undefined, () => detailFixtures.settle(store, el));
    expect(outside.last('sv-note-added')?.detail.note.text).to.equal('Called the client.');
    expectNoLeak('detail');
  });
});

/** Waits until `done()`, letting the store and element settle between checks (no clock). */
async function waitForEvent(done: () => boolean, step: () => Promise<void>, attempts = 20): Promise<void> {
  for (let i = 0; !done() && i < attempts; i++) await step();
  expect(done(), 'event arrived').to.equal(true);
}
