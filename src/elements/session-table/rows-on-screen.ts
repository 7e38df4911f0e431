/**
 * What the table knows of the rows on screen: the store slice it renders (a change to a session
 * scrolled away re-renders nothing), and, under a content search, the match column's snippets —
 * the store is told which rows are on screen so it fetches theirs.
 */
import type { SearchSnippet, SessionStore, SessionStoreState } from '../../store/index.js';
import type { GridViewport } from './grid-viewport.js';
import type { Snippet } from './snippet.js';

/** Rows above and below the screen that the virtualizer keeps rendered. */
const OVERSCAN_ROWS = 20;

const snippets = new WeakMap<SearchSnippet, Snippet>();
/** The store's snippet in the row renderer's shape (converted once per snippet). */
function asSnippet(found: SearchSnippet | undefined): Snippet | undefined {
  if (!found) return undefined;
  let snippet = snippets.get(found);
  if (!snippet) {
    snippet = { text: found.text, ranges: found.ranges.map((r) => [r.start, r.end] as const), source: found.source };
    snippets.set(found, snippet);
  }
  return snippet;
}

export class RowsOnScreen {
  /** The rows last reported on screen (see `reportShown`). */
  #shownKey = '';

  constructor(private readonly viewport: GridViewport) {}

  /**
   * What the table renders: a change anywhere else in the store (a live tick on a session
   * scrolled away, a detail loading) does not re-render it.
   */
  renderedSlice(state: SessionStoreState): unknown[] {
    const { view, sessions } = state;
    const slice: unknown[] = [
      view,
      state.query,
      state.columns,
      state.selectedId,
      state.status,
      state.error,
      state.loaded,
      state.total,
      state.hasMore,
      state.fetching,
      state.valueLists,
      state.invalidCount,
      state.search,
      state.snippets,
      sessions.size,
    ];
    const first = Math.max(0, this.viewport.firstVisibleIndex - OVERSCAN_ROWS);
    const end = Math.min(view.length, this.viewport.firstVisibleIndex + this.viewport.pageSize + OVERSCAN_ROWS);
    for (let index = first; index < end; index++) slice.push(sessions.get(view[index]!));
    return slice;
  }

  /** The match column's snippets: the host's `snippetFor`, else the store's search snippets. */
  snippetSource(store: SessionStore | undefined, own: ((id: string) => Snippet | undefined) | undefined): ((id: string) => Snippet | undefined) | undefined {
    if (own) return own;
    // A host that searches on its back end gives snippets only if it implements `searchSnippets`.
    if (!store || (store.capabilities.serverQuery && !store.snippetsFromHost)) return undefined;
    const found = store.getState().snippets;
    return (id) => asSnippet(found.get(id));
  }

  /** A content search with snippets to show. */
  showsMatches(store: SessionStore | undefined, own: ((id: string) => Snippet | undefined) | undefined): boolean {
    return Boolean(store?.query.search.trim()) && this.snippetSource(store, own) !== undefined;
  }

  /** Tells the store which rows are on screen (their search snippets are fetched). */
  reportShown(store: SessionStore): void {
    const first = this.viewport.firstVisibleIndex;
    const ids = store.view.slice(first, first + this.viewport.pageSize + 1);
    // The text is part of the key: the same rows under a new search need their new snippets.
    const key = `${store.query.search}\u0001${ids.join('\u0000')}`;
    if (key === this.#shownKey) return;
    this.#shownKey = key;
    store.showRows(ids);
  }
}
