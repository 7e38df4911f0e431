/**
 * The live soak's work for the garbage collector (`BENCH=live-heap npm run bench` →
 * bench/results/live-heap.json): the soak's page — a `<session-view>` holding 100k history
 * sessions in the Live view, a host announcing 100 changes a second — measured by the DevTools
 * protocol instead of by the clock (test/tooling/heap-census.mjs):
 * - the objects on the heap after a full collection, per session held, beside what the host holds
 *   by itself: a major collection marks each of them and moves many when it compacts, and its
 *   pause made the soak's longest tasks; the roots it must update after moving them (the string
 *   table among them: its entries are a row of their own) and a sample of the internalized strings;
 * - the bytes the page allocates per second of feed, and the functions that allocate most: what
 *   each scavenge must look at, and each major collection's reason to come sooner.
 * `LIVE_HEAP_SECONDS` sets how long allocations are sampled (default 30); `LIVE_HEAP_OLD_ONLY=1`
 * leaves out what scavenges collected: what is left died in the old generation, the garbage that
 * brings major collections (and their pauses) on.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { BenchRow } from './bench-row.js';
import { CHANGES_PER_SECOND, HISTORY, liveView, pause, soakHost } from './live-page.js';

interface Census {
  objects: number;
  bytes: number;
  kinds: { kind: string; count: number; bytes: number }[];
  roots: { root: string; edges: number }[];
  internalized: string[];
}

interface Allocations {
  totalBytes: number;
  functions: { where: string; bytes: number }[];
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Runs a heap command of test/tooling/heap-census.mjs and waits for its answer. */
async function heapCommand<T>(command: string, payload: object): Promise<T> {
  await executeServerCommand(command, payload);
  for (;;) {
    await pause(1000);
    const answer = await executeServerCommand<T | { pending: true } | { error: string }, undefined>('heap-result');
    if (answer && typeof answer === 'object' && 'pending' in answer) continue;
    if (!answer || (typeof answer === 'object' && 'error' in answer)) throw new Error(`live heap: ${command} failed: ${(answer as { error?: string })?.error}`);
    return answer;
  }
}

function listKinds(census: Census, held: number): string {
  return census.kinds.map((k) => `  ${String(k.count).padStart(9)} ${String(round(k.count / held, 2)).padStart(6)}/session ${String(Math.round(k.bytes / 1024)).padStart(8)} KB  ${k.kind}`).join('\n');
}

describe('live heap benchmark', () => {
  it('objects held per session and bytes allocated per second of live feed', async () => {
    const options = await executeServerCommand<{ liveHeapSeconds?: number; liveHeapOldOnly?: boolean }, undefined>('bench-options');
    const seconds = options.liveHeapSeconds ?? 30;
    const host = soakHost();
    // What the host holds by itself (its 100k sessions): the rest of the heap is the view's.
    const hostOnly = await heapCommand<Census>('heap-census', { top: 12, label: 'host-only' });
    console.log(`live heap: the host alone: ${hostOnly.objects} objects, ${round(hostOnly.bytes / 1e6)} MB\n${listKinds(hostOnly, HISTORY)}`);
    const { view, box, store } = await liveView(host);

    const before = await heapCommand<Census>('heap-census', { top: 30, label: 'loaded' });
    const heldBefore = store.sessions.size;
    console.log(`live heap: ${before.objects} objects, ${round(before.bytes / 1e6)} MB for ${heldBefore} sessions\n${listKinds(before, heldBefore)}`);
    console.log(`live heap: roots: ${before.roots.map((r) => `${r.root} ${r.edges}`).join(', ')}`);
    console.log(`live heap: host-only roots: ${hostOnly.roots.map((r) => `${r.root} ${r.edges}`).join(', ')}`);
    console.log(`live heap: internalized strings (sample): ${JSON.stringify(before.internalized)}`);

    await executeServerCommand('allocation-sampling-start', { intervalBytes: 8192, youngGarbage: !options.liveHeapOldOnly });
    const started = performance.now();
    await pause(seconds * 1000);
    const allocations = await heapCommand<Allocations>('allocation-sampling-stop', { top: 40 });
    const elapsed = (performance.now() - started) / 1000;
    console.log(
      `live heap: ${round(allocations.totalBytes / 1e6)} MB allocated in ${round(elapsed)} s\n${allocations.functions
        .map((f) => `  ${String(Math.round(f.bytes / 1024)).padStart(8)} KB  ${f.where}`)
        .join('\n')}`,
    );

    const after = await heapCommand<Census>('heap-census', { top: 30 });
    const heldAfter = store.sessions.size;
    console.log(`live heap: after the feed ${after.objects} objects, ${round(after.bytes / 1e6)} MB for ${heldAfter} sessions\n${listKinds(after, heldAfter)}`);
    host.stop();

    const rows: BenchRow[] = [
      {
        name: `heap objects the view holds per session held after the load, beyond the host's own (vs the host's per session)`,
        value: round((before.objects - hostOnly.objects) / heldBefore, 2),
        unit: 'objects',
        baseline: round(hostOnly.objects / HISTORY, 2),
        ratio: 0,
      },
      {
        name: `heap bytes the view holds per session held after the load, beyond the host's own (vs the host's per session)`,
        value: Math.round((before.bytes - hostOnly.bytes) / heldBefore),
        unit: 'bytes',
        baseline: Math.round(hostOnly.bytes / HISTORY),
        ratio: 0,
      },
      {
        name: `heap objects per session held after the load (${heldBefore} sessions; vs the page's whole heap in MB)`,
        value: round(before.objects / heldBefore, 2),
        unit: 'objects',
        baseline: round(before.bytes / 1e6),
        ratio: 0,
      },
      {
        name: `heap objects per session held after ${seconds} s of feed (vs objects added per session added)`,
        value: round(after.objects / heldAfter, 2),
        unit: 'objects',
        baseline: heldAfter > heldBefore ? round((after.objects - before.objects) / (heldAfter - heldBefore), 1) : 0,
        ratio: 0,
      },
      {
        // Each major collection walks the whole string table; ids of the sessions held must not be in it.
        name: `entries of V8's string table after the load (vs the host's alone)`,
        value: before.roots.find((r) => r.root === '(Internalized strings)')?.edges ?? 0,
        unit: 'strings',
        baseline: hostOnly.roots.find((r) => r.root === '(Internalized strings)')?.edges ?? 0,
        ratio: 0,
      },
      {
        name: `bytes allocated per second at ${CHANGES_PER_SECOND} changes/s (sampled, collected ones included)`,
        value: round(allocations.totalBytes / elapsed / 1e6, 2),
        unit: 'MB/s',
        baseline: 0,
        ratio: 0,
      },
    ];
    view.remove();
    box.remove();
    await executeServerCommand('bench-results', { area: 'live-heap', rows });
  });
});
