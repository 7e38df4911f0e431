/**
 * Loading 200,000 sessions into `<session-table>` from the demo adapter (default latency), in
 * pages as a host serves them (`BENCH=table-load npm run bench` → bench/results/table.json,
 * appended to the table rows when the whole bench runs):
 * - first rows painted, and every session counted ("200,000 sessions" with the load complete);
 * - main-thread long tasks (≥ 50 ms) from attaching the table until the idle sort preparation is
 *   done: count, longest and total; and from a trace of every task (test/tooling/task-trace.mjs),
 *   the same by thread time with the machine's load average: on a machine shared with other work
 *   a task's wall time includes the time it waited for a CPU.
 * Baseline: the same sessions handed over in one page (a naive one-shot intake), same run.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { createDemoAdapter } from '../src/adapter/demo/index.js';
import type { SessionAdapter } from '../src/adapter/index.js';
import '../src/define/session-table.js';
import { benchRow, painted, until as untilWithin } from './measure.js';

const COUNT = 200_000;
const NOW = Date.UTC(2026, 10, 26, 12);
const rows: { name: string; value: number; unit: string; baseline: number; ratio: number }[] = [];

function row(name: string, value: number, unit: string, baseline: number): void {
  rows.push(benchRow(name, value, unit, baseline));
}

/** A 200k load takes seconds on a busy machine: a wider limit than the other benches'. */
const until = (condition: () => boolean) => untilWithin(condition, 60_000);

interface LoadFigures {
  firstRows: number;
  allCounted: number;
  longTasks: number[];
  traced: TracedTasks;
}

/** What `task-trace-stop` reports (test/tooling/task-trace.mjs). */
interface TracedTasks {
  longestCpuMs: number;
  overBudgetCpu: number;
  loadAverage: number;
}

async function tracedTasks(): Promise<TracedTasks> {
  await executeServerCommand('task-trace-stop');
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const traced = await executeServerCommand<TracedTasks | { pending: true } | { error: string }, undefined>('task-trace-result');
    if (!traced) throw new Error('bench: no task trace');
    if ('error' in traced) throw new Error(`bench: task trace failed: ${traced.error}`);
    if (!('pending' in traced)) return traced;
  }
}

/** Every `listSessions` page of the demo adapter, or all of them as one page (the baseline). */
function onePage(adapter: SessionAdapter): SessionAdapter {
  return Object.assign(Object.create(adapter) as SessionAdapter, {
    async listSessions(request: Parameters<SessionAdapter['listSessions']>[0], signal: AbortSignal) {
      const sessions: unknown[] = [];
      let cursor: string | undefined;
      do {
        const page = await adapter.listSessions({ ...request, cursor, limit: 100_000 }, signal);
        sessions.push(...page.sessions);
        cursor = page.nextCursor;
      } while (cursor);
      return { sessions };
    },
  });
}

/**
 * Both loads run on code already loaded: the dev server serves each module file on its own (a
 * host's build serves a few chunks), and only the first load would pay for fetching the lazy ones.
 */
async function warmUp(): Promise<void> {
  const table = document.createElement('session-table');
  table.adapter = createDemoAdapter({ seed: 12, sessions: 200, live: false, now: NOW });
  document.body.append(table);
  await until(() => table.currentStore?.status === 'ready' && (table.shadowRoot?.querySelectorAll('.body [role="row"]').length ?? 0) > 0);
  await table.updateComplete;
  table.remove();
}

async function load(adapter: SessionAdapter): Promise<LoadFigures> {
  // Generating the demo data is the host's business, not the load's: end that task first, and
  // collect its garbage (a collection of 200,000 generated sessions' leftovers landed in the load).
  await new Promise((resolve) => setTimeout(resolve, 0));
  window.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  await executeServerCommand('task-trace-start');
  const box = document.createElement('div');
  box.style.cssText = 'width:1200px;height:800px;position:relative';
  document.body.append(box);
  const start = performance.now();
  const table = document.createElement('session-table');
  table.adapter = adapter;
  box.append(table);
  await until(() => (table.shadowRoot?.querySelectorAll('.body [role="row"]').length ?? 0) > 0);
  await painted();
  const firstRows = performance.now() - start;
  const store = table.currentStore!;
  const historyCount = [...store.sessions.values()].filter((s) => s.state === 'ended').length;
  await until(() => store.status === 'ready' && store.loaded >= COUNT * 0.9 && store.view.length >= historyCount && store.sessions.size >= COUNT * 0.9);
  await painted();
  const allCounted = performance.now() - start;
  // The idle sort preparation runs after the load: its tasks count too.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  observer.disconnect();
  const traced = await tracedTasks();
  box.remove();
  return { firstRows, allCounted, longTasks, traced };
}

describe('session-table load benchmark (200,000 sessions, demo adapter)', () => {
  it('measures first rows, all counted and long tasks, paged vs one-shot', async () => {
    await warmUp();
    const paged = await load(createDemoAdapter({ seed: 11, sessions: COUNT, live: false, now: NOW }));
    const oneShot = await load(onePage(createDemoAdapter({ seed: 11, sessions: COUNT, live: false, now: NOW })));
    row('load 200k: first rows painted', paged.firstRows, 'ms', oneShot.firstRows);
    row('load 200k: all sessions counted', paged.allCounted, 'ms', oneShot.allCounted);
    row('load 200k: long tasks (>= 50 ms)', paged.longTasks.length, 'count', oneShot.longTasks.length);
    row('load 200k: longest task', Math.max(0, ...paged.longTasks), 'ms', Math.max(0, ...oneShot.longTasks));
    row('load 200k: long-task time', paged.longTasks.reduce((a, b) => a + b, 0), 'ms', oneShot.longTasks.reduce((a, b) => a + b, 0));
    row('load 200k: tasks >= 50 ms thread time', paged.traced.overBudgetCpu, 'count', oneShot.traced.overBudgetCpu);
    row('load 200k: longest task thread time', paged.traced.longestCpuMs, 'ms', oneShot.traced.longestCpuMs);
    row('load 200k: load average while traced', paged.traced.loadAverage, 'load', oneShot.traced.loadAverage);
    console.log(JSON.stringify(rows, null, 1));
    // Only the load rows: the rest of table.json is table.bench.ts's.
    await executeServerCommand('bench-results', { area: 'table', rows, keepOtherRows: true });
  });
});
