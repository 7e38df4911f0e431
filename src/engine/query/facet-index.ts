/**
 * Per-row value keys of one column, computed once and kept by the `ViewEngine`: opening a header
 * popover then counts small integers over the rows instead of calling the column's `facets`,
 * building key strings and hashing them for 100k rows each time.
 */
import type { ColumnDef, FacetValue } from '../../model/columns.js';
import type { SessionSummary } from '../../model/session.js';
import { facetKey } from './filter.js';

export interface FacetIndex {
  /** Distinct keys; a key's id is its position. */
  keys: string[];
  /** A value of each key as first seen (a participant's name for its label). */
  values: FacetValue[];
  /** Row `r`'s key ids are `ids[offsets[r] … offsets[r+1]-1]`. */
  offsets: Uint32Array;
  ids: Uint32Array;
}

/** Indexes a column whose keys do not depend on the time (`column.stable !== false`). */
export function buildFacetIndex(column: ColumnDef, rows: readonly SessionSummary[]): FacetIndex {
  const idOfKey = new Map<string, number>();
  const keys: string[] = [];
  const values: FacetValue[] = [];
  const offsets = new Uint32Array(rows.length + 1);
  let ids = new Uint32Array(Math.max(16, rows.length));
  let count = 0;
  const add = (value: FacetValue) => {
    const key = facetKey(value);
    let id = idOfKey.get(key);
    if (id === undefined) {
      id = keys.length;
      idOfKey.set(key, id);
      keys.push(key);
      values.push(value);
    }
    if (count === ids.length) {
      const grown = new Uint32Array(ids.length * 2);
      grown.set(ids);
      ids = grown;
    }
    ids[count++] = id;
  };
  for (let row = 0; row < rows.length; row++) {
    offsets[row] = count;
    const session = rows[row]!;
    if (column.facets) {
      for (const value of column.facets(session)) add(value);
    } else {
      const value = column.value(session, 0);
      if (value !== undefined && value !== '') add(String(value));
    }
  }
  offsets[rows.length] = count;
  return { keys, values, offsets, ids: ids.subarray(0, count) };
}

/** How many included rows have each key, by key id. */
export function countFacets(index: FacetIndex, include: (row: number) => boolean): Uint32Array {
  const counts = new Uint32Array(index.keys.length);
  const { offsets, ids } = index;
  const rowCount = offsets.length - 1;
  for (let row = 0; row < rowCount; row++) {
    const from = offsets[row]!;
    const to = offsets[row + 1]!;
    if (from === to || !include(row)) continue;
    for (let i = from; i < to; i++) counts[ids[i]!]!++;
  }
  return counts;
}
