/** What a header click does to the sort: pure, so the rules are testable without a DOM. */
import type { SortSpec } from '../../model/index.js';

/**
 * A plain click sorts by the column alone (ascending first, then flips). Shift+click keeps the
 * other sort keys: it adds the column, flips it, and on the third click removes it.
 */
export function toggleSort(sort: readonly SortSpec[], column: string, multi: boolean): SortSpec[] {
  const index = sort.findIndex((spec) => spec.column === column);
  const current = index >= 0 ? sort[index] : undefined;
  if (!multi) {
    const primary = sort[0];
    if (primary?.column === column) return [{ column, direction: primary.direction === 'asc' ? 'desc' : 'asc' }];
    return [{ column, direction: 'asc' }];
  }
  if (!current) return [...sort, { column, direction: 'asc' }];
  if (current.direction === 'asc') {
    return sort.map((spec, i) => (i === index ? { column, direction: 'desc' } : spec));
  }
  return sort.filter((_, i) => i !== index);
}

/** The `aria-sort` value: only the primary sort key is announced, as the ARIA spec expects. */
export function ariaSortOf(sort: readonly SortSpec[], column: string): 'ascending' | 'descending' | 'none' {
  const primary = sort[0];
  if (!primary || primary.column !== column) return 'none';
  return primary.direction === 'asc' ? 'ascending' : 'descending';
}
