// Every task of a test page's main thread, from a Chromium trace (server commands `task-trace-start`
// and `task-trace-stop`, used by the live soak bench). A PerformanceObserver sees only tasks of
// 50 ms and more, and only their wall time; the trace has each task's wall time and the time the
// thread actually ran (CPU), so a figure measured on a busy machine can be told apart from the
// page's own cost. Spans the page marks as `exclude-task:<name>` (performance.mark at start,
// performance.measure over it) are left out: the bench's own forced garbage collections.

import { loadavg } from 'node:os';

/** Per traced page: the machine's load average, sampled while the trace runs. */
const tracing = new WeakMap();

export async function startTaskTrace(session) {
  const page = session.browser.getPage(session.id);
  await page.tracing.start({ categories: ['toplevel', 'blink.user_timing', '__metadata'] });
  const load = [loadavg()[0]];
  tracing.set(page, { load, timer: setInterval(() => load.push(loadavg()[0]), 10_000) });
  return { tracing: true };
}

/**
 * Stops the trace and starts reading it: a 10-minute trace takes longer to hand over than one
 * command may take, so `task-trace-result` answers `{ pending: true }` until the figures are ready.
 */
export function stopTaskTrace(session) {
  const page = session.browser.getPage(session.id);
  const trace = tracing.get(page);
  if (!trace) throw new Error('task-trace-stop without task-trace-start');
  clearInterval(trace.timer);
  const loadAverage = trace.load.reduce((sum, value) => sum + value, 0) / trace.load.length;
  trace.result = page.tracing.stop().then(
    (buffer) => ({ ...summarizeTasks(JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents ?? []), loadAverage }),
    (error) => ({ error: String(error) }),
  );
  trace.result.then((result) => (trace.done = result));
  return { stopping: true };
}

export function taskTraceResult(session) {
  const page = session.browser.getPage(session.id);
  const trace = tracing.get(page);
  if (!trace?.result) throw new Error('task-trace-result without task-trace-stop');
  if (!trace.done) return { pending: true };
  tracing.delete(page);
  return trace.done;
}

/** Task figures of the renderer main thread that ran the most tasks (the test page's). */
export function summarizeTasks(events) {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'ThreadControllerImpl::RunTask') continue;
    const thread = `${event.pid}:${event.tid}`;
    if (!mainThreads.has(thread)) continue;
    if (!byThread.has(thread)) byThread.set(thread, []);
    byThread.get(thread).push(event);
  }
  const [thread, tasks = []] = [...byThread].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  const excluded = events
    .filter((e) => `${e.pid}:${e.tid}` === thread && e.name?.startsWith('exclude-task:') && (e.ph === 'b' || e.ph === 'e' || e.ph === 'X'))
    .reduce((spans, e) => {
      if (e.ph === 'X') spans.push({ start: e.ts, end: e.ts + (e.dur ?? 0) });
      else if (e.ph === 'b') spans.push({ start: e.ts, end: Infinity, id: e.id2?.local ?? e.id });
      else {
        const open = spans.find((span) => span.end === Infinity && span.id === (e.id2?.local ?? e.id));
        if (open) open.end = e.ts;
      }
      return spans;
    }, []);
  const counted = tasks.filter((task) => !excluded.some((span) => task.ts < span.end && span.start < task.ts + task.dur));
  const wall = counted.map((task) => task.dur / 1000).sort((a, b) => a - b);
  const cpu = counted.map((task) => (task.tdur ?? task.dur) / 1000).sort((a, b) => a - b);
  const span = counted.length > 0 ? (counted.at(-1).ts + counted.at(-1).dur - counted[0].ts) / 1000 : 0;
  const percentile = (sorted, share) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]);
  return {
    tasks: counted.length,
    excluded: tasks.length - counted.length,
    p95WallMs: percentile(wall, 0.95),
    p99WallMs: percentile(wall, 0.99),
    longestWallMs: wall.at(-1) ?? 0,
    p95CpuMs: percentile(cpu, 0.95),
    longestCpuMs: cpu.at(-1) ?? 0,
    overBudgetWall: wall.filter((ms) => ms >= 50).length,
    overBudgetCpu: cpu.filter((ms) => ms >= 50).length,
    /** Per minute of the trace: tasks, tasks of 50 ms or more by thread time, the longest by thread time (ms), the busy share — a cost that grows with time shows here. */
    perMinute: perMinute(counted),
    /** Share of the traced time the page's main thread ran (its CPU use, 0–1). */
    busyCpuShare: span > 0 ? cpu.reduce((sum, ms) => sum + ms, 0) / span : 0,
  };
}

function perMinute(tasks) {
  if (tasks.length === 0) return [];
  const start = tasks[0].ts;
  const minutes = [];
  for (const task of tasks) {
    const index = Math.floor((task.ts - start) / 60e6);
    minutes[index] ??= { tasks: 0, overBudgetCpu: 0, longestCpuMs: 0, busyCpuShare: 0 };
    const cpu = (task.tdur ?? task.dur) / 1000;
    const minute = minutes[index];
    minute.tasks += 1;
    if (cpu >= 50) minute.overBudgetCpu += 1;
    minute.longestCpuMs = Math.max(minute.longestCpuMs, Math.round(cpu));
    minute.busyCpuShare += cpu / 60_000;
  }
  return minutes.map((minute) => minute && { ...minute, busyCpuShare: Math.round(minute.busyCpuShare * 1000) / 1000 });
}
