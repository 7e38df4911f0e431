import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { followingClock } from '../../helpers/fake-clock.js';
import {
  BASE_TIME,
  bodyRows,
  chord,
  grid,
  makeSession,
  rowByIndex,
  settle,
  SyntheticStore,
  tableFixture,
  testAdapter,
  waitFor,
} from './table-fixtures.js';

describe('session-table: a million rows', () => {
  it('reaches row 1,000,000 with Ctrl+End and by scrolling, with few row elements', async () => {
    const store = new SyntheticStore(1_000_000);
    const table = await tableFixture({ store }, { height: 400 });
    const g = grid(table);
    expect(g.getAttribute('aria-rowcount')).to.equal('1000001');
    // The scroll area is capped well under browser limits.
    expect(g.scrollHeight).to.be.lessThan(16_000_000);
    expect(bodyRows(table).length).to.be.lessThan(30);

    g.focus();
    await chord('Control', 'End');
    await settle(table);
    await waitFor(() => g.getAttribute('aria-activedescendant') === 'cell-1000000-0', table);
    const last = rowByIndex(table, 1_000_001)!;
    expect(last.querySelector('[role="gridcell"]:nth-child(3)')!.textContent).to.equal('Client 999999');
    const box = g.getBoundingClientRect();
    const lastBox = last.getBoundingClientRect();
    expect(lastBox.bottom).to.be.at.most(box.top + g.clientTop + g.clientHeight + 0.5);
    expect(lastBox.top).to.be.at.least(box.top);

    await chord('Control', 'Home');
    await settle(table);
    expect(g.scrollTop).to.equal(0);
    expect(rowByIndex(table, 2)).to.exist;

    // Dragging the scrollbar to the end shows the last row too.
    g.scrollTop = g.scrollHeight;
    await settle(table);
    expect(rowByIndex(table, 1_000_001)).to.exist;
    // Half way down shows rows near the middle.
    g.scrollTop = (g.scrollHeight - g.clientHeight) / 2;
    await settle(table);
    const middle = Number(bodyRows(table)[0]!.getAttribute('aria-rowindex'));
    expect(middle).to.be.within(490_000, 510_000);
    expect(bodyRows(table).length).to.be.lessThan(30);
  });

  it('pages through scaled rows without skipping any', async () => {
    const store = new SyntheticStore(1_000_000);
    const table = await tableFixture({ store }, { height: 400 });
    grid(table).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'PageDown' });
    await settle(table);
    const after = Number(grid(table).getAttribute('aria-activedescendant')!.split('-')[1]);
    const activeRow = rowByIndex(table, after + 1)!;
    const g = grid(table);
    const viewportBottom = g.getBoundingClientRect().top + g.clientTop + g.clientHeight;
    expect(activeRow.getBoundingClientRect().bottom).to.be.at.most(viewportBottom + 0.5);
  });
});

describe('session-table: live mode', () => {
  it('keeps selection and scroll position while new sessions arrive above, and announces them', async () => {
    const clock = followingClock();
    const adapter = testAdapter({ count: 1000 });
    const table = await tableFixture({ adapter }, { height: 400 });
    const store = table.currentStore!;
    const liveButton = [...table.shadowRoot!.querySelectorAll('[role="group"] button')].find((b) => b.textContent.trim() === 'Live')!;
    (liveButton as HTMLElement).click();
    await waitFor(() => store.query.mode === 'live' && store.status === 'ready', table);
    await settle(table);
    expect(liveButton.getAttribute('aria-pressed')).to.equal('true');
    expect(store.view.length).to.equal(200);

    const g = grid(table);
    g.scrollTop = 36 * 50;
    await settle(table);
    const firstVisibleBefore = store.view[50]!;
    const selectedId = store.view[55]!;
    rowByIndex(table, 57)!.querySelector<HTMLElement>('[role="gridcell"]')!.click();
    await settle(table);
    expect(store.selectedId).to.equal(selectedId);

    for (let i = 0; i < 3; i++) {
      const session = makeSession(5000 + i * 5, { startedAt: BASE_TIME + (i + 1) * 60_000, state: 'active' });
      adapter.push({ type: 'session-upserted', id: session.id, version: 1, session });
    }
    await settle(table);
    expect(store.view.length).to.equal(203);
    expect(store.view[0]).to.equal('s5010');
    // The rows the user was looking at stay in place: the first visible session is the same.
    const firstVisibleIndex = Math.floor(g.scrollTop / 36);
    expect(store.view[firstVisibleIndex]).to.equal(firstVisibleBefore);
    const selectedRow = table.shadowRoot!.querySelector('.body [aria-selected="true"]')!;
    expect(Number(selectedRow.getAttribute('aria-rowindex'))).to.equal(store.view.indexOf(selectedId) + 2);
    // Announced once the announcer's throttle (the mode change was just read out) allows.
    await clock.tickAsync(3000);
    await waitFor(() => (table.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent ?? '').includes('3 new sessions'), table);
    await expect(table).to.be.accessible();
  });

  it('updates durations in place every second', async () => {
    const clock = followingClock();
    const adapter = testAdapter({ sessions: [makeSession(0, { state: 'active', startedAt: Date.now() - 5000 })] });
    const table = await tableFixture({ adapter });
    table.currentStore!.setMode('live');
    await waitFor(() => table.currentStore!.view.length === 1, table);
    await settle(table);
    // Found by its header: Live adds the queue's columns to the default set.
    const durationIndex = [...table.shadowRoot!.querySelectorAll('.header-label')].findIndex((label) => label.textContent.trim() === 'Duration');
    const durationCell = () => rowByIndex(table, 2)!.querySelectorAll('[role="gridcell"]')[durationIndex]!.textContent;
    const first = durationCell();
    await clock.tickAsync(2000);
    await settle(table);
    expect(durationCell()).to.not.equal(first);
  });
});
