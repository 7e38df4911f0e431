/**
 * Value lists for header popovers: the distinct values of one column with how many rows have
 * each, counted over the rows the *other* filters let through (faceting), so a user sees what
 * picking a value would give before picking it.
 */
import type { ColumnDef, FacetValue, Translate } from '../../model/columns.js';
import type { SessionSummary } from '../../model/session.js';
import { countFacets, type FacetIndex } from './facet-index.js';
import { facetKey, rowKeys } from './filter.js';

export interface ValueListEntry {
  /** What a `values` filter lists: enum key, participant id, or the value as text. */
  key: string;
  /** Display text: translated enum label, participant name, or the value itself. */
  label: string;
  /** Rows with this value under the other active filters. */
  count: number;
  /** Listed in the column's current filter. */
  selected: boolean;
}

export interface ValueListOptions {
  /** Translates enum labels (`channel.whatsapp`); without it the key is the label. */
  t?: Translate;
  /** Keeps the most frequent values only (selected ones are always kept). Default: all. */
  limit?: number;
  /** Viewer locale, to order equal counts by label. */
  locale?: string;
}

function labelOf(column: ColumnDef, value: FacetValue, t: Translate | undefined): string {
  if (typeof value !== 'string') return value.name;
  if (column.facetLabelPrefix && t) return t(`${column.facetLabelPrefix}${value}`);
  return value;
}

/**
 * Counts the values of `column` over `rows` where `include(row)` holds.
 * Sorted by count (descending), then label in the viewer's collation.
 */
export function countValues(
  column: ColumnDef,
  rows: readonly SessionSummary[],
  include: (row: number) => boolean,
  now: number,
  selected: readonly string[],
  options: ValueListOptions = {},
): ValueListEntry[] {
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  for (let row = 0; row < rows.length; row++) {
    if (!include(row)) continue;
    const session = rows[row]!;
    if (column.facets) {
      for (const value of column.facets(session)) {
        const key = facetKey(value);
        const count = counts.get(key);
        if (count === undefined) {
          counts.set(key, 1);
          if (!labels.has(key)) labels.set(key, labelOf(column, value, options.t));
        } else counts.set(key, count + 1);
      }
    } else {
      for (const key of rowKeys(column, session, now)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return listEntries(column, counts, labels, selected, options);
}

/** `countValues` over a prebuilt facet index of the same rows (see `buildFacetIndex`). */
export function countIndexedValues(
  column: ColumnDef,
  index: FacetIndex,
  include: (row: number) => boolean,
  selected: readonly string[],
  options: ValueListOptions = {},
): ValueListEntry[] {
  const byId = countFacets(index, include);
  const counts = new Map<string, number>();
  const labels = new Map<string, string>();
  for (let id = 0; id < byId.length; id++) {
    if (byId[id] === 0) continue;
    const key = index.keys[id]!;
    counts.set(key, byId[id]!);
    labels.set(key, labelOf(column, index.values[id]!, options.t));
  }
  return listEntries(column, counts, labels, selected, options);
}

function listEntries(
  column: ColumnDef,
  counts: Map<string, number>,
  labels: Map<string, string>,
  selected: readonly string[],
  options: ValueListOptions,
): ValueListEntry[] {
  const selectedSet = new Set(selected);
  // A selected value nobody has any more stays listed, so the user can still clear it.
  for (const key of selectedSet) if (!counts.has(key)) counts.set(key, 0);
  const collator = collatorFor(options.locale);
  const entries: ValueListEntry[] = [];
  for (const [key, count] of counts) {
    const label = labels.get(key) ?? labelOf(column, key, options.t);
    entries.push({ key, label, count, selected: selectedSet.has(key) });
  }
  entries.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  if (options.limit === undefined || entries.length <= options.limit) return entries;
  const kept = entries.slice(0, Math.max(0, options.limit));
  for (const entry of entries.slice(kept.length)) if (entry.selected) kept.push(entry);
  return kept;
}

const collators = new Map<string, Intl.Collator>();

/** Collators are costly to create; a popover opening should not build one each time. */
function collatorFor(locale: string | undefined): Intl.Collator {
  const key = locale ?? '';
  let collator = collators.get(key);
  if (!collator) {
    try {
      collator = new Intl.Collator(locale, { numeric: true });
    } catch {
      collator = new Intl.Collator(undefined, { numeric: true });
    }
    collators.set(key, collator);
  }
  return collator;
}
