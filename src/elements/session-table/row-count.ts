/**
 * How many sessions the table shows: "10,000 sessions", or "1,234 of 10,000 sessions" when a
 * filter or search narrows the view. Shown as plain text in the toolbar (not a live region: a
 * live feed changes it every few seconds); the table announces it once per query instead.
 */
import { isLive } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import { tableStrings } from './session-table.strings.js';

function narrowed(store: SessionStore): boolean {
  return store.query.search.trim() !== '' || Object.keys(store.query.filters).length > 0;
}

export class RowCount {
  private cache: { view: readonly string[]; size: number; mode: string; all: number } | undefined;

  /** Sessions of the current mode before filters: counted once per view (at most once a frame). */
  private unfiltered(store: SessionStore): number {
    const mode = store.query.mode;
    const cache = this.cache;
    if (cache?.view === store.view && cache.size === store.sessions.size && cache.mode === mode) return cache.all;
    let all = 0;
    for (const session of store.sessions.values()) if (isLive(session) === (mode === 'live')) all += 1;
    this.cache = { view: store.view, size: store.sessions.size, mode, all };
    return all;
  }

  /** The text, or '' while nothing has loaded yet. */
  text(store: SessionStore, lang: string): string {
    if (store.status === 'loading' && store.view.length === 0) return '';
    const shown = store.view.length;
    // With serverQuery the host filters: its total is the filtered count, the unfiltered one unknown.
    if (store.capabilities.serverQuery) return tableStrings(lang, 'rowCount', { count: store.total ?? shown });
    if (!narrowed(store)) return tableStrings(lang, 'rowCount', { count: shown });
    return tableStrings(lang, 'rowCountFiltered', { shown, count: Math.max(shown, this.unfiltered(store)) });
  }
}
