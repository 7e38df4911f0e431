import { expect } from '@open-wc/testing';
import { generateSessions } from '../../src/adapter/demo/index.js';
import { MapViewComputer } from '../../src/engine/query/map-view-computer.js';
import type { SessionQuery, SessionSummary } from '../../src/model/index.js';
import { ViewMaintenance } from '../../src/store/view-maintenance.js';

const NOW = Date.UTC(2026, 10, 26, 12);
// By client name: arriving sessions land all over the view, not only after its end.
const QUERY: SessionQuery = { mode: 'history', filters: {}, sort: [{ column: 'clientName', direction: 'asc' }], search: '' };

/** What a store does: pages into its map, then flushes — one flush per frame — until nothing is due. */
function loadingView(pages: readonly SessionSummary[][]) {
  const sessions = new Map<string, SessionSummary>();
  let flushesAsked = 0;
  const maintenance = new ViewMaintenance(new MapViewComputer({ locale: 'en' }), () => (flushesAsked += 1));
  let view: string[] = [];
  const take = (page: readonly SessionSummary[]) => {
    for (const session of page) sessions.set(session.id, session);
    maintenance.sessionsChanged(page.map((session) => session.id));
  };
  const flush = () => {
    const next = maintenance.next({ sessions, query: QUERY, current: view, loading: false, urgent: false });
    if (next) view = next;
    return view;
  };
  const [first, ...rest] = pages;
  take(first!);
  maintenance.invalidate();
  flush();
  return { sessions, maintenance, rest, take, flush, flushesAsked: () => flushesAsked, view: () => view };
}

function oneShot(sessions: ReadonlyMap<string, SessionSummary>): string[] {
  return new MapViewComputer({ locale: 'en' }).compute(sessions, QUERY, Date.now(), null);
}

function pagesOf(sessions: readonly SessionSummary[], size: number): SessionSummary[][] {
  const pages: SessionSummary[][] = [];
  for (let i = 0; i < sessions.length; i += size) pages.push(sessions.slice(i, i + size));
  return pages;
}

describe('ViewMaintenance merging a load', () => {
  const sessions = generateSessions(11, 30_000, NOW).filter((session) => session.state === 'ended');

  it('merges a large backlog a slice per flush, asking for the next flush, and ends with the one-shot view', () => {
    const load = loadingView(pagesOf(sessions, 2_000));
    for (const page of load.rest) load.take(page);
    const flushesBefore = load.flushesAsked();
    const afterOneFlush = load.flush().length;
    // One flush did not merge 28,000 sessions at once: the page could paint and handle input between.
    expect(afterOneFlush).to.be.below(sessions.length);
    expect(load.maintenance.merging).to.equal(true);
    expect(load.flushesAsked()).to.equal(flushesBefore + 1);
    const final = oneShot(load.sessions);
    const place = new Map(final.map((id, index) => [id, index]));
    let flushes = 1;
    while (load.maintenance.merging) {
      const view = load.flush();
      flushes += 1;
      // Every intermediate view is in the final order: rows already shown never swap places.
      // (One assertion per view, not per row: 28,000 chai calls a flush made this test slow.)
      const outOfOrder = view.findIndex((id, i) => i > 0 && place.get(id)! < place.get(view[i - 1]!)!);
      expect(outOfOrder, `row ${outOfOrder} of flush ${flushes}`).to.equal(-1);
    }
    expect(flushes).to.be.above(1);
    expect(load.view()).to.deep.equal(final);
  });

  it('takes changes that arrive during the merge along, merged rows included', () => {
    const load = loadingView(pagesOf(sessions, 5_000));
    const [second, ...later] = load.rest;
    load.take(second!);
    load.flush();
    expect(load.maintenance.merging).to.equal(true);
    // A session already shown is renamed (it must move) while later pages still stream in.
    const shown = load.sessions.get(load.view()[0]!)!;
    load.take([{ ...shown, client: { ...shown.client, name: 'Zzzz Zzzz' }, version: shown.version + 1 }]);
    for (const page of later) {
      load.take(page);
      load.flush();
    }
    while (load.maintenance.merging) load.flush();
    expect(load.view()).to.deep.equal(oneShot(load.sessions));
    expect(load.view()[0]).to.not.equal(shown.id);
  });

  it('merges a small change (a live tick) in one flush', () => {
    const load = loadingView(pagesOf(sessions, 20_000));
    const [tick] = pagesOf(load.rest[0]!, 50);
    load.take(tick!);
    load.flush();
    expect(load.maintenance.merging).to.equal(false);
    expect(load.view()).to.deep.equal(oneShot(load.sessions));
  });

  it('computes nothing while stopped (the store disconnected mid-merge), and finishes the merge once started again', () => {
    const load = loadingView(pagesOf(sessions, 2_000));
    for (const page of load.rest) load.take(page);
    load.flush();
    expect(load.maintenance.merging).to.equal(true);
    load.maintenance.stop();
    expect(load.maintenance.merging).to.equal(false);
    const stoppedAt = load.view();
    expect(load.flush()).to.equal(stoppedAt);
    load.maintenance.start();
    do load.flush();
    while (load.maintenance.merging);
    expect(load.view()).to.deep.equal(oneShot(load.sessions));
  });
});
