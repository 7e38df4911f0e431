/**
 * Keeps a store's query and visible columns in the page URL (`<session-view sync-url>`), so a
 * view can be shared as a link and survives a reload. Only the view's own keys (`mode`, `q`,
 * `sort`, `cols`, `f.<column>`) are touched: the host's other parameters stay as they are.
 * History entries are replaced, not pushed — filtering is not navigation. What goes into the URL
 * is capped (`DEFAULT_URL_LIMITS`): a 100 KB search would make a link no ordinary server opens.
 */
import { viewStateFromSearchParams, viewStateToCappedSearchParams, type ViewState } from '../engine/query/url-state.js';
import type { SessionStore } from '../store/session-store.js';
import { shallowEqual } from '../store/state-container.js';

function isViewKey(key: string): boolean {
  return key === 'mode' || key === 'q' || key === 'sort' || key === 'cols' || key.startsWith('f.');
}

/** The view state in `search`, or undefined when the URL says nothing about the view. */
export function viewStateFromUrl(search: string): ViewState | undefined {
  const keys = search.replace(/^\?/, '').split('&').map((pair) => pair.split('=')[0] ?? '');
  return keys.some(isViewKey) ? viewStateFromSearchParams(search) : undefined;
}

/**
 * `search` with the view keys replaced by the store's state, within the URL limits; `cut` names
 * the keys shortened or left out.
 */
export function cappedSearchWithViewState(search: string, store: SessionStore): { search: string; cut: string[] } {
  const foreign = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !isViewKey(pair.split('=')[0] ?? ''));
  const own = viewStateToCappedSearchParams({ query: store.query, columns: [...store.columns] });
  const all = [...foreign, ...(own.params === '' ? [] : [own.params])].join('&');
  return { search: all === '' ? '' : `?${all}`, cut: own.cut };
}

/** `search` with the view keys replaced by the store's state (within the URL limits). */
export function searchWithViewState(search: string, store: SessionStore): string {
  return cappedSearchWithViewState(search, store).search;
}

export interface UrlSyncOptions {
  /**
   * Called when what the URL holds changes between the whole view and a capped part of it
   * (`cut`: the keys shortened or left out; empty again once the view fits).
   */
  onCapped?: (cut: readonly string[]) => void;
}

/** Starts syncing; returns the function that stops it. */
export function syncStoreWithUrl(store: SessionStore, options: UrlSyncOptions = {}): () => void {
  let written = location.search;
  let lastCut = '';
  const onChange = () => {
    const { search: next, cut } = cappedSearchWithViewState(location.search, store);
    if (cut.join() !== lastCut) {
      lastCut = cut.join();
      if (cut.length > 0) {
        console.warn(`[session-view] The view is too large for the page URL; the link leaves out or shortens: ${cut.join(', ')}.`);
      }
      options.onCapped?.(cut);
    }
    if (next === written || next === location.search) return;
    written = next;
    history.replaceState(history.state, '', `${location.pathname}${next}${location.hash}`);
  };
  const onPopState = () => {
    const state = viewStateFromUrl(location.search);
    if (!state) return;
    store.setQuery(state.query);
    if (state.columns) store.setColumns(state.columns);
  };
  const stop = store.subscribe((state) => [state.query, state.columns], onChange, shallowEqual);
  window.addEventListener('popstate', onPopState);
  return () => {
    stop();
    window.removeEventListener('popstate', onPopState);
  };
}
