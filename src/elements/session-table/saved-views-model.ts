/**
 * Saved views: a named query (filters, sort, search) plus layout (columns, widths), personal to
 * the user, stored like the layout (host preference storage, else localStorage).
 */
import type { ColumnFilter, SortSpec } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import { preferenceKey } from './preferences.js';
import { sanitizeLayout, sanitizeSort } from './table-layout.js';

export interface SavedView {
  id: string;
  name: string;
  query: { filters: Record<string, ColumnFilter>; sort: SortSpec[]; search: string };
  columns: string[];
  widths: Record<string, number>;
}

const MAX_NAME_LENGTH = 80;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps only well-formed views; filters are passed through (the engine ignores invalid ones). */
export function sanitizeViews(value: unknown): SavedView[] {
  if (!Array.isArray(value)) return [];
  const views: SavedView[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry['id'] !== 'string' || typeof entry['name'] !== 'string') continue;
    const query = isRecord(entry['query']) ? entry['query'] : {};
    const layout = sanitizeLayout({ columns: entry['columns'], widths: entry['widths'] });
    if (!layout) continue;
    views.push({
      id: entry['id'],
      name: entry['name'].slice(0, MAX_NAME_LENGTH),
      query: {
        filters: isRecord(query['filters']) ? (query['filters'] as Record<string, ColumnFilter>) : {},
        sort: sanitizeSort(query['sort']) ?? [],
        search: typeof query['search'] === 'string' ? query['search'] : '',
      },
      columns: layout.columns,
      widths: layout.widths,
    });
  }
  return views;
}

export function cleanViewName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

export function newViewId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `v${Date.now()}${Math.random().toString(36).slice(2)}`;
}

/** The table's saved views, through the store (host storage with a time limit, else localStorage). */
export async function loadViews(store: SessionStore, tableId: string): Promise<SavedView[]> {
  return sanitizeViews(await store.loadPreference(preferenceKey(tableId, 'views')));
}

export function saveViews(store: SessionStore, tableId: string, views: readonly SavedView[]): Promise<void> {
  return store.savePreference(preferenceKey(tableId, 'views'), views);
}
