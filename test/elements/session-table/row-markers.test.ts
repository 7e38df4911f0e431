/**
 * A live feed moves rows in and out of the virtualizer's rendered range all the time. lit-html
 * (3.3.1–3.3.3, lit/lit#5298) leaves each removed row's end marker behind, an empty comment; the
 * table sweeps them away (`orphan-markers.ts`). Without that, a 10-minute live soak left some
 * 12,000 of them among 15 rows and every update of the rows slowed down minute by minute.
 */
import { expect } from '@open-wc/testing';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { bodyRows, makeSession, settle, tableFixture, testAdapter, waitFor } from './table-fixtures.js';

/** Nodes in the virtualizer that are comments, and its row elements. */
function virtualizerNodes(table: SessionTable): { comments: number; rows: number } {
  const host = table.shadowRoot!.querySelector('sv-row-virtualizer')!;
  const nodes = [...host.childNodes];
  return { comments: nodes.filter((node) => node.nodeType === Node.COMMENT_NODE).length, rows: host.children.length };
}

describe('session-table: rows leaving the rendered range', () => {
  it('leave no markers behind while a live feed churns the rows', async () => {
    // 50 sessions, every fifth live (s0, s5, …, s45): 10 live rows to start with.
    const adapter = testAdapter({ count: 50 });
    const table = await tableFixture({ adapter }, { height: 400 });
    const store = table.currentStore!;
    await waitFor(() => store.status === 'ready', table);
    store.setMode('live');
    await waitFor(() => store.view.length === 10 && bodyRows(table).length > 0, table);
    store.setQuery({ sort: [{ column: 'startedAt', direction: 'desc' }] });
    await settle(table);

    // Arrivals on top push rows out of the range, endings take rows out of the view.
    let version = 100;
    for (let round = 1; round <= 20; round++) {
      for (let i = 0; i < 5; i++) {
        const index = 1000 + round * 10 + i;
        const session = makeSession(index, { state: 'active', startedAt: Date.now() + index * 1000 });
        adapter.push({ type: 'session-upserted', id: session.id, version: ++version, session });
      }
      const leaving = store.view[store.view.length - 1]!;
      const ended = { ...store.session(leaving)!, state: 'ended' as const, endedAt: Date.now() };
      adapter.push({ type: 'session-ended', id: leaving, version: ++version, session: ended });
      await settle(table);
    }
    await waitFor(() => store.view.length === 10 + 20 * 4, table);
    await settle(table);

    const { comments, rows } = virtualizerNodes(table);
    expect(rows, 'rows rendered').to.be.within(5, 40);
    // Each row has a start and an end marker; the element and the virtualizer add three of their own.
    expect(comments, 'comment nodes beside the rows').to.be.at.most(2 * rows + 3);
    // The newest arrival is on top and the rows still read right.
    expect(bodyRows(table)[0]!.textContent).to.contain('Client 1204');
  });
});
