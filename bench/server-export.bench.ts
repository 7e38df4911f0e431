/**
 * Export in server mode (`BENCH=server-export npm run bench` → bench/results/server-export.json):
 * a `<session-table>` on a synthetic `serverQuery` host of 100,000 rows (answering at once, so the
 * browser's own work is what is measured) exports its list as CSV through the menu — read from the
 * host 1,000 rows a request, validated, written page by page. Reported: the time end to end beside
 * `sessionsToCsvAsync` of the same rows already in memory (client mode's export), and the longest
 * main-thread task during the export beside the 50 ms budget.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { sessionsToCsvAsync } from '../src/engine/export/index.js';
import { rangeAdapter } from '../test/helpers/range-adapter.js';
import { tableFixture, waitFor, grid } from '../test/elements/session-table/table-fixtures.js';
import { openToolbarExport, startExport } from '../test/helpers/toolbar-export.js';
import type { BenchRow } from './bench-row.js';

const ROWS = 100_000;

function row(name: string, value: number, unit: string, baseline: number): BenchRow {
  return { name, value: Math.round(value * 10) / 10, unit, baseline: Math.round(baseline * 10) / 10, ratio: Math.round((value / baseline) * 1000) / 1000 };
}

describe('server-export', () => {
  it('CSV of 100,000 rows read from a serverQuery host page by page, in the export menu', async () => {
    const adapter = rangeAdapter(ROWS);
    const table = await tableFixture({ adapter }, { height: 400, width: 1100 });
    await waitFor(() => grid(table).getAttribute('aria-rowcount') === String(ROWS + 1), table, 30_000);
    const menu = await openToolbarExport(table);

    // Start in a fresh task, so the set-up is not reported as the export's.
    await new Promise((resolve) => setTimeout(resolve, 0));
    let longest = 0;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => (longest = Math.max(longest, entry.duration))));
    observer.observe({ type: 'longtask', buffered: false });
    const start = performance.now();
    const detail = await startExport(menu);
    const elapsed = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    // The baseline below is built in a later task: a long task is reported for the whole task it ran in.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (detail.rowCount !== ROWS) throw new Error(`exported ${detail.rowCount} rows`);

    // Client mode's export of the same rows, already in memory, with the same columns.
    const sessions = Array.from({ length: ROWS }, (_, index) => adapter.row(index));
    const columns = table.currentStore!.columns;
    const inMemoryStart = performance.now();
    await sessionsToCsvAsync(sessions, { columns, format: { locale: 'en', timeZone: 'UTC', now: Date.now() } });
    const inMemory = performance.now() - inMemoryStart;

    await executeServerCommand('bench-results', {
      area: 'server-export',
      rows: [
        row('csv 100k rows read from the host 1,000 a request (validated, written page by page) vs sessionsToCsvAsync of the rows in memory', elapsed, 'ms', inMemory),
        row('csv 100k from the host: longest main-thread task vs 50 ms budget', longest, 'ms', 50),
      ],
    });
  });
});
