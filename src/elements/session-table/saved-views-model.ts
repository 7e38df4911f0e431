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

/** JSON with object keys sorted, so two equal filters compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.entries(inner).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

/**
 * The saved view the current query is: the last applied or saved one while the query still
 * equals it, else any view equal to it. Changing a filter unmarks the view; undoing marks it again.
 */
export function matchingViewId(views: readonly SavedView[], query: SavedView['query'], preferred: string | undefined): string | undefined {
  const current = canonical({ filters: query.filters, sort: query.sort, search: query.search });
  const matches = (view: SavedView) => canonical({ filters: view.query.filters, sort: view.query.sort, search: view.query.search }) === current;
  const preferredView = views.find((view) => view.id === preferred);
  if (preferredView && matches(preferredView)) return preferredView.id;
  return views.find(matches)?.id;
}
