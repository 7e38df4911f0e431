/**
 * A synthetic `serverQuery` host of any size: rows are made on demand from their index, so a
 * million-row table costs nothing until a page is asked for. Records every request (and whether
 * it was aborted) and can hold pages back, deliver live changes and insert sessions at the top.
 */
import type { LiveChange, ListSessionsRequest, SessionAdapter, SessionPage } from '../../src/adapter/index.js';
import type { SessionSummary } from '../../src/model/index.js';
import { summary } from './test-adapter.js';

export interface RangeAdapter extends SessionAdapter {
  /** Every `listSessions` request, with its signal. */
  requests: Array<ListSessionsRequest & { signal: AbortSignal }>;
  /** Rows the host has now. */
  total: number;
  /** Holds pages until `release()` (true), or answers at once (false, the default). */
  hold: boolean;
  release(): void;
  /** Sessions added on top (newest first), as a live feed reports them. */
  prepend(count: number): SessionSummary[];
  emit(change: LiveChange): void;
  /** Row `index` as the host orders it. */
  row(index: number): SessionSummary;
}

/** Rows are `r<n>`, n counting down from the newest, so a session keeps its id when rows are added above it. */
export function rangeAdapter(total: number, options: { live?: boolean } = {}): RangeAdapter {
  const listeners = new Set<(change: LiveChange) => void>();
  let waiting: Array<() => void> = [];
  let added = 0;
  const row = (index: number) => {
    const n = total + added - 1 - index;
    return summary(`r${n}`, { startedAt: Date.UTC(2026, 0, 1) + n * 60_000, endedAt: Date.UTC(2026, 0, 1) + n * 60_000 + 30_000 });
  };
  const adapter: RangeAdapter = {
    capabilities: { serverQuery: true, live: options.live ?? false },
    viewer: { id: 'op-1', name: 'Jana Nováková', role: 'admin' },
    requests: [],
    get total() {
      return total + added;
    },
    hold: false,
    release() {
      const resolve = waiting;
      waiting = [];
      for (const run of resolve) run();
    },
    async listSessions(request, signal): Promise<SessionPage> {
      adapter.requests.push({ ...request, signal });
      if (adapter.hold) await new Promise<void>((resolve) => waiting.push(resolve));
      if (signal.aborted) throw new DOMException('aborted', 'AbortError');
      const offset = request.offset ?? 0;
      const end = Math.min(adapter.total, offset + request.limit);
      const sessions: SessionSummary[] = [];
      for (let index = offset; index < end; index++) sessions.push(row(index));
      return { sessions, total: adapter.total };
    },
    async getSession(id) {
      return { ...summary(id), messages: [], notes: [], routing: [], recordings: [] };
    },
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    emit(change) {
      for (const listener of listeners) listener(change);
    },
    prepend(count) {
      added += count;
      return Array.from({ length: count }, (_, i) => row(count - 1 - i));
    },
    row,
  };
  return adapter;
}
