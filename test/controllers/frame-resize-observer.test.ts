import { expect } from '@open-wc/testing';
import '../../src/define/session-table.js';
import { installCensus, type CensusTaker } from '../hardening/resource-census.js';
import { scriptedAdapter, summary } from '../helpers/test-adapter.js';
import { bodyRows, grid, settle, tableFixture, waitFor } from '../elements/session-table/table-fixtures.js';

describe('FrameResizeObserver', () => {
  let census: CensusTaker | undefined;
  afterEach(() => census?.uninstall());

  it('stops observing rows the table took out of the page, so scrolling does not pile up observed rows', async () => {
    census = installCensus();
    const adapter = scriptedAdapter({ pages: { history: [Array.from({ length: 3000 }, (_, i) => summary(`s${i}`))] } });
    const table = await tableFixture({ adapter }, { height: 300 });
    await settle(table);
    const g = grid(table);
    // Each jump renders rows never rendered before and takes the previous ones out.
    for (let jump = 1; jump <= 12; jump++) {
      g.scrollTop = jump * 200 * 36;
      await settle(table);
    }
    // A row taken out reports its 0×0 in the browser's next observation round and is unobserved
    // there, which can come after the table settled (a frame later on a busy machine): wait for
    // that round instead of reading the count before it. Rows that stay observed never get there.
    const few = () => census!.count().observedTargets < bodyRows(table).length + 25;
    await waitFor(few).catch(() => undefined);
    const rowsInPage = bodyRows(table).length;
    expect(rowsInPage).to.be.above(0);
    // The rows in the page plus the table's own few observed elements (host, scroller, header…),
    // not the ~150 rows rendered over all the jumps.
    expect(census.count().observedTargets).to.be.below(rowsInPage + 25);
  });
});
