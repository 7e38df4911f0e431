/**
 * Counts what a page holds open that only its owner can release: pending timers (timeouts,
 * intervals, animation frames, idle callbacks), running workers and observed targets of
 * Resize/Intersection/Mutation observers. A leak test takes a census before and after many
 * mount/unmount cycles; every count must come back to where it was.
 *
 * The globals are wrapped while the census is installed, so everything created meanwhile is
 * counted however deep in the library it is made. What the census keeps is weak where it can be
 * (observers), so taking it does not itself keep the page's objects alive.
 */
import { WAIT_FLOOR_MS } from '../helpers/wait-until.js';

export interface Census {
  timeouts: number;
  intervals: number;
  animationFrames: number;
  idleCallbacks: number;
  workers: number;
  observedTargets: number;
}

export interface CensusTaker {
  count(): Census;
  /** Puts the page's own timers, workers and observers back. */
  uninstall(): void;
}

type Restore = () => void;

// The page's own timer, taken before any census wraps it: the test's waiting is not counted.
const uncountedTimeout = window.setTimeout.bind(window);

/**
 * Resolves when `check` passes, polling once per task; rejects after `timeoutMs`. Its timers are
 * not counted and none stays behind (a waiter's own time-limit timer would look like a leak). The
 * deadline is the shared floor of test/helpers/wait-until.ts unless given: a busy machine is slow, not wrong.
 */
export function waitFor(check: () => boolean, what: string, timeoutMs = WAIT_FLOOR_MS): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = () => {
      let passed: boolean;
      try {
        passed = check();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (passed) resolve();
      else if (performance.now() > deadline) reject(new Error(`Timed out waiting for ${what}`));
      else uncountedTimeout(poll, 4);
    };
    poll();
  });
}

/** Wraps a scheduling pair (`schedule` → id, `cancel(id)`): an id is pending until it ran or was cancelled. */
function trackPair(
  target: Record<string, unknown>,
  scheduleName: string,
  cancelNames: readonly string[],
  pending: Set<number>,
  repeats: boolean,
): Restore {
  const schedule = target[scheduleName] as (callback: unknown, ...rest: unknown[]) => number;
  const cancels = cancelNames.map((name) => [name, target[name] as (id: number) => void] as const);
  target[scheduleName] = function (this: unknown, callback: unknown, ...rest: unknown[]): number {
    if (typeof callback !== 'function') return schedule.call(target, callback, ...rest);
    let id = 0;
    const run = function (this: unknown, ...args: unknown[]) {
      if (!repeats) pending.delete(id);
      return (callback as (...a: unknown[]) => unknown).apply(this, args);
    };
    id = schedule.call(target, run, ...rest);
    pending.add(id);
    return id;
  };
  for (const [name, cancel] of cancels) {
    target[name] = (id: number) => {
      pending.delete(id);
      cancel.call(target, id);
    };
  }
  return () => {
    target[scheduleName] = schedule;
    for (const [name, cancel] of cancels) target[name] = cancel;
  };
}

interface ObserverLike {
  observe(target: Node, options?: unknown): void;
  unobserve?(target: Node): void;
  disconnect(): void;
}

/** Counts targets observed and not yet unobserved (or disconnected), over every observer of `kind`. */
function trackObservers(kind: { prototype: ObserverLike }, total: { value: number }): Restore {
  const proto = kind.prototype;
  const { observe, unobserve, disconnect } = proto;
  const observed = new WeakMap<object, Set<Node>>();
  proto.observe = function (this: ObserverLike, target: Node, options?: unknown) {
    let targets = observed.get(this);
    if (!targets) observed.set(this, (targets = new Set()));
    if (!targets.has(target)) {
      targets.add(target);
      total.value += 1;
    }
    return observe.call(this, target, options);
  };
  if (unobserve) {
    proto.unobserve = function (this: ObserverLike, target: Node) {
      if (observed.get(this)?.delete(target)) total.value -= 1;
      return unobserve.call(this, target);
    };
  }
  proto.disconnect = function (this: ObserverLike) {
    const targets = observed.get(this);
    if (targets) {
      total.value -= targets.size;
      targets.clear();
    }
    return disconnect.call(this);
  };
  return () => {
    proto.observe = observe;
    if (unobserve) proto.unobserve = unobserve;
    proto.disconnect = disconnect;
  };
}

/** Counts workers constructed and not yet terminated. */
function trackWorkers(live: Set<Worker>): Restore {
  const OriginalWorker = window.Worker;
  const terminate = OriginalWorker.prototype.terminate;
  class CountedWorker extends OriginalWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      live.add(this);
    }
  }
  OriginalWorker.prototype.terminate = function (this: Worker) {
    live.delete(this);
    return terminate.call(this);
  };
  window.Worker = CountedWorker;
  return () => {
    window.Worker = OriginalWorker;
    OriginalWorker.prototype.terminate = terminate;
  };
}

/** Installs the census on `window`; uninstall it when the test ends. */
export function installCensus(): CensusTaker {
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const idle = new Set<number>();
  const workers = new Set<Worker>();
  const observedTargets = { value: 0 };
  const globals = window as unknown as Record<string, unknown>;
  // clearTimeout and clearInterval cancel either kind in browsers; both forget the id in both sets.
  const restores: Restore[] = [
    trackPair(globals, 'setTimeout', ['clearTimeout'], timeouts, false),
    trackPair(globals, 'setInterval', ['clearInterval'], intervals, true),
    trackPair(globals, 'requestAnimationFrame', ['cancelAnimationFrame'], frames, false),
    trackWorkers(workers),
    trackObservers(ResizeObserver, observedTargets),
    trackObservers(IntersectionObserver, observedTargets),
    trackObservers(MutationObserver, observedTargets),
  ];
  if (typeof requestIdleCallback === 'function') restores.push(trackPair(globals, 'requestIdleCallback', ['cancelIdleCallback'], idle, false));
  const clearTimeoutWrapped = globals.clearTimeout as (id: number) => void;
  const clearIntervalWrapped = globals.clearInterval as (id: number) => void;
  globals.clearTimeout = (id: number) => {
    intervals.delete(id);
    clearTimeoutWrapped(id);
  };
  globals.clearInterval = (id: number) => {
    timeouts.delete(id);
    clearIntervalWrapped(id);
  };
  return {
    count: () => ({
      timeouts: timeouts.size,
      intervals: intervals.size,
      animationFrames: frames.size,
      idleCallbacks: idle.size,
      workers: workers.size,
      observedTargets: observedTargets.value,
    }),
    uninstall() {
      for (const restore of restores.reverse()) restore();
    },
  };
}
