import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SessionTable } from '../../../src/elements/session-table/session-table.js';
import { fitColumnWidths } from '../../../src/elements/session-table/column-fit.js';
import { chord, grid, makeSession, settle, tableFixture, testAdapter, waitFor } from './table-fixtures.js';

const long = (index: number) =>
  makeSession(index, {
    channel: 'messenger',
    client: { name: `Client with a rather long name ${index}` },
    operators: [{ id: `op${index}`, name: `Operator Jaroslava Novotná-Králová ${index}` }],
  });

function cutTexts(table: SessionTable): string[] {
  const cells = [...table.shadowRoot!.querySelectorAll<HTMLElement>('.header-label, [role="gridcell"]')];
  return cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent.trim());
}

function columnsWidth(table: SessionTable): number {
  return [...table.shadowRoot!.querySelectorAll<HTMLElement>('.header-cell')].reduce((sum, cell) => sum + cell.getBoundingClientRect().width, 0);
}

describe('session-table: default column widths', () => {
  it('fit the content and fill a 1440 px table: nothing cut, no empty band', async () => {
    const sessions = Array.from({ length: 40 }, (_, i) => long(i));
    const table = await tableFixture({ adapter: testAdapter({ sessions }) }, { width: 1440 });
    await settle(table);
    expect(cutTexts(table)).to.deep.equal([]);
    const scroller = table.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    expect(columnsWidth(table)).to.be.closeTo(scroller.clientWidth, 2);
  });

  it('keep a width the user set, and share the rest', async () => {
    const sessions = Array.from({ length: 40 }, (_, i) => long(i));
    const table = await tableFixture({ adapter: testAdapter({ sessions }) }, { width: 1440 });
    grid(table).focus();
    await sendKeys({ press: 'ArrowUp' });
    const header = table.shadowRoot!.getElementById('cell-0-0')!;
    const before = header.getBoundingClientRect().width;
    await chord('Shift', 'ArrowLeft');
    await chord('Shift', 'ArrowLeft');
    await waitFor(() => Math.abs(header.getBoundingClientRect().width - (before - 32)) < 1.5, table);
    const scroller = table.shadowRoot!.querySelector<HTMLElement>('[role="grid"]')!;
    expect(columnsWidth(table)).to.be.closeTo(scroller.clientWidth, 2);
  });

  it('shares spare room in proportion to need and never shrinks below it', () => {
    const widths = fitColumnWidths({ ids: ['a', 'b', 'c'], wanted: { a: 100, b: 300, c: 100 }, fixed: { c: 80 }, available: 880 });
    expect(widths['a']! + widths['b']! + 80).to.equal(880);
    expect(widths['b']! / widths['a']!).to.be.closeTo(3, 0.05);
    expect(fitColumnWidths({ ids: ['a', 'b'], wanted: { a: 100, b: 300 }, fixed: {}, available: 200 })).to.deep.equal({ a: 100, b: 300 });
  });
});
