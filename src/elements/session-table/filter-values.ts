/**
 * The values a header popover offers, with counts under every other active filter. Uses the
 * query engine's pure `countValues`/`compileFilter` over the store's sessions; when the store
 * gains a `valueList(columnId)` (its engine-backed view computer), that is used instead.
 */
import { columnById, type ColumnFilter, type SessionQuery, type SessionSummary, type Translate } from '../../model/index.js';
import { compileFilter, countValues, modeMatches, type ValueListEntry } from '../../engine/query/index.js';
import type { SessionStore } from '../../store/index.js';

interface ValueListSource {
  valueList?(columnId: string, options?: { t?: Translate; locale?: string }): ValueListEntry[];
}

export function valueListFor(store: SessionStore, columnId: string, t: Translate, locale: string): ValueListEntry[] {
  const source = store as SessionStore & ValueListSource;
  if (typeof source.valueList === 'function') return source.valueList(columnId, { t, locale });
  return countLocally(store.sessions, store.query, columnId, t, locale, store.viewer.timeZone);
}

function countLocally(
  sessions: ReadonlyMap<string, SessionSummary>,
  query: SessionQuery,
  columnId: string,
  t: Translate,
  locale: string,
  timeZone: string | undefined,
): ValueListEntry[] {
  const column = columnById(columnId);
  if (!column) return [];
  const now = Date.now();
  const predicates = Object.entries(query.filters)
    .filter(([id]) => id !== columnId)
    .map(([id, filter]) => ({ column: columnById(id), predicate: compileFilter(id, filter, now, { locale, timeZone }) }))
    .filter((entry) => entry.predicate && entry.column);
  const rows = [...sessions.values()];
  const include = (row: number) => {
    const session = rows[row]!;
    if (!modeMatches(query.mode, session)) return false;
    for (const { predicate, column: other } of predicates) {
      const folded = () => {
        const value = other!.value(session, now);
        return value === undefined ? undefined : String(value).toLowerCase();
      };
      if (!predicate!(session, now, folded)) return false;
    }
    return true;
  };
  const own: ColumnFilter | undefined = query.filters[columnId];
  const selected = own?.kind === 'values' ? own.values : [];
  return countValues(column, rows, include, now, selected, { t, locale });
}
