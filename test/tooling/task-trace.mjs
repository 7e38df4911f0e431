// Every task of a test page's main thread, from a Chromium trace (server commands `task-trace-start`
// and `task-trace-stop`, used by the live soak bench; `task-trace-rotate` hands a long trace over in
// chunks). A PerformanceObserver sees only tasks of
// 50 ms and more, and only their wall time; the trace has each task's wall time and the time the
// thread actually ran (CPU), so a figure measured on a busy machine can be told apart from the
// page's own cost. Spans the page marks as `exclude-task:<name>` (performance.mark at start,
// performance.measure over it) are left out: the bench's own forced garbage collections.
// Garbage collections (V8's trace events) are attributed to the tasks they ran in. With
// `LIVE_SOAK_PROFILE=<file>` a V8 CPU profile of the page is written there too (open it in
// DevTools' Performance panel, or sum self time per function per minute): what the tasks ran.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

/** Per traced page: the machine's load average, sampled while the trace runs. */
const tracing = new WeakMap();

/**
 * 'v8' adds the garbage collections (MajorGC, MinorGC, incremental marking steps): which long
 * tasks were the collector's rather than the page's code; 'devtools.timeline' what else ran in
 * them (the function called, timers, layout, style).
 */
const CATEGORIES = ['toplevel', 'v8', 'devtools.timeline', 'blink.user_timing', '__metadata'];

/**
 * `LIVE_SOAK_GC_PHASES=1` adds the phases of each collection (marking, evacuation, weak
 * processing, Blink's heap): what a long pause was made of, in the tasks with the most of it.
 */
const categories = () => [...CATEGORIES, ...(process.env.LIVE_SOAK_GC_PHASES === '1' ? ['disabled-by-default-v8.gc', 'cppgc'] : [])];

/** Tasks from this much thread time on are told apart by what ran inside them (the `longTasks` figure). */
const EXPLAINED_MS = 30;
/**
 * …and tasks from this much wall time on, whatever their thread time: the budget's figure is wall
 * time, and a task that mostly waited for a CPU (or for the collector's helper threads) shows it here.
 */
const EXPLAINED_WALL_MS = 50;

export async function startTaskTrace(session) {
  const page = session.browser.getPage(session.id);
  // Before the trace: starting the profiler logs every compiled function, a long task of its own.
  const profiler = process.env.LIVE_SOAK_PROFILE ? await startProfiler(page) : undefined;
  await page.tracing.start({ categories: categories() });
  const load = [loadavg()[0]];
  const chunkDir = mkdtempSync(join(tmpdir(), 'task-trace-'));
  tracing.set(page, { load, profiler, timer: setInterval(() => load.push(loadavg()[0]), 10_000), chunkFiles: [], chunkDir, handover: Promise.resolve() });
  return { tracing: true };
}

/**
 * Hands the trace so far over, keeps it on disk until the run ends (then only the main thread's
 * tasks of each are kept), and starts the next one (in the background: the command answers at once). A long run calls this, say, once a minute:
 * a 10-minute trace handed over in one piece took the whole browser down with it, silently. The
 * page keeps running meanwhile; only the moment between stopping one trace and starting the next
 * is not traced, and a page calls this where it has no span open that
 * must be left out (see `exclude-task:`).
 */
export function rotateTaskTrace(session) {
  const page = session.browser.getPage(session.id);
  const trace = tracing.get(page);
  if (!trace) throw new Error('task-trace-rotate without task-trace-start');
  trace.handover = trace.handover.then(async () => {
    if (trace.failed) return;
    try {
      // The next trace starts before this one is read: reading a minute of events takes seconds,
      // and a task in that gap would be missing from every figure.
      const buffer = await page.tracing.stop();
      await page.tracing.start({ categories: categories() });
      // Kept raw on disk, read after the run: parsing a minute of events is seconds of this
      // process's CPU, which on a 2-core machine took a core from the page (and from the
      // collector's helper threads) while it was being measured.
      const file = join(trace.chunkDir, `${trace.chunkFiles.length}.json`);
      writeFileSync(file, buffer);
      trace.chunkFiles.push(file);
    } catch (error) {
      trace.failed = String(error);
    }
  });
  return { rotating: true };
}

/** A trace handed over, reduced to what the figures need: the main thread's tasks, exclusions and collections. */
function chunkOf(buffer) {
  return mainThreadOf(JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents ?? []);
}

async function readChunk(page) {
  return chunkOf(await page.tracing.stop());
}

/** A sampling CPU profile of the page (1 ms interval: a 10-minute profile stays a few hundred MB at most). */
async function startProfiler(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  return cdp;
}

async function stopProfiler(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(process.env.LIVE_SOAK_PROFILE, JSON.stringify(profile));
  await cdp.detach();
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
  if (trace.profiler) stopProfiler(trace.profiler).catch((error) => console.error('live soak: CPU profile failed', error));
  const loadAverage = trace.load.reduce((sum, value) => sum + value, 0) / trace.load.length;
  trace.result = trace.handover
    .then(async () => {
      if (trace.failed) throw new Error(trace.failed);
      const last = await readChunk(page);
      const chunks = trace.chunkFiles.map((file) => chunkOf(readFileSync(file)));
      return { ...summarize([...chunks, last]), loadAverage };
    })
    .catch((error) => ({ error: String(error) }))
    .finally(() => rmSync(trace.chunkDir, { recursive: true, force: true }));
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

/** Of one trace: the tasks of the main thread that ran the most (the test page's), its excluded spans and its garbage collections. */
function mainThreadOf(events) {
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
  const slim = ({ ts, dur, tdur, name }) => ({ ts, dur, tdur, name });
  const onThread = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.name !== 'ThreadControllerImpl::RunTask');
  const gc = onThread.filter((e) => GC_EVENTS.has(e.name)).map((e) => ({ ...slim(e), args: e.args }));
  const phases = onThread.filter((e) => GC_PHASE.test(e.name ?? '')).map(slim);
  const explained = tasks.filter((task) => (task.tdur ?? task.dur) / 1000 >= EXPLAINED_MS || task.dur / 1000 >= EXPLAINED_WALL_MS).map((task) => ({ ...slim(task), inside: insideOf(task, onThread) }));
  return { tasks: tasks.map(slim), excluded, gc, phases, explained };
}

/** What ran inside a task: the events nested in it (nested ones counted in each parent too), by name and script, the heaviest first. */
function insideOf(task, onThread) {
  const byWhat = new Map();
  for (const event of onThread) {
    if (event.ts < task.ts || event.ts + (event.dur ?? 0) > task.ts + task.dur) continue;
    const data = event.args?.data ?? {};
    const where = data.url ? ` ${data.functionName || ''} ${String(data.url).replace(/^.*\/(src|node_modules|test|bench)\//, '$1/')}:${data.lineNumber ?? ''}` : '';
    const what = `${event.name}${where}`;
    byWhat.set(what, (byWhat.get(what) ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000);
  }
  return [...byWhat]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([what, ms]) => `${Math.round(ms * 10) / 10} ms ${what}`);
}

/** The figures over the chunks of one run, in order. */
function summarize(chunks) {
  const tasks = chunks.flatMap((chunk) => chunk.tasks);
  const excluded = chunks.flatMap((chunk) => chunk.excluded);
  const counted = tasks.filter((task) => !excluded.some((span) => task.ts < span.end && span.start < task.ts + task.dur));
  const gcEvents = chunks.flatMap((chunk) => chunk.gc);
  const gcOf = garbageCollectionIn(counted, gcEvents);
  const wall = counted.map((task) => task.dur / 1000).sort((a, b) => a - b);
  const cpu = counted.map((task) => (task.tdur ?? task.dur) / 1000).sort((a, b) => a - b);
  const cpuOf = (task) => (task.tdur ?? task.dur) / 1000;
  const longTasks = counted.filter((task) => cpuOf(task) >= 50);
  // Traced time: each chunk's, without the moments between two chunks.
  const span = chunks.reduce((sum, chunk) => {
    const [first, last] = [chunk.tasks[0], chunk.tasks.at(-1)];
    return first ? sum + (last.ts + last.dur - first.ts) / 1000 : sum;
  }, 0);
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
    overBudgetCpu: longTasks.length,
    /** Tasks of 50 ms or more by thread time that the garbage collector spent at least half of. */
    overBudgetCpuMostlyGc: longTasks.filter((task) => (gcOf.get(task) ?? 0) >= cpuOf(task) / 2).length,
    /** The longest task by thread time once the garbage collections inside it are taken out: the page's own code. */
    longestCpuWithoutGcMs: counted.reduce((longest, task) => Math.max(longest, cpuOf(task) - (gcOf.get(task) ?? 0)), 0),
    /** The most thread time the garbage collector took inside one task. */
    // (Not Math.max(...values): a 10-minute trace has more tasks than a call takes arguments.)
    longestGcInTaskMs: [...gcOf.values()].reduce((longest, ms) => Math.max(longest, ms), 0),
    /** Tasks of EXPLAINED_MS or more by thread time or EXPLAINED_WALL_MS by wall time: when (seconds into the trace), how long, and what ran inside. */
    longTasks: chunks
      .flatMap((chunk) => chunk.explained)
      .filter((task) => !excluded.some((span) => task.ts < span.end && span.start < task.ts + task.dur))
      .map((task) => ({ atSeconds: Math.round((task.ts - (tasks[0]?.ts ?? task.ts)) / 1e5) / 10, cpuMs: Math.round(cpuOf(task) * 10) / 10, wallMs: Math.round(task.dur / 100) / 10, inside: task.inside })),
    /** The collections inside the tasks with the most of it (kind and thread time, nested ones too): a scavenge or a major collection's pause. */
    mostGcTasks: mostGcTasks(gcOf, gcEvents, 3, chunks.flatMap((chunk) => chunk.phases)),
    /** Every major collection in the counted tasks: when (s into the trace), its main-thread time, kind and heap before → after (MB). */
    majorGcs: gcEvents
      .filter((e) => e.name === 'MajorGC' && counted.length > 0 && e.ts >= counted[0].ts)
      .map((e) => `${Math.round((e.ts - counted[0].ts) / 1e6)} s: ${Math.round(((e.tdur ?? e.dur) / 1000) * 10) / 10} ms ${e.args?.type ?? ''} ${Math.round((e.args?.usedHeapSizeBefore ?? 0) / 1e5) / 10} → ${Math.round((e.args?.usedHeapSizeAfter ?? 0) / 1e5) / 10} MB`),
    /** Per minute of the trace: tasks, tasks of 50 ms or more by thread time, the longest by thread time (ms), the busy share — a cost that grows with time shows here. */
    perMinute: perMinute(counted, gcOf),
    /** Share of the traced time the page's main thread ran (its CPU use, 0–1). */
    busyCpuShare: span > 0 ? cpu.reduce((sum, ms) => sum + ms, 0) / span : 0,
  };
}

/** Garbage collection events of V8 (category 'v8'); nested ones are counted once, in the outermost. */
const GC_EVENTS = new Set(['MajorGC', 'MinorGC', 'V8.GCIncrementalMarking', 'V8.GCFinalizeMC', 'V8.GCScavenger', 'V8.GCCompactor']);

/** Thread time (ms) the garbage collector ran inside each task, by task. */
function garbageCollectionIn(tasks, gcEvents) {
  gcEvents.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outermost = [];
  for (const event of gcEvents) {
    const last = outermost.at(-1);
    if (last && event.ts + event.dur <= last.ts + last.dur) continue;
    outermost.push(event);
  }
  const byTask = new Map();
  let next = 0;
  for (const task of tasks) {
    while (next < outermost.length && outermost[next].ts < task.ts) next += 1;
    let ms = 0;
    for (let i = next; i < outermost.length && outermost[i].ts < task.ts + task.dur; i++) ms += (outermost[i].tdur ?? outermost[i].dur) / 1000;
    if (ms > 0) byTask.set(task, ms);
  }
  return byTask;
}

/** The `count` tasks with the most garbage collection inside: their thread time and each collection event in them. */
function mostGcTasks(gcOf, gcEvents, count, phaseEvents) {
  const cpuOf = (event) => Math.round(((event.tdur ?? event.dur) / 1000) * 10) / 10;
  const within = (task) => (e) => e.ts >= task.ts && e.ts < task.ts + task.dur;
  return [...gcOf]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([task, gcMs]) => ({
      taskCpuMs: cpuOf(task),
      gcCpuMs: Math.round(gcMs * 10) / 10,
      collections: gcEvents
        .filter(within(task))
        .map((e) => `${e.name} ${cpuOf(e)} ms${e.args && Object.keys(e.args).length > 0 ? ` ${JSON.stringify(e.args)}` : ''}`),
      // Only with LIVE_SOAK_GC_PHASES=1: the phases of 1 ms or more.
      phases: phaseEvents.filter(within(task)).filter((e) => cpuOf(e) >= 1).map((e) => `${e.name} ${cpuOf(e)} ms`),
    }));
}

/** Phases of a collection (category disabled-by-default-v8.gc, cppgc). */
const GC_PHASE = /^(V8\.GC_|CppGC\.)/;

/**
 * Per full minute of the trace (a last, partial minute — the trace outlives the measurement by
 * the time it takes to stop — is left out: its share would read as a drop).
 */
function perMinute(tasks, gcOf) {
  if (tasks.length === 0) return [];
  const start = tasks[0].ts;
  const end = tasks.at(-1).ts + tasks.at(-1).dur;
  const minutes = [];
  for (const task of tasks) {
    const index = Math.floor((task.ts - start) / 60e6);
    if (start + (index + 1) * 60e6 > end) break;
    minutes[index] ??= { tasks: 0, overBudgetCpu: 0, longestCpuMs: 0, busyCpuShare: 0, gcCpuShare: 0 };
    const cpu = (task.tdur ?? task.dur) / 1000;
    const minute = minutes[index];
    minute.tasks += 1;
    if (cpu >= 50) minute.overBudgetCpu += 1;
    minute.longestCpuMs = Math.max(minute.longestCpuMs, Math.round(cpu));
    minute.busyCpuShare += cpu / 60_000;
    minute.gcCpuShare += (gcOf.get(task) ?? 0) / 60_000;
  }
  const share = (value) => Math.round(value * 1000) / 1000;
  return minutes.map((minute) => minute && { ...minute, busyCpuShare: share(minute.busyCpuShare), gcCpuShare: share(minute.gcCpuShare) });
}
