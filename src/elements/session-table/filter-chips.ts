/**
 * Active filters as removable chips above the grid, with "Clear all". Loaded with the toolbar's
 * controls right after the table's first paint (toolbar-controls.ts); until then the table keeps
 * the chips' row free (table-popovers.ts), so a query opened with filters does not shift the grid.
 */
import { html, type TemplateResult } from 'lit';
import { columnById, type ColumnFilter, type FormatContext, type Translate } from '../../model/index.js';
import type { SessionStore } from '../../store/index.js';
import { describeFilter } from './filter-describe.js';
import { tableStrings } from './session-table.strings.js';
import { tableIcon } from './table-icons.js';

/** What the chips need from the table: names of picked values, and the ways to remove filters. */
export interface ChipsHost {
  lang: string;
  translate: Translate;
  /** Labels of picked values per column (participant ids → names); the chips add the ones they find. */
  valueLabels: Map<string, Map<string, string>>;
  /** Per column, the session count at the last label lookup that left keys unnamed. */
  labelMisses: Map<string, number>;
  removeFilter(column: string): void;
  clearAll(): void;
}

/**
 * Names for participant keys the user did not pick here (a shared link, a saved view): read
 * from the column's value list. A link is read before the sessions arrive, so a key without a
 * name yet is not remembered as its own name: it is looked up again whenever more sessions came.
 */
function learnLabels(store: SessionStore, column: string, filter: ColumnFilter, host: ChipsHost): void {
  if (filter.kind !== 'values' || columnById(column)?.facetLabelPrefix) return;
  const labels = host.valueLabels.get(column) ?? new Map<string, string>();
  if (filter.values.every((key) => labels.has(key))) return;
  if (host.labelMisses.get(column) === store.sessions.size) return;
  const entries = store.valueList(column, { t: host.translate, locale: host.lang });
  for (const key of filter.values) {
    const label = entries.find((entry) => entry.key === key && entry.label !== key)?.label;
    if (label !== undefined) labels.set(key, label);
  }
  host.valueLabels.set(column, labels);
  if (filter.values.every((key) => labels.has(key))) host.labelMisses.delete(column);
  else host.labelMisses.set(column, store.sessions.size);
}

/** The chips of the store's active filters (call only when there are some). */
export function renderFilterChips(store: SessionStore, format: FormatContext, host: ChipsHost): TemplateResult {
  const entries = Object.entries(store.query.filters);
  const { lang } = host;
  for (const [column, filter] of entries) learnLabels(store, column, filter, host);
  return html`<div class="chips" part="chips" role="group" aria-label=${tableStrings(lang, 'activeFilters')}>
    ${entries.map(([column, filter]) => {
      const text = describeFilter(column, filter, lang, host.translate, format, host.valueLabels.get(column));
      return html`<span class="chip" part="chip">
        <span class="chip-text">${text}</span>
        <button class="chip-remove" aria-label=${tableStrings(lang, 'removeFilter', { filter: text })} @click=${() => host.removeFilter(column)}>${tableIcon('close', 14)}</button>
      </span>`;
    })}
    <button class="sv-button link" @click=${() => host.clearAll()}>${tableStrings(lang, 'clearAll')}</button>
  </div>`;
}
