/**
 * Mount/unmount leaks (issue 12): 500 cycles of each element — and of `<session-view>` with live
 * changes arriving and a content search running in its worker — must leave nothing behind. After
 * the cycles the adapter has no subscriber, the store no listener, and the page no pending timer,
 * frame or idle callback, no worker and no observed node more than before; what the page holds
 * after garbage collection is within 5% of where it was after the warm-up cycles.
 *
 * A live change arrives in every cycle. Every tenth cycle waits for what a user would see (rows,
 * the transcript, the timeline, the player's media) and for the change to land, so every
 * subscription is really made before it is undone; the others unmount as soon as the element has
 * rendered once, in the middle of loading, so what a quick unmount must undo (a load to abort,
 * frames and observers pending) is undone too — and 500 cycles take seconds, not minutes.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createDemoAdapter, type DemoSessionAdapter } from '../../src/adapter/demo/index.js';
import type { LiveChange } from '../../src/adapter/index.js';
import '../../src/define/all.js';
import { toneWav } from '../../src/elements/recording-player/generated-media.js';
import type { SessionView } from '../../src/elements/session-view/session-view.js';
import type { SessionSummary } from '../../src/model/index.js';
import { SessionStore } from '../../src/store/index.js';
import { deepQuery } from './fault-harness.js';
import { watchPageErrors, type PageErrors } from './page-errors.js';
import { installCensus, waitFor, type Census } from './resource-census.js';

const CYCLES = 500;
/**
 * Mounts before the baseline is taken. Caches fill over the first few hundred (the shared store's
 * sort ranks prepared at idle times, V8's feedback for paths only every tenth cycle takes): after
 * 100 the table still grew 4.8% in the next 500 cycles but only 0.9% more in 1,000 after those;
 * after 300 it grows about 3% — a leak would grow with the cycles, this does not.
 */
const WARM_UP_CYCLES = 300;
/** Every n-th cycle waits until the element shows what the user sees and the live change landed. */
const FULL_EVERY = 10;
/** Every n-th `<session-view>` cycle also searches the content (a worker start and an index build). */
const SEARCH_EVERY = 50;
const HEAP_TOLERANCE = 0.05;
const NOW = Date.UTC(2026, 10, 20, 12);

/** The demo adapter, its live feed driven by the test (bounded: it re-announces the same sessions). */
interface LeakHost {
  adapter: DemoSessionAdapter;
  /** Subscriptions the adapter holds now. */
  subscriptions(): number;
  /** Sends one upsert of a live session to every subscriber, with the next version. */
  pushLive(): void;
  live: SessionSummary[];
  history: SessionSummary[];
}

async function leakHost(): Promise<LeakHost> {
  // The demo's own timer never fires during the test (the test pushes the changes it wants).
  const adapter = createDemoAdapter({ sessions: 300, liveSessions: 12, now: NOW, live: true, liveIntervalMs: 1e9 });
  const listeners = new Set<(change: LiveChange) => void>();
  const subscribe = adapter.subscribe!.bind(adapter);
  adapter.subscribe = (onChange) => {
    const stop = subscribe(onChange);
    listeners.add(onChange);
    return () => {
      listeners.delete(onChange);
      stop();
    };
  };
  // Each player cycle loads its media: a one-second tone keeps that the browser's smallest job
  // (the demo's recordings are minutes of generated audio).
  const tone = URL.createObjectURL(toneWav([{ frequency: 440, durationMs: 1000 }]));
  adapter.recordingSource = async () => ({ url: tone, type: 'audio/wav' });
  const page = (mode: 'live' | 'history') => adapter.listSessions({ mode, limit: 1000 }, new AbortController().signal);
  const live = (await page('live')).sessions as SessionSummary[];
  const history = (await page('history')).sessions as SessionSummary[];
  let version = 1000;
  let next = 0;
  return {
    adapter,
    live,
    history,
    subscriptions: () => listeners.size,
    pushLive() {
      const base = live[next++ % live.length]!;
      version += 1;
      const session = { ...base, messageCount: base.messageCount + (version % 7), version };
      for (const listener of [...listeners]) listener({ type: 'session-upserted', id: base.id, version, session });
    },
  };
}

/** Mounts into `box`, lets a live change arrive, unmounts (cycles are numbered from 1). */
type Cycle = (box: HTMLElement, index: number) => Promise<void>;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A heap snapshot's bytes, code objects aside, taken by the test runner: a job it is asked about
 * until done (each answer waits for it up to 15 s; a page that leaks whole elements makes a
 * snapshot longer than one command may take).
 */
async function heldBytes(): Promise<number> {
  await executeServerCommand('held-bytes');
  for (;;) {
    const answer = await executeServerCommand<{ pending: true } | { bytes: number } | { error: string }, undefined>('heap-result');
    if (answer && 'bytes' in answer) return answer.bytes;
    if (!answer || 'error' in answer) throw new Error(`held-bytes failed: ${answer?.error}`);
  }
}

/**
 * What the page holds after garbage collection, compiled code aside (test/tooling/heap-census.mjs
 * says why): the lowest of up to `rounds` heap snapshots, each after a task, stopping early once
 * it is at or below `enough`. What one task lets go (finalizers, promise reactions) can make more
 * collectable by the next; a leak stays whatever the number of rounds.
 */
async function collectedHeap(rounds: number, enough = 0): Promise<number> {
  let lowest = Infinity;
  for (let round = 0; round < rounds && lowest > enough; round++) {
    await nextTask();
    lowest = Math.min(lowest, await heldBytes());
  }
  return lowest;
}

interface LeakResult {
  /** What the warm-up left (a resource made once per page, not per mount, shows here). */
  afterWarmUp: Census;
  after: Census;
  heapBefore: number;
  heapAfter: number;
}

const NOTHING: Census = { timeouts: 0, intervals: 0, animationFrames: 0, idleCallbacks: 0, workers: 0, observedTargets: 0 };
const nothingLeft = (census: Census) => (Object.keys(NOTHING) as (keyof Census)[]).every((key) => census[key] === 0);

/**
 * Runs `run` under a census of its own (it counts only what is made after it was installed), lets
 * what was due run out (a frame, a 0 ms task, the store's 100 ms frame fallback) and answers what
 * is still pending.
 */
async function leftBehind(run: () => Promise<void>, released: () => boolean, what: string): Promise<Census> {
  const census = installCensus();
  try {
    await run();
    await waitFor(() => released() && nothingLeft(census.count()), what, 10_000).catch(() => undefined);
    return census.count();
  } finally {
    census.uninstall();
  }
}

/**
 * Runs `cycle` a few times to warm up (modules, styles, caches), takes the heap, runs it
 * `CYCLES` times and takes the heap again. The warm-up and the cycles each have their census,
 * and neither counts the heap readings: each is a server command, whose 20 s time limit is a
 * timer of the test runner that stays pending.
 */
async function measure(cycle: Cycle, released: () => boolean): Promise<LeakResult> {
  const box = document.createElement('div');
  box.style.cssText = 'width:1100px;height:600px;display:flex';
  document.body.append(box);
  let index = 0;
  const cycles = (count: number) => async () => {
    for (let i = 0; i < count; i++) await cycle(box, ++index);
  };
  try {
    const afterWarmUp = await leftBehind(cycles(WARM_UP_CYCLES), released, 'the warm-up to let go');
    const heapBefore = await collectedHeap(3);
    const after = await leftBehind(cycles(CYCLES), released, 'everything to be let go');
    const heapAfter = await collectedHeap(12, heapBefore * (1 + HEAP_TOLERANCE / 2));
    return { afterWarmUp, after, heapBefore, heapAfter };
  } finally {
    box.remove();
  }
}

function expectNoLeak(result: LeakResult, what: string): void {
  expect(result.afterWarmUp, `${what}: pending timers, workers and observed nodes after ${WARM_UP_CYCLES} warm-up cycles`).to.deep.equal(NOTHING);
  expect(result.after, `${what}: pending timers, workers and observed nodes after ${CYCLES} cycles`).to.deep.equal(NOTHING);
  const growth = (result.heapAfter - result.heapBefore) / result.heapBefore;
  console.log(`LEAKPROBE ${what} ${result.heapBefore} ${result.heapAfter} ${(growth * 100).toFixed(2)}%`);
  expect(growth, `${what}: held ${result.heapBefore} → ${result.heapAfter} bytes after garbage collection`).to.be.below(HEAP_TOLERANCE);
}

describe('leaks: 500 mount/unmount cycles', function () {
  this.timeout(400_000);
  let errors: PageErrors;
  let host: LeakHost;

  before(async () => {
    host = await leakHost();
  });
  beforeEach(() => {
    errors = watchPageErrors();
  });
  afterEach(() => {
    errors.stop();
    expect(errors.list, 'uncaught errors').to.deep.equal([]);
  });
  after(() => host.adapter.dispose());

  /** A standalone element on a store of its own (connected by the element, like a host's CRM page). */
  async function standalone(make: (store: SessionStore) => HTMLElement, shown: (el: HTMLElement, store: SessionStore) => boolean, what: string) {
    const store = new SessionStore(host.adapter, { query: { mode: 'live' } });
    const listenersBefore = store.subscriberCount;
    const result = await measure(async (box, index) => {
      const el = make(store) as HTMLElement & { updateComplete: Promise<unknown> };
      box.append(el);
      host.pushLive();
      if (index % FULL_EVERY === 0) {
        await waitFor(() => shown(el, store), `${what} shown`);
        await store.settled();
      } else await el.updateComplete;
      el.remove();
    }, () => host.subscriptions() === 0);
    expect(host.subscriptions(), `${what}: adapter subscriptions left`).to.equal(0);
    expect(store.subscriberCount, `${what}: store listeners left`).to.equal(listenersBefore);
    expectNoLeak(result, what);
  }

  it('<session-table>', async () => {
    await standalone(
      (store) => Object.assign(document.createElement('session-table'), { store }),
      (el) => (el.shadowRoot?.querySelectorAll('.body [role="row"]').length ?? 0) > 0,
      'session-table',
    );
  });

  it('<session-detail>', async () => {
    const withMessages = host.history.find((s) => s.messageCount > 2)!;
    await standalone(
      (store) => Object.assign(document.createElement('session-detail'), { store, sessionId: withMessages.id }),
      (el) => deepQuery(el, '[data-index]') !== null,
      'session-detail',
    );
  });

  it('<routing-panel>', async () => {
    const session = host.live[0]!;
    await standalone(
      (store) => Object.assign(document.createElement('routing-panel'), { store, sessionId: session.id }),
      (el) => el.shadowRoot?.querySelector('.timeline') != null,
      'routing-panel',
    );
  });

  it('<recording-player>', async () => {
    const recorded = host.history.find((s) => s.hasRecording)!;
    await standalone(
      (store) => {
        const player = Object.assign(document.createElement('recording-player'), { store, sessionId: recorded.id });
        return player;
      },
      (el) => {
        const media = el.shadowRoot?.querySelector<HTMLMediaElement>('[data-track]');
        return !!media?.src;
      },
      'recording-player',
    );
  });

  it('<session-view> with live changes and a content search (its worker)', async () => {
    const result = await measure(async (box, index) => {
      const view = Object.assign(document.createElement('session-view'), { adapter: host.adapter }) as SessionView;
      box.append(view);
      host.pushLive();
      if (index % FULL_EVERY === 0) {
        await waitFor(() => view.store?.status === 'ready' && !!deepQuery(view, 'session-table')?.shadowRoot?.querySelector('.body [role="row"]'), 'rows shown');
        const store = view.store!;
        // Now and then the content is searched: the index is built in a worker, which must end with the view.
        if (index % SEARCH_EVERY === 0) {
          store.setQuery({ search: 'objednávka' });
          await store.search.answered();
          expect(store.getState().search.matches, 'sessions found by the content search').to.be.above(0);
        }
        await store.settled();
      } else await view.updateComplete;
      view.remove();
    }, () => host.subscriptions() === 0);
    expect(host.subscriptions(), 'session-view: adapter subscriptions left').to.equal(0);
    expectNoLeak(result, 'session-view');
  });
});
