/**
 * Shared pieces of the adapter conformance checks: options, the per-check context, and helpers
 * that turn a misbehaving adapter into a readable problem instead of a hang or a vague assert.
 */
import { NO_CAPABILITIES, type Capabilities, type Mode } from '../../model/index.js';
import { toSessionViewError, type AdapterErrorKind } from '../errors.js';
import type { SessionAdapter, SessionPage } from '../types.js';

export interface ConformanceOptions {
  /** Test-framework functions; default: the global `describe` and `it` (mocha, jasmine, vitest globals). */
  describe?: (name: string, body: () => void) => void;
  it?: (name: string, body: () => Promise<void>) => void;
  /** Title of the generated `describe` block. */
  title?: string;
  /** Page size asked for while paging. Default 200. */
  pageSize?: number;
  /** Stop walking pages after this many (the check then cannot prove termination). Default 500. */
  maxPages?: number;
  /** Fail a call that does not settle within this time. Default 5000 ms. */
  callTimeoutMs?: number;
  /** An id no session has. Default `__session-view-conformance-unknown__`. */
  unknownId?: string;
  /** Makes the adapter produce live changes now (e.g. the demo's `tick()`); otherwise the check waits. */
  triggerLiveChange?: (adapter: SessionAdapter) => void | Promise<void>;
  /** How long to listen for live changes when there is no trigger. Default 0 (skip unless triggered). */
  liveWaitMs?: number;
  /** Accept changes delivered out of order (the store drops stale ones); still checks versions bump on change. */
  allowOutOfOrder?: boolean;
  /** Also run checks that change data (add a note, re-route twice with one key). Default false. */
  mutations?: boolean;
  /** Called after each check with the adapter it made (stop timers, close sockets). */
  cleanup?: (adapter: SessionAdapter) => void | Promise<void>;
}

export interface ResolvedOptions extends Required<Omit<ConformanceOptions, 'describe' | 'it' | 'triggerLiveChange' | 'cleanup'>> {
  triggerLiveChange?: ConformanceOptions['triggerLiveChange'];
}

export function resolveOptions(options: ConformanceOptions): ResolvedOptions {
  return {
    title: options.title ?? 'session-view adapter conformance',
    pageSize: options.pageSize ?? 200,
    maxPages: options.maxPages ?? 500,
    callTimeoutMs: options.callTimeoutMs ?? 5000,
    unknownId: options.unknownId ?? '__session-view-conformance-unknown__',
    triggerLiveChange: options.triggerLiveChange,
    liveWaitMs: options.liveWaitMs ?? 0,
    allowOutOfOrder: options.allowOutOfOrder ?? false,
    mutations: options.mutations ?? false,
  };
}

/** Collects problems; a check fails when it has any. */
export class Problems {
  readonly list: string[] = [];
  skipped: string | undefined;

  add(problem: string): void {
    this.list.push(problem);
  }

  skip(reason: string): void {
    this.skipped = reason;
  }
}

export interface CheckContext {
  adapter: SessionAdapter;
  options: ResolvedOptions;
  problems: Problems;
  /** Declared capabilities with defaults filled in. */
  capabilities: Capabilities;
}

export interface AdapterCheck {
  id: string;
  title: string;
  run(context: CheckContext): Promise<void>;
}

export class ConformanceError extends Error {
  constructor(readonly check: string, readonly problems: readonly string[]) {
    const shown = problems.slice(0, 12).map((p) => `  - ${p}`);
    if (problems.length > 12) shown.push(`  …and ${problems.length - 12} more`);
    super(`Adapter conformance "${check}" failed:\n${shown.join('\n')}`);
    this.name = 'ConformanceError';
  }
}

export function declaredCapabilities(adapter: SessionAdapter): Capabilities {
  return { ...NO_CAPABILITIES, ...(adapter.capabilities ?? {}) };
}

/** Races a call against the timeout, naming the call in the error. */
export async function settle<T>(what: string, promise: Promise<T> | T, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not settle within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve(promise), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Describes what a call did when it should have rejected with `kind`; `undefined` when it did. */
export async function expectRejection(what: string, call: () => Promise<unknown>, kind: AdapterErrorKind, timeoutMs: number): Promise<string | undefined> {
  try {
    await settle(what, call(), timeoutMs);
    return `${what} resolved; expected a rejection classified as "${kind}"`;
  } catch (error) {
    const classified = toSessionViewError(error);
    if (classified.kind === kind) return undefined;
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);
    return `${what} rejected with ${shown}, classified as "${classified.kind}"; expected "${kind}" (throw SessionViewError('${kind}') or use the matching HTTP status / DOMException name)`;
  }
}

export function label(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}…` : text;
  } catch {
    // Only a BigInt or an object JSON cannot hold (a cycle, a throwing `toJSON`) gets here.
    return typeof value === 'bigint' ? String(value) : Object.prototype.toString.call(value);
  }
}

export function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** First page of a mode, with a fresh signal and the call timeout. */
export function firstPage(context: CheckContext, mode: Mode, limit = context.options.pageSize): Promise<SessionPage> {
  return settle(`listSessions({ mode: '${mode}' })`, context.adapter.listSessions({ mode, limit }, new AbortController().signal), context.options.callTimeoutMs);
}
