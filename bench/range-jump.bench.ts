/**
 * Server mode in the browser (`BENCH=range-jump npm run bench` → bench/results/range-jump.json):
 * `<session-table>` over a host that pages by range (`capabilities.serverQuery`) with 1,000,000
 * sessions, 20 repetitions each:
 * - Ctrl+End from the top to the last rows painted, and the requests it took;
 * - a scrollbar drag to the middle to its rows painted, and the requests it took.
 * The host makes rows on demand from their index and answers after a fixed delay, once with none
 * (what the browser itself spends) and once with 100 ms (a network round trip plus the reference
 * server's deep-page p95 at 100k rows, bench/results/server.json). Baselines are the issue's
 * budgets (500 ms, 3 requests); the naive alternative, cursor paging at 1,000 rows a request,
 * would need 1,000 sequential requests for the same jump.
 */
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ListSessionsRequest, SessionPage } from '../src/adapter/index.js';
import '../src/define/session-table.js';
import type { SessionTable } from '../src/elements/session-table/session-table.js';
import { rangeAdapter } from '../test/helpers/range-adapter.js';
import type { BenchRow } from './bench-row.js';
import { benchRow, painted, percentile, until } from './measure.js';

const TOTAL = 1_000_000;
const RUNS = 20;
const rows: BenchRow[] = [];

function row(name: string, value: number, unit: string, baseline: number): void {
  rows.push(benchRow(name, value, unit, baseline));
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const shadow = (table: SessionTable) => table.shadowRoot!;
const grid = (table: SessionTable) => shadow(table).querySelector<HTMLElement>('[role="grid"]')!;
const bodyRows = (table: SessionTable) => [...shadow(table).querySelectorAll<HTMLElement>('.body [role="row"]')];
const rowAt = (table: SessionTable, ariaRowIndex: number) => shadow(table).querySelector<HTMLElement>(`.body [role="row"][aria-rowindex="${ariaRowIndex}"]`);
/** Every rendered body row holds data, none is a placeholder of a page in flight. */
const allLoaded = (table: SessionTable) => bodyRows(table).length > 0 && bodyRows(table).every((r) => r.getAttribute('aria-busy') !== 'true');

async function chord(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

/** A table of 1,000,000 rows on a range host whose answers take `latencyMs`. */
async function rangeTable(latencyMs: number) {
  const adapter = rangeAdapter(TOTAL);
  const answer = adapter.listSessions.bind(adapter);
  adapter.listSessions = async (request: ListSessionsRequest, signal: AbortSignal): Promise<SessionPage> => {
    if (latencyMs > 0) await delay(latencyMs);
    return answer(request, signal);
  };
  const box = document.createElement('div');
  box.style.cssText = 'width:1200px;height:800px';
  box.lang = 'en';
  const table = document.createElement('session-table');
  table.adapter = adapter;
  box.append(table);
  document.body.append(box);
  const g = () => grid(table);
  await until(() => table.shadowRoot?.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') === String(TOTAL + 1) && allLoaded(table));
  await painted();
  return { adapter, table, g, remove: () => box.remove() };
}

async function measureJumps(latencyMs: number): Promise<void> {
  const endTimes: number[] = [];
  const endRequests: number[] = [];
  const middleTimes: number[] = [];
  const middleRequests: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh table each run: a jump back to rows already seen would be served from the page cache.
    const { adapter, table, g, remove } = await rangeTable(latencyMs);
    g().focus();
    let before = adapter.requests.length;
    let start = performance.now();
    await chord('Control', 'End');
    await until(() => rowAt(table, TOTAL + 1)?.getAttribute('aria-busy') === null && allLoaded(table));
    await painted();
    endTimes.push(performance.now() - start);
    endRequests.push(adapter.requests.length - before);

    g().scrollTop = 0;
    await until(() => rowAt(table, 2) !== null && allLoaded(table));
    await painted();

    // A scrollbar drag lands on one scroll position; the rows there are what the reader waits for.
    before = adapter.requests.length;
    start = performance.now();
    g().scrollTop = (g().scrollHeight - g().clientHeight) / 2;
    const middle = () => Number(bodyRows(table)[0]?.getAttribute('aria-rowindex')) > TOTAL * 0.4;
    await until(() => middle() && allLoaded(table));
    await painted();
    middleTimes.push(performance.now() - start);
    middleRequests.push(adapter.requests.length - before);
    remove();
  }
  const host = latencyMs === 0 ? 'host answering at once' : `host answering in ${latencyMs} ms`;
  row(`1M rows, ${host}: Ctrl+End to the last rows painted, p50 (vs 500 ms budget)`, percentile(endTimes, 0.5), 'ms', 500);
  row(`1M rows, ${host}: Ctrl+End to the last rows painted, p95 (vs 500 ms budget)`, percentile(endTimes, 0.95), 'ms', 500);
  row(`1M rows, ${host}: requests per Ctrl+End, most in ${RUNS} runs (vs 3 budget)`, Math.max(...endRequests), 'requests', 3);
  row(`1M rows, ${host}: scrollbar to the middle to its rows painted, p95 (vs 500 ms budget)`, percentile(middleTimes, 0.95), 'ms', 500);
  row(`1M rows, ${host}: requests per jump to the middle, most in ${RUNS} runs (vs 3 budget)`, Math.max(...middleRequests), 'requests', 3);
}

describe('session-table in server mode: jumps across 1,000,000 rows', () => {
  it('measures Ctrl+End and a drag to the middle', async () => {
    await measureJumps(0);
    await measureJumps(100);
    await executeServerCommand('bench-results', { area: 'range-jump', rows });
  });
});
