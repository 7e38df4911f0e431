/**
 * The store's side of `serverQuery` until and after its code arrives. The parts (range paging,
 * the host's value lists and snippets: server-parts.ts) are loaded with `import()` when the store
 * is created for such an adapter — the first request is async anyway — so a client-side table
 * does not download them. What is asked before they arrive waits for them: the load (only the
 * latest, and none after `stop()`), the rows on screen, a value list (answered "not yet", as one
 * in flight is). A failed load of the code is a failed load: the store shows the error and Retry
 * loads the code again.
 */
import { toSessionViewError, type SessionAdapter } from '../adapter/index.js';
import type { ValueListEntry, ValueListOptions } from '../engine/query/index.js';
import type { SessionQuery } from '../model/index.js';
import type { QueryPage, QueryPagesOptions } from './query-pages.js';
import type { SessionStoreState } from './session-store-state.js';
import type { ServerParts, ServerPartsHost } from './server-parts.js';
import { loadOnce } from '../engine/load-once.js';

/** The server parts' code (tests pass a failing one). */
export type ServerPartsLoader = () => Promise<typeof import('./server-parts.js')>;

const loadServerParts: ServerPartsLoader = () => import('./server-parts.js');

export class ServerMode {
  /** The host gives the search snippets of the rows shown (`adapter.searchSnippets`). */
  readonly snippetsFromHost: boolean;
  /** The host counts filter value lists (`adapter.valueList`). */
  readonly valueListsFromHost: boolean;
  #parts: ServerParts | undefined;
  /** The parts, created once their code is here (asked again after a failed load). */
  readonly #code = loadOnce(() =>
    this.load().then(({ createServerParts }) => {
      this.#parts = createServerParts(this.adapter, this.options, this.host);
      // A popover asked while the code loaded: the changed lists make it ask again.
      if (this.#valueListAsked) this.host.valueListsLanded(new Map());
      return this.#parts;
    }),
  );
  /** Counts loads asked for and stops: a load waiting for the code runs only if it is still the latest. */
  #ticket = 0;
  /** The rows on screen and the snippets asked for before the code came, handed over when it does. */
  #shownRange: [number, number] | undefined;
  #shownRows: [readonly string[], string] | undefined;
  #valueListAsked = false;

  constructor(
    private readonly adapter: SessionAdapter,
    private readonly options: { pageSize: number; maxPages: number },
    private readonly host: ServerPartsHost,
    private readonly load: ServerPartsLoader = loadServerParts,
  ) {
    this.snippetsFromHost = typeof adapter.searchSnippets === 'function';
    this.valueListsFromHost = typeof adapter.valueList === 'function';
    this.#code.load().catch(() => {}); // A load asked for reports it.
  }

  /** The host's total for the current query, once its first range answered. */
  get total(): number | undefined {
    return this.#parts?.range.pager.total;
  }

  /** A new load: the pager starts over and fetches the first rows (once the code is here). */
  start(): Promise<void> {
    const ticket = ++this.#ticket;
    if (this.#parts) return this.#parts.range.load();
    return this.#code.load().then(
      (parts) => {
        if (ticket !== this.#ticket) return;
        const loaded = parts.range.load();
        if (this.#shownRange) parts.range.pager.showRange(...this.#shownRange);
        if (this.#shownRows) parts.snippets?.showRows(...this.#shownRows);
        return loaded;
      },
      (error: unknown) => {
        if (ticket === this.#ticket) this.host.failed(toSessionViewError(error));
      },
    );
  }

  /** Asks the rows on screen again (Retry after an error, once the total is known). */
  refresh(): void {
    this.#parts?.range.pager.refresh();
  }

  showRange(first: number, end: number): void {
    if (this.#parts) this.#parts.range.pager.showRange(first, end);
    else this.#shownRange = [first, end];
  }

  /** The rows on screen under the search `text`: their snippets are asked of the host. */
  showRows(ids: readonly string[], text: string): void {
    if (this.#parts) this.#parts.snippets?.showRows(ids, text);
    else this.#shownRows = [ids, text];
  }

  /** A new search text: the old one's snippets are dropped. */
  setSearchText(text: string): void {
    this.#parts?.snippets?.setText(text);
  }

  /** The host's value list, or `undefined` while it (or the code to ask for it) is on its way. */
  valueList(columnId: string, query: SessionQuery, options: ValueListOptions): readonly ValueListEntry[] | undefined {
    if (this.#parts) return this.#parts.valueLists?.get(columnId, query, options);
    this.#valueListAsked = true;
    return undefined;
  }

  /** Adds the rows the pager holds to a flush's patch when they changed. */
  take(patch: Partial<SessionStoreState>, currentView: readonly string[]): void {
    this.#parts?.range.take(patch, currentView);
  }

  /** A live change may have moved rows in or out of the range on screen. */
  requeryLater(): void {
    this.#parts?.range.requeryLater();
  }

  /** Aborts what is in flight; a load still waiting for the code does not start. */
  stop(): void {
    this.#ticket += 1;
    this.#parts?.range.stop();
    this.#parts?.valueLists?.stop();
    this.#parts?.snippets?.stop();
  }

}

/**
 * Every row under `query`, page by page from the host, for an export of a list the browser does
 * not hold (query-pages.ts, loaded with the server parts on the first call).
 */
export async function* queryPagesLater(adapter: SessionAdapter, query: SessionQuery, options: QueryPagesOptions): AsyncGenerator<QueryPage> {
  const { queryPages } = await loadServerParts();
  yield* queryPages(adapter, query, options);
}
