/**
 * Adapter conformance suite: hosts run it against their own `SessionAdapter` to learn, with
 * readable messages, where it breaks the contract the library relies on (page shapes, cursor
 * paging, abort, not-found, live versions, capabilities backed by methods).
 *
 * @example
 * ```ts
 * // my-adapter.test.ts (mocha, jasmine or vitest with globals)
 * import { runAdapterConformance } from 'session-view';
 * runAdapterConformance(() => new MyAdapter({ baseUrl: 'http://localhost:8080' }), {
 *   liveWaitMs: 3000,
 * });
 * ```
 */
import type { SessionAdapter } from './types.js';
import { LIVE_CHECKS, MUTATION_CHECKS } from './conformance/live-checks.js';
import { READ_CHECKS } from './conformance/read-checks.js';
import { SERVER_CHECKS } from './conformance/server-checks.js';
import {
  ConformanceError,
  Problems,
  declaredCapabilities,
  resolveOptions,
  type AdapterCheck,
  type ConformanceOptions,
} from './conformance/support.js';

export { ConformanceError, type AdapterCheck, type ConformanceOptions };

/** Every check, in the order they run. */
export const ADAPTER_CHECKS: readonly AdapterCheck[] = [...READ_CHECKS, ...SERVER_CHECKS, ...LIVE_CHECKS, ...MUTATION_CHECKS];

export interface CheckResult {
  id: string;
  title: string;
  status: 'passed' | 'failed' | 'skipped';
  problems: string[];
  /** Why a check was skipped. */
  reason?: string;
}

type AdapterFactory = () => SessionAdapter | Promise<SessionAdapter>;

/** Runs one check against an adapter, without a test framework. Never throws for adapter faults. */
export async function runAdapterCheck(check: AdapterCheck, adapter: SessionAdapter, options: ConformanceOptions = {}): Promise<CheckResult> {
  const problems = new Problems();
  try {
    await check.run({ adapter, options: resolveOptions(options), problems, capabilities: declaredCapabilities(adapter) });
  } catch (error) {
    problems.add(`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  const base = { id: check.id, title: check.title, problems: problems.list };
  if (problems.list.length > 0) return { ...base, status: 'failed' };
  if (problems.skipped) return { ...base, status: 'skipped', reason: problems.skipped };
  return { ...base, status: 'passed' };
}

/**
 * Runs every check, each on a fresh adapter from `makeAdapter`, and returns the results:
 * for hosts that want a report (CI log, health page) rather than test cases.
 */
export async function runAdapterChecks(makeAdapter: AdapterFactory, options: ConformanceOptions = {}): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of ADAPTER_CHECKS) {
    const adapter = await makeAdapter();
    try {
      results.push(await runAdapterCheck(check, adapter, options));
    } finally {
      await options.cleanup?.(adapter);
    }
  }
  return results;
}

interface MochaLikeContext {
  skip?: () => void;
}

/**
 * Registers the conformance checks as test cases in the caller's test framework: one `describe`
 * with one `it` per check. A failing check throws a `ConformanceError` listing every problem found;
 * a check that cannot apply (capability off, nothing to observe) is skipped when the framework
 * supports `this.skip()`, and passes otherwise.
 */
export function runAdapterConformance(makeAdapter: AdapterFactory, options: ConformanceOptions = {}): void {
  const scope = globalThis as unknown as { describe?: ConformanceOptions['describe']; it?: ConformanceOptions['it'] };
  const describe = options.describe ?? scope.describe;
  const it = options.it ?? scope.it;
  if (typeof describe !== 'function' || typeof it !== 'function') {
    throw new Error('runAdapterConformance needs describe() and it(): call it inside a mocha/jasmine/vitest test file or pass them in the options');
  }
  describe(resolveOptions(options).title, () => {
    for (const check of ADAPTER_CHECKS) {
      // A classic function, so mocha's `this.skip()` is reachable.
      it(check.title, async function (this: MochaLikeContext | undefined) {
        const adapter = await makeAdapter();
        let result: CheckResult;
        try {
          result = await runAdapterCheck(check, adapter, options);
        } finally {
          await options.cleanup?.(adapter);
        }
        if (result.status === 'failed') throw new ConformanceError(check.id, result.problems);
        if (result.status === 'skipped' && typeof this?.skip === 'function') this.skip();
      });
    }
  });
}
