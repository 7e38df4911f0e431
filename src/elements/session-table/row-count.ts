/**
 * How many sessions the table shows: "10,000 sessions", or "1,234 of 10,000 sessions" when a
 * filter or search narrows the view. Shown as plain text in the toolbar (not a live region: a
 * live feed changes it every few seconds); the table announces it once per query instead. The
 * unfiltered count comes from the store, which keeps it up to date as sessions change (no scan of
 * every session on each live update).
 */
import type { SessionStore } from '../../store/index.js';
import { tableStrings } from './session-table.strings.js';

function narrowed(store: SessionStore): boolean {
  return store.query.search.trim() !== '' || Object.keys(store.query.filters).length > 0;
}

export class RowCount {
  /** The text, or '' while nothing has loaded yet. */
  text(store: SessionStore, lang: string): string {
    if (store.status === 'loading' && store.view.length === 0) return '';
    const shown = store.view.length;
    // With serverQuery the host filters: its total is the filtered count, the unfiltered one unknown.
    if (store.capabilities.serverQuery) return tableStrings(lang, 'rowCount', { count: store.total ?? shown });
    if (!narrowed(store)) return tableStrings(lang, 'rowCount', { count: shown });
    return tableStrings(lang, 'rowCountFiltered', { shown, count: Math.max(shown, store.countInMode()) });
  }
}
