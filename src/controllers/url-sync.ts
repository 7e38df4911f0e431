/**
 * Keeps a store's query, visible columns and open session (with its detail tab) in the page URL
 * (`<session-view sync-url>`), so a view or one session can be shared as a link and survives a
 * reload. Only the view's own keys (`mode`, `q`, `sort`, `cols`, `f.<column>`, `session`,
 * `session.tab`) are touched: the host's other parameters stay as they are. History entries are
 * replaced, not pushed — filtering is not navigation. What goes into the URL is capped
 * (`DEFAULT_URL_LIMITS`): a 100 KB search would make a link no ordinary server opens.
 */
import { viewStateFromSearchParams, viewStateToCappedSearchParams, type ViewState } from '../engine/query/url-state.js';
import type { SessionStore } from '../store/session-store.js';
import { shallowEqual } from '../store/shallow-equal.js';

function isViewKey(key: string): boolean {
  return key === 'mode' || key === 'q' || key === 'sort' || key === 'cols' || key === 'session' || key === 'session.tab' || key.startsWith('f.');
}

/** The view state in `search`, or undefined when the URL says nothing about the view. */
export function viewStateFromUrl(search: string): ViewState | undefined {
  const keys = search.replace(/^\?/, '').split('&').map((pair) => pair.split('=')[0] ?? '');
  return keys.some(isViewKey) ? viewStateFromSearchParams(search) : undefined;
}

/** The detail tab shown, read and set by the element that renders the detail. */
export interface DetailTabSource {
  tab(): string | undefined;
  setTab(tab: string): void;
}

/**
 * `search` with the view keys replaced by the store's state, within the URL limits; `cut` names
 * the keys shortened or left out.
 */
export function cappedSearchWithViewState(search: string, store: SessionStore, tab?: string): { search: string; cut: string[] } {
  const foreign = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !isViewKey(pair.split('=')[0] ?? ''));
  const own = viewStateToCappedSearchParams({ query: store.query, columns: [...store.columns], session: store.selectedId, sessionTab: tab });
  const all = [...foreign, ...(own.params === '' ? [] : [own.params])].join('&');
  return { search: all === '' ? '' : `?${all}`, cut: own.cut };
}

/** `search` with the view keys replaced by the store's state (within the URL limits). */
export function searchWithViewState(search: string, store: SessionStore, tab?: string): string {
  return cappedSearchWithViewState(search, store, tab).search;
}

/** Applies the session and tab of a link (on start and on back/forward). */
export function applySessionFromUrl(state: ViewState, store: SessionStore, tabs?: DetailTabSource): void {
  if (state.session === undefined) return;
  store.select(state.session);
  if (state.sessionTab !== undefined) tabs?.setTab(state.sessionTab);
}

export interface UrlSyncOptions {
  /** Adds the open session's detail tab to the link. */
  tabs?: DetailTabSource;
  /**
   * Called when what the URL holds changes between the whole view and a capped part of it
   * (`cut`: the keys shortened or left out; empty again once the view fits).
   */
  onCapped?: (cut: readonly string[]) => void;
}

export interface UrlSync {
  /** Rewrites the URL now (the detail tab changed: it is not store state). */
  update(): void;
  stop(): void;
}

/** Starts syncing. */
export function syncStoreWithUrl(store: SessionStore, options: UrlSyncOptions = {}): UrlSync {
  const { tabs } = options;
  let written = location.search;
  let lastCut = '';
  const onChange = () => {
    const tab = store.selectedId === undefined ? undefined : tabs?.tab();
    const { search: next, cut } = cappedSearchWithViewState(location.search, store, tab);
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
    applySessionFromUrl(state, store, tabs);
  };
  const stop = store.subscribe((state) => [state.query, state.columns, state.selectedId], onChange, shallowEqual);
  window.addEventListener('popstate', onPopState);
  return {
    update: onChange,
    stop: () => {
      stop();
      window.removeEventListener('popstate', onPopState);
    },
  };
}
