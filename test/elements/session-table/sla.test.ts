import { expect } from '@open-wc/testing';
import { followingClock } from '../../helpers/fake-clock.js';
import type { SessionAdapter } from '../../../src/adapter/index.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import type { SessionSummary } from '../../../src/model/index.js';
import { makeSession, settle, tableFixture, testAdapter, waitFor, type TestAdapter } from './table-fixtures.js';

const SECOND = 1000;

/** A client waiting since `secondsAgo` (no operator yet). */
const waiting = (index: number, now: number, secondsAgo: number): SessionSummary =>
  makeSession(index, { state: 'waiting', startedAt: now - secondsAgo * SECOND, acceptedAt: undefined, operators: [], group: { id: 'g1', name: 'Reklamace' } });

const root = (table: SessionTable) => table.shadowRoot!;
const slaCount = (table: SessionTable) => root(table).querySelector('[part="sla-count"]')?.textContent?.replace(/\s+/g, ' ').trim();
const headers = (table: SessionTable) => [...root(table).querySelectorAll('.header-label')].map((label) => label.textContent.trim());

/** The waiting-time cell of the row of client `index`. */
function waitCell(table: SessionTable, index: number): HTMLElement {
  const column = headers(table).indexOf('Waiting time');
  const row = [...root(table).querySelectorAll<HTMLElement>('.body [role="row"]')].find((r) => r.textContent.includes(`Client ${index} `) || r.textContent.includes(`Client ${index}`))!;
  return row.querySelectorAll<HTMLElement>('[role="gridcell"]')[column]!;
}

async function liveTable(adapter: SessionAdapter, count: number): Promise<SessionTable> {
  const table = await tableFixture({ adapter }, { width: 1200 });
  table.currentStore!.setQuery({ mode: 'live' });
  await waitFor(() => table.currentStore!.view.length === count, table);
  await settle(table);
  return table;
}

describe('session-table: service level in Live', () => {
  it('marks long waits by icon and text, counts the clients waiting over SLA, and follows the clock', async () => {
    const clock = followingClock();
    const now = Date.now();
    const adapter = testAdapter({
      sessions: [
        waiting(0, now, 30), // fine
        waiting(1, now, 90), // past the warning
        waiting(2, now, 150), // over the limit
        // Accepted after a 200 s wait: the cell says so, but nobody waits any more, so not counted.
        makeSession(3, { state: 'active', startedAt: now - 400 * SECOND, acceptedAt: now - 200 * SECOND }),
      ],
    });
    Object.assign(adapter, { sla: { warnSeconds: 60, breachSeconds: 120 } });
    const table = await liveTable(adapter, 4);
    expect(slaCount(table)).to.equal('1 over SLA, 1 near SLA');
    expect(waitCell(table, 0).querySelector('[data-sla]')).to.equal(null);
    expect(waitCell(table, 0).textContent.trim()).to.equal('0:30');
    const warn = waitCell(table, 1).querySelector('[data-sla]')!;
    expect(warn.getAttribute('data-sla')).to.equal('warn');
    expect(warn.querySelector('svg')).to.exist;
    expect(warn.textContent.replace(/\s+/g, ' ').trim()).to.equal('1:30, near SLA');
    const breach = waitCell(table, 2).querySelector('[data-sla]')!;
    expect(breach.getAttribute('data-sla')).to.equal('breach');
    expect(breach.textContent.replace(/\s+/g, ' ').trim()).to.equal('2:30, over SLA');
    expect(waitCell(table, 3).querySelector('[data-sla]')!.getAttribute('data-sla')).to.equal('breach');
    await expect(table).to.be.accessible();

    // A minute later: the first client is near the limit, the second over it.
    await clock.tickAsync(60 * SECOND);
    await settle(table);
    expect(waitCell(table, 0).querySelector('[data-sla]')!.getAttribute('data-sla')).to.equal('warn');
    expect(waitCell(table, 1).querySelector('[data-sla]')!.getAttribute('data-sla')).to.equal('breach');
    expect(slaCount(table)).to.equal('2 over SLA, 1 near SLA');
    expect(root(table).querySelector('[role="status"][aria-live="polite"]')!.textContent).to.contain('2 clients waiting over SLA');
  });

  it('updates the count as live changes arrive: a new long wait, a client accepted', async () => {
    followingClock();
    const now = Date.now();
    const adapter: TestAdapter = testAdapter({ sessions: [waiting(0, now, 10), waiting(1, now, 200)] });
    Object.assign(adapter, { sla: { breachSeconds: 120 } });
    const table = await liveTable(adapter, 2);
    expect(slaCount(table)).to.equal('1 over SLA');
    const late = waiting(2, now, 300);
    adapter.push({ type: 'session-upserted', id: late.id, version: 2, session: late });
    await waitFor(() => table.currentStore!.view.length === 3, table);
    await settle(table);
    expect(slaCount(table)).to.equal('2 over SLA');
    const accepted = { ...waiting(1, now, 200), state: 'active' as const, acceptedAt: now, operators: [{ id: 'op1', name: 'Operator 1' }], version: 2 };
    adapter.push({ type: 'session-upserted', id: accepted.id, version: 2, session: accepted });
    await waitFor(() => slaCount(table) === '1 over SLA', table);
  });

  it('takes thresholds from attributes over the adapter, and shows nothing in History or without thresholds', async () => {
    followingClock();
    const now = Date.now();
    const sessions = [waiting(0, now, 45), waiting(1, now, 10), makeSession(2, { state: 'ended' })];
    const plain = await liveTable(testAdapter({ sessions }), 2);
    expect(slaCount(plain)).to.equal(undefined);
    expect(waitCell(plain, 0).querySelector('[data-sla]')).to.equal(null);
    // Without thresholds a waiting client's wait still ticks in Live.
    expect(waitCell(plain, 0).textContent.trim()).to.equal('0:45');

    const adapter = testAdapter({ sessions });
    Object.assign(adapter, { sla: { breachSeconds: 600 } });
    const table = await liveTable(adapter, 2);
    expect(slaCount(table)).to.equal('0 over SLA');
    table.slaBreach = 30;
    table.setAttribute('sla-warn', '5');
    await settle(table);
    expect(slaCount(table)).to.equal('1 over SLA, 1 near SLA');
    table.currentStore!.setQuery({ mode: 'history' });
    await settle(table);
    expect(slaCount(table)).to.equal(undefined);
    expect(root(table).querySelector('[data-sla]')).to.equal(null);
  });
});
