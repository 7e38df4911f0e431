/** A small scripted adapter for store and element tests: pages, failures and live changes on demand. */
import { waitUntil } from './wait-until.js';
import type { LiveChange, ListSessionsRequest, SessionAdapter, SessionPage } from '../../src/adapter/index.js';
import type { DetailedSessionInput, SessionSummaryInput } from '../../src/adapter/records.js';
import type { Capabilities, SessionSummary, Viewer } from '../../src/model/index.js';

export function summary(id: string, overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id,
    channel: 'web-chat',
    state: 'ended',
    startedAt: Date.UTC(2026, 10, 1) + Number(id.replace(/\D/g, '') || 0) * 60_000,
    endedAt: Date.UTC(2026, 10, 1, 1) + Number(id.replace(/\D/g, '') || 0) * 60_000,
    endReason: 'client-disconnected',
    client: { name: `Client ${id}` },
    operators: [{ id: 'op-1', name: 'Jana Nováková' }],
    parameters: {},
    messageCount: 3,
    hasRecording: false,
    noteCount: 0,
    version: 1,
    ...overrides,
  };
}

export interface ScriptedAdapter extends SessionAdapter {
  requests: ListSessionsRequest[];
  emit(change: LiveChange): void;
  listeners: number;
}

export function scriptedAdapter(options: {
  pages: Record<string, unknown[][]>;
  /** Called before each page resolves; return a promise to delay, throw to fail. */
  beforePage?: (request: ListSessionsRequest, index: number, signal: AbortSignal) => Promise<void> | void;
  capabilities?: Partial<Capabilities>;
  viewer?: Viewer;
  totals?: boolean;
}): ScriptedAdapter {
  const listeners = new Set<(change: LiveChange) => void>();
  const adapter: ScriptedAdapter = {
    capabilities: { live: true, ...options.capabilities },
    viewer: options.viewer ?? { id: 'op-1', name: 'Jana Nováková', role: 'admin' },
    requests: [],
    listeners: 0,
    async listSessions(request, signal): Promise<SessionPage> {
      adapter.requests.push(request);
      const pages = options.pages[request.mode] ?? [[]];
      const index = request.cursor ? Number(request.cursor) : 0;
      await options.beforePage?.(request, index, signal);
      if (signal.aborted) throw new DOMException('aborted', 'AbortError');
      const total = Object.values(pages).reduce((sum, page) => sum + page.length, 0);
      return {
        // Tests script malformed records on purpose: the store's validation is under test.
        sessions: (pages[index] ?? []) as SessionSummaryInput[],
        nextCursor: index + 1 < pages.length ? String(index + 1) : undefined,
        ...(options.totals ? { total } : {}),
      };
    },
    async getSession(id) {
      for (const pages of Object.values(options.pages)) {
        for (const page of pages) {
          const found = page.find((s) => (s as SessionSummary).id === id);
          if (found) return { ...(found as SessionSummaryInput), messages: [], notes: [], routing: [], recordings: [] } satisfies DetailedSessionInput;
        }
      }
      throw Object.assign(new Error('not found'), { status: 404 });
    },
    subscribe(onChange) {
      listeners.add(onChange);
      adapter.listeners = listeners.size;
      return () => {
        listeners.delete(onChange);
        adapter.listeners = listeners.size;
      };
    },
    emit(change) {
      for (const listener of listeners) listener(change);
    },
  };
  return adapter;
}

/** Resolves when `check` passes (re-checked as the page runs); fails after `timeoutMs`, never sooner than wait-until.ts's floor. */
export function until(check: () => boolean, timeoutMs?: number): Promise<void> {
  return waitUntil(check, 'condition not met in time', { interval: 10, timeout: timeoutMs });
}
