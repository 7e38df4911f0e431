import { expect } from '@open-wc/testing';
import type { HostSnippet } from '../../../src/adapter/index.js';
import { rangeAdapter, type RangeAdapter } from '../../helpers/range-adapter.js';
import { bodyRows, grid, settle, tableFixture, waitFor } from './table-fixtures.js';

interface SnippetCall {
  ids: readonly string[];
  search: string;
  signal: AbortSignal;
}

/** A range host of 10,000 rows that gives snippets: a quote for even rows, a detail for odd ones. */
function snippetHost(): RangeAdapter & { snippetCalls: SnippetCall[] } {
  const adapter = Object.assign(rangeAdapter(10_000), { snippetCalls: [] as SnippetCall[] });
  adapter.searchSnippets = async (ids, search, signal) => {
    adapter.snippetCalls.push({ ids, search, signal });
    const answer: Record<string, HostSnippet> = {};
    for (const id of ids) {
      const n = Number(id.slice(1));
      answer[id] =
        n % 2 === 0
          ? { text: `<b>${search}</b> said in ${id}`, ranges: [{ start: 3, end: 3 + search.length }] }
          : { text: `Queue ${search} (${id})`, ranges: [{ start: 6, end: 6 + search.length }], source: 'meta' };
    }
    // Rows nobody asked about and a range outside its text are reported and left out.
    answer['r-unasked'] = { text: 'x', ranges: [] };
    return answer;
  };
  return adapter;
}

const matchCells = (table: HTMLElement) => [...table.shadowRoot!.querySelectorAll<HTMLElement>('.body [role="row"] .cell.match')];

describe('session-table: search snippets from a serverQuery host (searchSnippets)', () => {
  it('asks the host for the rows on screen once per search text and shows its hits as text, "In details:" for details', async function () {
    this.timeout(30_000);
    const adapter = snippetHost();
    const reported: unknown[] = [];
    const table = await tableFixture({ adapter }, { height: 300, width: 1100 });
    table.currentStore!.addEventListener('data-error', (event) => reported.push((event as CustomEvent).detail));
    await waitFor(() => grid(table).getAttribute('aria-rowcount') === '10001', table);
    expect(adapter.snippetCalls, 'no search, no snippets asked').to.have.length(0);

    table.currentStore!.setQuery({ search: 'reklamace' });
    await waitFor(() => matchCells(table).filter((cell) => cell.querySelector('mark')).length > 3, table, 10_000);
    await settle(table);
    const call = adapter.snippetCalls.at(-1)!;
    expect(call.search).to.equal('reklamace');
    expect(call.ids.length).to.be.within(1, 30);
    expect(call.ids).not.to.include('');

    const rows = bodyRows(table).filter((row) => row.getAttribute('aria-busy') !== 'true');
    // Row 0 is r9999 (a hit in its details), row 1 r9998 (a quote).
    const detail = rows[0]!.querySelector('.cell.match')!;
    expect(detail.querySelector('[part="match-source"]')!.textContent).to.equal('In details:');
    expect(detail.querySelector('mark')!.textContent).to.equal('reklamace');
    const quote = rows[1]!.querySelector('.cell.match')!;
    // Host text is text: its markup is shown, not parsed.
    expect(quote.querySelector('b')).to.equal(null);
    expect(quote.textContent).to.contain('<b>reklamace</b> said in r9998');
    expect(quote.querySelector('mark')!.textContent).to.equal('reklamace');
    expect(quote.querySelector('[part="match-source"]')).to.equal(null);
    await expect(table).to.be.accessible();
    expect(reported.some((record) => JSON.stringify(record).includes('not one of the ids asked for')), 'the unasked id is reported').to.equal(true);

    // The same rows again ask nothing; a new text drops the old hits and asks again.
    const calls = adapter.snippetCalls.length;
    table.requestUpdate();
    await settle(table);
    expect(adapter.snippetCalls).to.have.length(calls);
    table.currentStore!.setQuery({ search: 'faktura' });
    await waitFor(() => matchCells(table).some((cell) => cell.querySelector('mark')?.textContent === 'faktura'), table, 10_000);
    expect(matchCells(table).some((cell) => cell.textContent.includes('reklamace')), 'no hit of the old text stays').to.equal(false);
  });
});
