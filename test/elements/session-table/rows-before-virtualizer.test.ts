/**
 * The table's first rows do not wait for @lit-labs/virtualizer, which loads on first use
 * (grid-viewport.ts): until it arrives, or if it never does, the grid's own window shows and
 * scrolls the rows. The part is replaced here by one the test releases or fails.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/session-table.js';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { TABLE_LAZY_PARTS } from '../../../src/elements/session-table/table-lazy-parts.js';
import type { LazyPart } from '../../../src/controllers/lazy-parts.js';
import { waitUntil } from '../../helpers/wait-until.js';
import { bodyRows, chord, grid, rowByIndex, rowText, testAdapter } from './table-fixtures.js';

const realPart = TABLE_LAZY_PARTS.rowVirtualizer;

/** A virtualizer part that loads only when the test says so (or fails then). */
function heldPart(): { part: LazyPart<true>; release: () => void; fail: () => void } {
  let release!: () => void;
  let fail!: () => void;
  const gate = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = () => reject(new Error('chunk unavailable (test)'));
  });
  let loaded = false;
  const part: LazyPart<true> = {
    current: () => (loaded ? true : undefined),
    load: () =>
      gate.then(() => realPart.load()).then(() => {
        loaded = true;
        return true as const;
      }),
  };
  return { part, release, fail };
}

/** A table whose rows have rendered, without awaiting `updateComplete` (it waits for the held part). */
async function tableWithRows(count: number): Promise<SessionTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="height:400px;width:900px" lang="en">
    <session-table table-id=${`t${Math.random().toString(36).slice(2)}`} .adapter=${testAdapter({ count })}></session-table>
  </div>`);
  const table = wrapper.querySelector('session-table')!;
  await waitUntil(() => table.currentStore?.status === 'ready' && !table.currentStore.hasMore, 'every session loaded');
  await waitUntil(() => bodyRows(table).length > 0, 'the first rows');
  return table;
}

describe('session-table: rows before the virtualizer has loaded', () => {
  afterEach(() => {
    (TABLE_LAZY_PARTS as { rowVirtualizer: LazyPart<true> }).rowVirtualizer = realPart;
  });

  it('shows and scrolls the rows in its own window, then hands them to the virtualizer where the reader is', async () => {
    const held = heldPart();
    (TABLE_LAZY_PARTS as { rowVirtualizer: LazyPart<true> }).rowVirtualizer = held.part;
    const table = await tableWithRows(5000);
    const shadow = table.shadowRoot!;
    expect(shadow.querySelector('sv-row-virtualizer'), 'no virtualizer yet').to.equal(null);
    expect(rowText(rowByIndex(table, 2)!)[0], 'the first session is shown').to.not.equal('');
    await expect(table).to.be.accessible();

    // Keyboard use works meanwhile: Ctrl+End moves to the last row and scrolls it into view.
    grid(table).focus();
    await chord('Control', 'End');
    const last = table.currentStore!.view.length + 1;
    await waitUntil(() => rowByIndex(table, last) !== null, 'the last row rendered by the window');
    const scrollTop = grid(table).scrollTop;
    expect(scrollTop).to.be.greaterThan(100_000);
    const lastText = rowText(rowByIndex(table, last)!);

    expect(shadow.activeElement, 'focus on the grid before').to.equal(grid(table));
    held.release();
    await table.updateComplete;
    expect(shadow.querySelector('sv-row-virtualizer'), 'the virtualizer took over').to.exist;
    expect(grid(table).scrollTop, 'the reader stays where they were').to.equal(scrollTop);
    expect(rowText(rowByIndex(table, last)!), 'the same last row').to.deep.equal(lastText);
    // The grid points at the active cell again once the virtualizer rendered its rows (a frame later).
    await waitUntil(() => grid(table).getAttribute('aria-activedescendant')?.startsWith(`cell-${last - 1}-`), 'the active cell is still the last row');
    expect(shadow.activeElement).to.equal(grid(table));
  });

  it('keeps working on its own window when the virtualizer cannot be loaded', async () => {
    const held = heldPart();
    (TABLE_LAZY_PARTS as { rowVirtualizer: LazyPart<true> }).rowVirtualizer = held.part;
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const table = await tableWithRows(3000);
      held.fail();
      await table.updateComplete;
      expect(errors, 'the failure is logged for the host').to.have.length(1);
      expect(table.shadowRoot!.querySelector('sv-row-virtualizer')).to.equal(null);
      grid(table).scrollTop = 36 * 1500;
      await waitUntil(() => rowByIndex(table, 1502) !== null, 'rows at the scrolled-to place');
      expect(bodyRows(table).length, 'still only the screen’s rows and the overscan').to.be.below(40);
    } finally {
      console.error = consoleError;
    }
  });

  it('keeps scrolling after the table moved to another place in the page', async () => {
    const held = heldPart();
    (TABLE_LAZY_PARTS as { rowVirtualizer: LazyPart<true> }).rowVirtualizer = held.part;
    const table = await tableWithRows(3000);
    const elsewhere = document.createElement('div');
    elsewhere.style.cssText = 'height:400px;width:900px';
    table.parentElement!.after(elsewhere);
    elsewhere.append(table);
    grid(table).scrollTop = 36 * 1200;
    await waitUntil(() => rowByIndex(table, 1202) !== null, 'rows at the scrolled-to place after the move');
    elsewhere.remove();
  });
});
