/**
 * Filter value lists with counts from the host (`adapter.valueList`, with `serverQuery`): the
 * browser holds only the pages around the viewport, so only the host can count a column's values
 * under the other filters. Answers are cached per column and query (a bounded number); a popover
 * asks synchronously, gets what is cached (or nothing yet) and re-renders when the answer lands.
 */
import { isAbort } from '../adapter/index.js';
import type { ValueListEntry, ValueListOptions } from '../engine/query/index.js';
import type { SessionQuery } from '../model/index.js';
import { callAdapter } from './request.js';

/** Value lists kept; the oldest go first. */
const MAX_CACHED_LISTS = 50;

export class HostValueLists {
  readonly #lists = new Map<string, readonly ValueListEntry[]>();
  readonly #inflight = new Map<string, AbortController>();

  /**
   * `ask` is the host's `valueList`; `timeLimit` is read at each call (a host's change applies to the
   * next one); `landed` gets the cached lists (a new map) whenever an answer arrives.
   */
  constructor(
    private readonly ask: (columnId: string, query: SessionQuery, signal: AbortSignal, options: { limit?: number; locale?: string }) => Promise<unknown>,
    private readonly timeLimit: () => number,
    private readonly landed: (lists: ReadonlyMap<string, readonly ValueListEntry[]>) => void,
  ) {}

  /** The host's list for `columnId` under `query`: cached, or `undefined` while it is asked for. */
  get(columnId: string, query: SessionQuery, options: ValueListOptions): readonly ValueListEntry[] | undefined {
    const key = JSON.stringify([columnId, query.mode, query.filters, query.search, options.limit, options.locale]);
    const cached = this.#lists.get(key);
    if (cached) return markSelected(cached, query, columnId);
    if (!this.#inflight.has(key)) void this.#fetch(key, columnId, query, options);
    return undefined;
  }

  stop(): void {
    for (const controller of this.#inflight.values()) controller.abort();
    this.#inflight.clear();
  }

  async #fetch(key: string, columnId: string, query: SessionQuery, options: ValueListOptions): Promise<void> {
    const controller = new AbortController();
    this.#inflight.set(key, controller);
    try {
      const entries = await callAdapter((signal) => this.ask(columnId, query, signal, { limit: options.limit, locale: options.locale }), {
        signal: controller.signal,
        timeoutMs: this.timeLimit(),
      });
      if (!Array.isArray(entries)) throw new TypeError('valueList must resolve to an array of { key, label, count }.');
      this.#lists.set(key, entries.filter(isEntry).map((entry) => ({ key: entry.key, label: entry.label, count: entry.count, selected: false })));
      if (this.#lists.size > MAX_CACHED_LISTS) this.#lists.delete(this.#lists.keys().next().value!);
      this.landed(new Map(this.#lists));
    } catch (error) {
      if (!controller.signal.aborted && !isAbort(error)) console.warn(`[session-view] The host's value list of "${columnId}" could not be loaded:`, error);
    } finally {
      if (this.#inflight.get(key) === controller) this.#inflight.delete(key);
    }
  }
}

/** Untrusted host data: only well-formed entries are listed (labels are rendered as text). */
function isEntry(entry: unknown): entry is ValueListEntry {
  const candidate = entry as Partial<ValueListEntry> | null;
  return typeof candidate?.key === 'string' && typeof candidate.label === 'string' && typeof candidate.count === 'number';
}

/** The column's current filter decides what is ticked, whatever the host said. */
function markSelected(entries: readonly ValueListEntry[], query: SessionQuery, columnId: string): readonly ValueListEntry[] {
  const filter = query.filters[columnId];
  const picked = filter?.kind === 'values' ? new Set(filter.values) : undefined;
  return entries.map((entry) => ({ ...entry, selected: picked?.has(entry.key) ?? false }));
}
