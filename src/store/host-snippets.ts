/**
 * Search snippets from the host (`adapter.searchSnippets`, with `serverQuery`): the host searched,
 * so only it can say where each row on screen matched. The rows the table shows are asked for
 * once per search text (rows scrolled to later in one more call), answers are validated and
 * merged into the store's `snippets`, and a new text aborts what is in flight and starts over.
 */
import { isAbort, validateHostSnippets, type HostSnippet } from '../adapter/index.js';
import type { SearchSnippet } from '../engine/search/index.js';
import type { InvalidRecord } from './page-intake.js';
import { PENDING_ROW } from './range-constants.js';
import { callAdapter } from './request.js';

export type AskSnippets = (ids: readonly string[], search: string, signal: AbortSignal) => Promise<Record<string, HostSnippet>>;

export interface HostSnippetsHost {
  readonly requestTimeoutMs: number;
  /** The snippets of the current text changed (a new map). */
  landed(snippets: ReadonlyMap<string, SearchSnippet>): void;
  invalid(records: readonly InvalidRecord[]): void;
}

const NONE: ReadonlyMap<string, SearchSnippet> = new Map();

export class HostSnippets {
  #text = '';
  #snippets: ReadonlyMap<string, SearchSnippet> = NONE;
  /** Ids asked for (or answered) under the current text: each is asked once. */
  #asked = new Set<string>();
  /** The rows on screen, asked for again when the text changes. */
  #shown: readonly string[] = [];
  readonly #inflight = new Set<AbortController>();

  constructor(
    private readonly ask: AskSnippets,
    private readonly host: HostSnippetsHost,
  ) {}

  /** The rows on screen now (the table reports them as it scrolls) under the search `text`. */
  showRows(ids: readonly string[], text: string): void {
    this.#shown = ids;
    this.setText(text);
    this.#askMissing();
  }

  /**
   * A new search text: snippets of the old one are dropped. The rows it lists are asked for when
   * the table shows them (the rows on screen now belong to the old text).
   */
  setText(text: string): void {
    if (text === this.#text) return;
    this.stop();
    this.#text = text;
    this.#asked = new Set();
    if (this.#snippets !== NONE) {
      this.#snippets = NONE;
      this.host.landed(NONE);
    }
  }

  stop(): void {
    for (const controller of this.#inflight) controller.abort();
    this.#inflight.clear();
  }

  #askMissing(): void {
    const text = this.#text;
    if (text.trim() === '') return;
    const ids = this.#shown.filter((id) => id !== PENDING_ROW && !this.#asked.has(id));
    if (ids.length === 0) return;
    for (const id of ids) this.#asked.add(id);
    void this.#fetch(ids, text);
  }

  async #fetch(ids: readonly string[], text: string): Promise<void> {
    const controller = new AbortController();
    this.#inflight.add(controller);
    try {
      const answer = await callAdapter((signal) => this.ask(ids, text, signal), { signal: controller.signal, timeoutMs: this.host.requestTimeoutMs });
      if (controller.signal.aborted || text !== this.#text) return;
      const { snippets, invalid } = validateHostSnippets(answer, ids);
      if (invalid.length > 0) this.host.invalid(invalid);
      if (snippets.size === 0) return;
      const merged = new Map(this.#snippets);
      for (const [id, snippet] of snippets) merged.set(id, snippet);
      this.#snippets = merged;
      this.host.landed(merged);
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      // Asked again when the rows come on screen again; the rows themselves are unaffected.
      for (const id of ids) this.#asked.delete(id);
      console.warn('[session-view] The host could not give search snippets:', error);
    } finally {
      this.#inflight.delete(controller);
    }
  }
}
