// What a test page's heap holds and what it allocates, through the DevTools protocol (server
// commands `heap-census`, `allocation-sampling-start`, `allocation-sampling-stop`, used by the live
// heap bench, and `held-bytes`, used by the leak test). A major garbage collection's pause grows
// with the objects it must mark, and each scavenge with what survives it: these name the kinds of
// objects held and the functions that allocate, so the work for the collector can be cut where it
// is made.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerWithin } from './job-answer.mjs';

/** Per page: the protocol session of a running allocation sampling. */
const sampling = new WeakMap();
/** Per page: the answer being prepared (a snapshot of 100k sessions takes longer than one command may). */
const jobs = new WeakMap();

/** How long `heap-result` waits for a job before it answers `{ pending: true }` (a command may take 20 s). */
const RESULT_WAIT_MS = 15_000;

/**
 * Starts `work` for the page; `heap-result` answers once it is done with its answer (or
 * `{ error }`), or `{ pending: true }` if it is still running after 15 s (ask again).
 */
export function startHeapJob(session, work) {
  const page = session.browser.getPage(session.id);
  jobs.set(page, work().catch((error) => ({ error: String(error?.stack ?? error) })));
  return { started: true };
}

export async function heapJobResult(session) {
  const page = session.browser.getPage(session.id);
  const job = jobs.get(page);
  if (!job) throw new Error('heap-result without a heap job');
  const answer = await answerWithin(job, RESULT_WAIT_MS);
  if (!answer?.pending) jobs.delete(page);
  return answer;
}

async function protocol(session) {
  const page = session.browser.getPage(session.id);
  return page.createCDPSession();
}

/** A heap snapshot's JSON text, taken after DevTools' own collection (repeated until nothing more is freed). */
async function snapshotText(session) {
  const cdp = await protocol(session);
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
    await cdp.send('HeapProfiler.disable');
  } finally {
    await cdp.detach();
  }
  return chunks.join('');
}

/**
 * What the page holds, for leak checks: the bytes of every object in a heap snapshot (JavaScript
 * objects and the DOM's, so detached nodes count) except V8's code objects (machine code,
 * bytecode, feedback, function and scope infos). Those grow with the places in the source that
 * have run and grown hot, not with the elements a page keeps: over 500 mount/unmount cycles of
 * the table, 393 of its 545 kB growth was 1,382 new code objects. The
 * heap's used size counts them, and a single `window.gc()` leaves what only a later collection
 * frees, so its readings of the same page lay up to 1 MB apart. (Code made per mount — `eval`,
 * `new Function` — would go unseen; the library makes none.)
 */
export async function heldBytes(session) {
  const snapshot = JSON.parse(await snapshotText(session));
  const meta = snapshot.snapshot.meta;
  const width = meta.node_fields.length;
  const typeAt = meta.node_fields.indexOf('type');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const types = meta.node_types[typeAt];
  let bytes = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt]];
    if (type !== 'code' && type !== 'synthetic') bytes += snapshot.nodes[i + sizeAt];
  }
  return { bytes };
}

/**
 * A heap snapshot (taken after a full collection), summarised: objects by kind and constructor
 * name, with their count and shallow size, the largest kinds first.
 */
export async function heapCensus(session, { top = 40, label } = {}) {
  const text = await snapshotText(session);
  // `LIVE_HEAP_SNAPSHOT=<directory>`: each labelled census also leaves its snapshot there, for
  // test/tooling/heap-retainers.mjs (what holds each kind of object) or DevTools' Memory panel.
  if (label && process.env.LIVE_HEAP_SNAPSHOT) {
    mkdirSync(process.env.LIVE_HEAP_SNAPSHOT, { recursive: true });
    writeFileSync(join(process.env.LIVE_HEAP_SNAPSHOT, `${label}.heapsnapshot`), text);
  }
  const snapshot = JSON.parse(text);
  const meta = snapshot.snapshot.meta;
  const fields = meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = meta.node_types[typeAt];
  const { nodes, strings } = snapshot;
  const byKind = new Map();
  let objects = 0;
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt]];
    // Synthetic roots and the snapshot's own bookkeeping are not on the heap: nor are the
    // zero-size nodes it adds for values (each heap number's and each small integer's printed
    // value, a "string" of size 0; a small integer in an array, a "number" of size 0).
    if (type === 'synthetic') continue;
    if ((type === 'string' || type === 'number') && nodes[i + sizeAt] === 0) continue;
    const name = type === 'object' || type === 'closure' || type === 'native' ? strings[nodes[i + nameAt]] : '';
    const key = `${type} ${name.length > 60 ? `${name.slice(0, 60)}…` : name}`.trim();
    const entry = byKind.get(key) ?? { kind: key, count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += nodes[i + sizeAt];
    byKind.set(key, entry);
    objects += 1;
    bytes += nodes[i + sizeAt];
  }
  const kinds = [...byKind.values()].sort((a, b) => b.count - a.count).slice(0, top);
  // The synthetic roots ("(Internalized strings)", "(Global handles)", …) with their edge counts: a
  // major collection that moves objects updates every root that points at them.
  const edgeCountAt = fields.indexOf('edge_count');
  const roots = [];
  for (let i = 0; i < nodes.length; i += width) {
    if (types[nodes[i + typeAt]] === 'synthetic') roots.push({ root: strings[nodes[i + nameAt]], edges: nodes[i + edgeCountAt] });
  }
  roots.sort((a, b) => b.edges - a.edges);
  // A sample of the internalized strings (what made the table large).
  const edgeWidth = meta.edge_fields.length;
  const toNodeAt = meta.edge_fields.indexOf('to_node');
  const internalized = [];
  for (let i = 0, firstEdge = 0; i < nodes.length; firstEdge += nodes[i + edgeCountAt] * edgeWidth, i += width) {
    if (types[nodes[i + typeAt]] !== 'synthetic' || strings[nodes[i + nameAt]] !== '(Internalized strings)') continue;
    const count = nodes[i + edgeCountAt];
    for (let e = 0; e < count; e += Math.max(1, Math.floor(count / 60))) {
      const target = snapshot.edges[firstEdge + e * edgeWidth + toNodeAt];
      internalized.push(strings[nodes[target + nameAt]].slice(0, 40));
    }
  }
  return { objects, bytes, kinds, roots: roots.slice(0, 12), internalized };
}

/**
 * Starts sampling allocations (collected ones included: a scavenge's work is what each flush
 * allocates, kept or not; `youngGarbage: false` leaves out what a scavenge collected).
 */
export async function startAllocationSampling(session, { intervalBytes = 8192, youngGarbage = true } = {}) {
  const cdp = await protocol(session);
  await cdp.send('HeapProfiler.enable');
  // Without the young garbage, what is left is what lived long enough to be promoted (or was
  // allocated in the old generation) and died there: the work that brings major collections on.
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: intervalBytes,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: youngGarbage,
  });
  sampling.set(session.browser.getPage(session.id), cdp);
  return { sampling: true };
}

/** Stops the sampling: bytes allocated by function (self), the most first. */
export async function stopAllocationSampling(session, { top = 30 } = {}) {
  const page = session.browser.getPage(session.id);
  const cdp = sampling.get(page);
  if (!cdp) throw new Error('allocation-sampling-stop without allocation-sampling-start');
  sampling.delete(page);
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  await cdp.send('HeapProfiler.disable');
  await cdp.detach();
  const byFunction = new Map();
  let total = 0;
  // Keyed by the allocating function and its two callers: a builtin (Array, push, a spread)
  // says little without who called it.
  const walk = (node, callers) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const here = `${functionName || '(anonymous)'} @ ${(url || '').replace(/^.*\/(src|node_modules|test|bench)\//, '$1/').replace(/\?.*$/, '')}:${lineNumber + 1}`;
    const chain = [here, ...callers].slice(0, 3);
    if (node.selfSize > 0) {
      const where = chain.join(' <- ');
      const entry = byFunction.get(where) ?? { where, bytes: 0 };
      entry.bytes += node.selfSize;
      byFunction.set(where, entry);
      total += node.selfSize;
    }
    for (const child of node.children ?? []) walk(child, chain);
  };
  walk(profile.head, []);
  const functions = [...byFunction.values()].sort((a, b) => b.bytes - a.bytes).slice(0, top);
  return { totalBytes: total, functions };
}
