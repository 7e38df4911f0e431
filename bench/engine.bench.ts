/**
 * Query and search engine benchmark (`BENCH=engine npm run bench` → bench/results/engine.json),
 * 100k demo sessions with their generated transcripts (~20 messages each). Every figure has a
 * baseline measured in the same run:
 * - filter change, sort, value list: `ViewEngine` against a naive linear scan / comparator sort
 *   (`localeCompare`) over the same sessions;
 * - search queries, index build time and heap: the compact session index against a default
 *   minisearch index of the same messages (one document per message, as minisearch's docs do);
 * - 1,000 live changes: upsert + recompute + queue for the worker, against a naive full
 *   recompute plus adding the messages to the default minisearch index.
 * Heap figures need `--enable-precise-memory-info --js-flags=--expose-gc` (test/tooling/chromium-path.mjs).
 */
import { executeServerCommand } from '@web/test-runner-commands';
import MiniSearch from 'minisearch';
import { generateSessions, generateTranscript } from '../src/adapter/demo/index.js';
import { ViewEngine } from '../src/engine/query/view-engine.js';
import { loadDefaultLanguages } from '../src/engine/search/languages.js';
import { SearchCore, type SearchDocument } from '../src/engine/search/search-core.js';
import { WorkerSearchClient } from '../src/engine/search/search-client.js';
import { sessionSearchDocument } from '../src/engine/search/documents.js';
import { columnById, type SessionQuery, type SessionSummary } from '../src/model/index.js';
import type { BenchRow } from './bench-row.js';

const SEED = 7;
const COUNT = 100_000;
const NOW = Date.UTC(2026, 10, 26, 12);
const ctx = { locale: 'cs-CZ', timeZone: 'Europe/Prague' };
const rows: BenchRow[] = [];

function row(name: string, value: number, unit: string, baseline: number): void {
  const round = (n: number) => Math.round(n * 100) / 100;
  rows.push({ name, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline) });
}

const pause = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

async function median(runs: number, work: (run: number) => unknown): Promise<number> {
  work(-1);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work(run);
    times.push(performance.now() - start);
    await pause(5);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function asyncMedian(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function heapUsed(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await pause(50);
  }
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? Number.NaN;
}

/** The naive way: compile nothing, fold on every comparison, copy and comparator-sort. */
function naiveView(sessions: readonly SessionSummary[], query: SessionQuery): SessionSummary[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const result = sessions.filter((session) =>
    Object.entries(query.filters).every(([columnId, filter]) => {
      const column = columnById(columnId)!;
      if (filter.kind === 'values') return (column.facets?.(session) ?? []).some((f) => filter.values.includes(typeof f === 'string' ? f : f.id));
      if (filter.kind === 'text') return fold(String(column.value(session, NOW) ?? '')).includes(fold(filter.value));
      if (filter.kind === 'boolean') return Boolean(column.value(session, NOW)) === filter.value;
      return true;
    }),
  );
  const spec = query.sort[0]!;
  const column = columnById(spec.column)!;
  const sign = spec.direction === 'desc' ? -1 : 1;
  return result.sort((a, b) => {
    const x = column.value(a, NOW);
    const y = column.value(b, NOW);
    return sign * (typeof x === 'string' ? x.localeCompare(String(y), 'cs') : Number(x) - Number(y));
  });
}

function longTaskRecorder(): { stop(): number } {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      observer.disconnect();
      return longest;
    },
  };
}

describe('engine benchmark (100k sessions)', () => {
  it('measures filters, sort, value lists, search, index build and live changes', async () => {
    const sessions = generateSessions(SEED, COUNT, NOW);
    const documents: SearchDocument[] = sessions.map((session) => sessionSearchDocument(session, generateTranscript(SEED, session)));
    const messageTotal = documents.reduce((sum, d) => sum + d.texts.length, 0);
    console.log(`engine bench: ${COUNT} sessions, ${messageTotal} texts`);

    // --- filters, sort, value lists --------------------------------------------------------
    const engine = new ViewEngine(ctx);
    engine.setSessions(sessions);
    const base: SessionQuery = { mode: 'history', filters: { channel: { kind: 'values', values: ['web-chat', 'whatsapp'] } }, sort: [{ column: 'startedAt', direction: 'desc' }], search: '' };
    engine.compute(base, NOW);
    const needles = ['a', 'e', 'o', 'an', 'ov', 'ná', 'ri', 'ka', 'el', 'in', 'ar', 'ma'];
    const filterQuery = (run: number): SessionQuery => ({
      ...base,
      filters: { ...base.filters, clientName: { kind: 'text', op: 'contains', value: needles[(run + needles.length) % needles.length]! } },
    });
    // Each run is a new text filter: compiled and evaluated over all rows, the channel filter cached.
    let fresh = 0;
    const filterTime = await median(11, () => engine.compute(filterQuery(fresh++ % needles.length), NOW + fresh));
    const filterBaseline = await median(5, (run) => naiveView(sessions, filterQuery(run)));
    row('filter change → new view (100k)', filterTime, 'ms', filterBaseline);

    const byName: SessionQuery = { mode: 'history', filters: {}, sort: [{ column: 'clientName', direction: 'asc' }], search: '' };
    const coldEngine = new ViewEngine(ctx);
    coldEngine.setSessions(sessions);
    const coldStart = performance.now();
    coldEngine.compute(byName, NOW);
    const sortTextCold = performance.now() - coldStart;
    let flip = 0;
    const sortText = await median(11, () => engine.compute({ ...byName, sort: [{ column: 'clientName', direction: flip++ % 2 ? 'asc' : 'desc' }] }, NOW));
    const sortTextBaseline = await median(3, () => naiveView(sessions, byName));
    row('sort by client name (cs collation, ranks cached)', sortText, 'ms', sortTextBaseline);
    row('sort by client name (first sort, collating 100k names)', sortTextCold, 'ms', sortTextBaseline);
    const byTime: SessionQuery = { ...byName, sort: [{ column: 'startedAt', direction: 'desc' }] };
    const sortTime = await median(11, () => engine.compute({ ...byTime, sort: [{ column: 'startedAt', direction: flip++ % 2 ? 'asc' : 'desc' }] }, NOW));
    const sortTimeBaseline = await median(5, () => naiveView(sessions, byTime));
    row('sort by start time', sortTime, 'ms', sortTimeBaseline);
    const multi: SessionQuery = { ...byName, sort: [{ column: 'channel', direction: 'asc' }, { column: 'operator', direction: 'asc' }, { column: 'startedAt', direction: 'desc' }] };
    const sortMulti = await median(11, () => engine.compute(multi, NOW));
    const [channel, operator, started] = ['channel', 'operator', 'startedAt'].map((id) => columnById(id)!);
    const sortMultiBaseline = await median(3, () =>
      sessions.filter((s) => s.state === 'ended').sort(
        (a, b) =>
          String(channel!.value(a, NOW) ?? '').localeCompare(String(channel!.value(b, NOW) ?? ''), 'cs') ||
          String(operator!.value(a, NOW) ?? '').localeCompare(String(operator!.value(b, NOW) ?? ''), 'cs') ||
          Number(started!.value(b, NOW)) - Number(started!.value(a, NOW)),
      ),
    );
    row('sort by channel, operator, start time', sortMulti, 'ms', sortMultiBaseline);

    const valueQuery: SessionQuery = { ...base, filters: { ...base.filters, hasRecording: { kind: 'boolean', value: false }, operator: { kind: 'values', values: ['op-1'] } } };
    const valueList = await median(11, () => engine.valueList('operator', valueQuery, NOW));
    const valueBaseline = await median(5, () => {
      const counts = new Map<string, number>();
      const others: SessionQuery = { ...valueQuery, filters: { channel: valueQuery.filters['channel']!, hasRecording: valueQuery.filters['hasRecording']! } };
      for (const session of naiveView(sessions, { ...others, sort: [{ column: 'startedAt', direction: 'desc' }] })) {
        for (const facet of columnById('operator')!.facets!(session)) {
          const key = typeof facet === 'string' ? facet : facet.id;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      return counts;
    });
    row('value list (operator, faceted)', valueList, 'ms', valueBaseline);

    // --- index build in the worker: wall time and the main thread's longest task ------------
    const worker = new WorkerSearchClient();
    const longTasks = longTaskRecorder();
    const buildStart = performance.now();
    worker.add(documents);
    await worker.whenIndexed();
    const workerBuild = performance.now() - buildStart;
    await pause(100);
    const longestTask = longTasks.stop();

    // --- the same index in-thread, for its heap (workers have no performance.memory) ---------
    const languages = await loadDefaultLanguages();
    const heapBefore = await heapUsed();
    let core: SearchCore | undefined = new SearchCore(languages);
    const coreStart = performance.now();
    core.add(documents);
    const coreBuild = performance.now() - coreStart;
    const heapCompact = (await heapUsed()) - heapBefore;
    console.log(`compact index: ${core.index.termCount} terms, ${core.index.documentCount} documents`);

    const queries: [name: string, text: string, fuzzy: boolean][] = [
      ['search: single word "faktura"', 'faktura', false],
      ['search: root word "reklamacemi"', 'reklamacemi', false],
      ['search: two words "reklamace objednávka"', 'reklamace objednávka', false],
      ['search: fuzzy "reklamase"', 'reklamase', true],
    ];
    const ours: number[] = [];
    const hits: number[] = [];
    for (const [, text, fuzzy] of queries) {
      ours.push(await median(15, () => core!.search(text, { fuzzy })));
      hits.push(core.search(text, { fuzzy }).ids.length);
    }
    const workerRoundTrip = await asyncMedian(15, () => worker.search('faktura'));
    core = undefined;

    // --- 1,000 live changes (5 rounds, median), before the baseline index takes the heap ------
    const liveRound = (round: number) => {
      const changed = Array.from({ length: 1000 }, (_, i) => {
        const session = sessions[(i * 97 + round * 13) % COUNT]!;
        return { ...session, version: session.version + 1 + round, messageCount: session.messageCount + 1, lastMessageAt: NOW + round, noteCount: session.noteCount + (i % 2) };
      });
      const docs: SearchDocument[] = changed.map((s, i) => ({ id: s.id, language: s.language, texts: [`Nová zpráva ${round}/${i}: potřebuji reklamovat objednávku`] }));
      return { changed, docs };
    };
    const liveMainTimes: number[] = [];
    const liveWallTimes: number[] = [];
    for (let round = 0; round < 5; round++) {
      const { changed, docs } = liveRound(round);
      await pause(50);
      const liveStart = performance.now();
      engine.upsert(changed);
      engine.compute(base, NOW + round);
      worker.add(docs);
      liveMainTimes.push(performance.now() - liveStart);
      await worker.whenIndexed();
      liveWallTimes.push(performance.now() - liveStart);
    }
    const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const liveMain = mid(liveMainTimes);
    const liveWall = mid(liveWallTimes);

    // --- baseline: default minisearch over the same messages ---------------------------------
    const heapBeforeDefault = await heapUsed();
    let mini: MiniSearch | undefined = new MiniSearch({ fields: ['text'] });
    const miniStart = performance.now();
    for (const document of documents) {
      document.texts.forEach((text, i) => mini!.add({ id: `${document.id}/${i}`, text }));
    }
    const miniBuild = performance.now() - miniStart;
    const heapDefault = (await heapUsed()) - heapBeforeDefault;
    row('index build in worker (wall, 100k sessions)', workerBuild, 'ms', miniBuild);
    row('index build in-thread (same code as the worker)', coreBuild, 'ms', miniBuild);
    row('index heap', heapCompact / 1048576, 'MB', heapDefault / 1048576);
    row('main thread longest task while the worker indexes', longestTask, 'ms', 50);
    for (let i = 0; i < queries.length; i++) {
      const [name, text, fuzzy] = queries[i]!;
      const baseline = await median(15, () => mini!.search(text, fuzzy ? { fuzzy: 0.2 } : {}));
      row(`${name} (${hits[i]} sessions)`, ours[i]!, 'ms', baseline);
    }
    row('search: worker round trip "faktura"', workerRoundTrip, 'ms', await median(15, () => mini!.search('faktura')));

    const naiveLive = await median(3, (round) => {
      const { changed, docs } = liveRound(10 + round);
      const byId = new Map(sessions.map((s) => [s.id, s]));
      for (const s of changed) byId.set(s.id, s);
      naiveView([...byId.values()], base);
      docs.forEach((d, i) => mini!.add({ id: `live/${round}/${i}`, text: d.texts[0]! }));
    });
    row('1,000 live changes: apply + recompute + queue (main thread)', liveMain, 'ms', naiveLive);
    row('1,000 live changes: searchable in the worker (wall)', liveWall, 'ms', naiveLive);
    mini = undefined;
    worker.dispose();

    await executeServerCommand('bench-results', { area: 'engine', rows });
  });
});
