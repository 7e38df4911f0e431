import { expect } from '@open-wc/testing';
import { followingClock } from '../../helpers/fake-clock.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { makeSession, settle, tableFixture, testAdapter, waitFor } from './table-fixtures.js';

const rowCount = (table: SessionTable) => table.shadowRoot!.querySelector('[part="row-count"]')?.textContent?.trim() ?? '';
const announced = (table: SessionTable) => table.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!.textContent.trim();

describe('session-table: row count', () => {
  it('shows the total outside search, "shown of total" when filtered, announced once per filter and not per live tick', async () => {
    // 12,500 generated, every fifth live: 10,000 in history.
    const adapter = testAdapter({ count: 12_500 });
    const table = await tableFixture({ adapter });
    const store = table.currentStore!;
    await waitFor(() => store.status === 'ready', table);
    await settle(table);
    expect(rowCount(table)).to.equal('10,000 sessions');
    const counter = table.shadowRoot!.querySelector('[part="row-count"]')!;
    expect(counter.closest('[role="status"], [aria-live]'), 'not a live region').to.equal(null);
    expect(announced(table)).to.equal('');
    await expect(table).to.be.accessible();

    store.setQuery({ filters: { channel: { kind: 'values', values: ['phone'] } } });
    await settle(table);
    expect(rowCount(table)).to.equal('2,500 of 10,000 sessions');
    await waitFor(() => announced(table) === '2,500 of 10,000 sessions', table);

    // A live change updates the text but is not read out again, even once the announcer's
    // throttle would allow it (the fake clock jumps there; it otherwise follows real time).
    const clock = followingClock();
    const session = makeSession(20_001, { channel: 'phone', state: 'ended' });
    adapter.push({ type: 'session-upserted', id: session.id, version: 1, session });
    await waitFor(() => rowCount(table) === '2,501 of 10,001 sessions', table);
    await clock.tickAsync(3200);
    await settle(table);
    expect(announced(table)).to.equal('2,500 of 10,000 sessions');
  });

  it('announces the count of a mode loaded on first use once its rows are in, not the previous mode\'s', async () => {
    const adapter = testAdapter({ count: 12_500 });
    const table = await tableFixture({ adapter });
    const store = table.currentStore!;
    await waitFor(() => store.status === 'ready', table);
    await settle(table);
    store.setMode('live');
    await waitFor(() => store.query.mode === 'live' && store.status === 'ready', table);
    await settle(table);
    expect(rowCount(table)).to.equal('2,500 sessions');
    await waitFor(() => announced(table) === '2,500 sessions', table);
  });

  it('follows live changes under a filter without walking every session again', async () => {
    // 12,500 generated, every fifth live (ids s0, s5, …): 10,000 in history.
    const adapter = testAdapter({ count: 12_500 });
    const table = await tableFixture({ adapter });
    const store = table.currentStore!;
    await waitFor(() => store.status === 'ready', table);
    store.setQuery({ filters: { channel: { kind: 'values', values: ['phone'] } } });
    await settle(table);
    expect(rowCount(table)).to.equal('2,500 of 10,000 sessions');

    // From here on every walk over all the sessions held is counted: at 100k sessions and ten
    // live updates a second, one per update was the cost that grew with the history.
    const held = store.sessions as Map<string, unknown>;
    const values = held.values.bind(held);
    let walks = 0;
    Object.defineProperty(held, 'values', { configurable: true, value: () => ((walks += 1), values()) });
    try {
      const version = { value: 100 };
      const send = (change: Record<string, unknown>) => adapter.push({ version: ++version.value, ...change } as Parameters<typeof adapter.push>[0]);
      // A new ended phone session: one more in history and in the filtered view.
      const arrived = makeSession(20_001, { channel: 'phone', state: 'ended' });
      send({ type: 'session-upserted', id: arrived.id, session: arrived });
      await waitFor(() => rowCount(table) === '2,501 of 10,001 sessions', table);
      // A live session ends: it joins the history.
      const ending = makeSession(5, { state: 'ended' });
      send({ type: 'session-ended', id: ending.id, session: ending });
      await waitFor(() => rowCount(table).endsWith(' of 10,002 sessions'), table);
      // A history session is removed.
      send({ type: 'session-removed', id: 's1' });
      await waitFor(() => rowCount(table).endsWith(' of 10,001 sessions'), table);
      expect(walks, 'walks over every session held').to.equal(0);
    } finally {
      delete (held as { values?: unknown }).values;
    }
    // The count agrees with a walk over them all.
    const history = [...store.sessions.values()].filter((session) => session.state === 'ended').length;
    expect(rowCount(table)).to.equal(`${store.view.length.toLocaleString('en-GB')} of ${history.toLocaleString('en-GB')} sessions`);
  });

  it('speaks Czech numbers and plurals', async () => {
    const table = await tableFixture({ adapter: testAdapter({ count: 12_500 }) }, { lang: 'cs' });
    const store = table.currentStore!;
    await waitFor(() => store.status === 'ready', table);
    await settle(table);
    expect(rowCount(table).replace(/\s/g, ' ')).to.equal('10 000 relací');
    store.setQuery({ filters: { channel: { kind: 'values', values: ['phone'] } } });
    await settle(table);
    expect(rowCount(table).replace(/\s/g, ' ')).to.equal('2 500 z 10 000 relací');
  });
});
