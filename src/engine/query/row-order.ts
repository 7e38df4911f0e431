/**
 * The display order of rows as the view engine's `update` merges them: by each sort key
 * (collation for text, value for numbers, missing last in both directions), then by load order,
 * the same order `compute` gets from cached ranks. Keys are read once per row.
 */
import { columnById, type ColumnDef } from '../../model/columns.js';
import type { SessionQuery } from '../../model/query.js';
import type { SessionSummary } from '../../model/session.js';

/** One sort key's value of a row: text, a number, or missing. */
export type SortValue = string | number | undefined;

/** A changed row to merge into a view, with its sort key read once. */
export interface InsertedRow {
  row: number;
  key: SortValue[];
}

export interface RowOrder {
  keyOf(row: number): SortValue[];
  /** `keyOf` into an array the caller reuses (a merge probes many rows). */
  keyInto(row: number, into: SortValue[]): SortValue[];
  compare(a: SortValue[], rowA: number, b: SortValue[], rowB: number): number;
}

/** The first value a column has among `rows`: whether it sorts as text or as a number. */
export function firstDefinedValue(column: ColumnDef, rows: readonly SessionSummary[], now: number): ReturnType<ColumnDef['value']> {
  let value: ReturnType<ColumnDef['value']>;
  for (let row = 0; row < rows.length && value === undefined; row++) value = column.value(rows[row]!, now);
  return value;
}

/** The order of `query`'s sort over `rows`; `undefined` when a sort key ticks with `now` (no stable order to merge into). */
export function rowOrder(rows: readonly SessionSummary[], query: SessionQuery, now: number, collator: Intl.Collator): RowOrder | undefined {
  const keys: { column: ColumnDef; text: boolean; sign: number }[] = [];
  const seen = new Set<string>();
  for (const spec of Array.isArray(query.sort) ? query.sort : []) {
    const column = spec && columnById(spec.column);
    if (!column || seen.has(column.id)) continue;
    if (column.stable === false) return undefined;
    seen.add(column.id);
    keys.push({ column, text: typeof firstDefinedValue(column, rows, now) === 'string', sign: spec.direction === 'desc' ? -1 : 1 });
  }
  const keyInto = (row: number, into: SortValue[]): SortValue[] => {
    for (let k = 0; k < keys.length; k++) {
      const { column, text } = keys[k]!;
      const raw = column.value(rows[row]!, now);
      if (raw === undefined || raw === '') into[k] = undefined;
      else if (text) into[k] = String(raw);
      else {
        const n = typeof raw === 'boolean' ? Number(raw) : raw;
        into[k] = typeof n === 'number' && !Number.isNaN(n) ? n : undefined;
      }
    }
    return into;
  };
  const keyOf = (row: number): SortValue[] => keyInto(row, new Array<SortValue>(keys.length));
  const compare = (a: SortValue[], rowA: number, b: SortValue[], rowB: number): number => {
    for (let k = 0; k < keys.length; k++) {
      const va = a[k];
      const vb = b[k];
      if (va === undefined || vb === undefined) {
        if (va !== vb) return va === undefined ? 1 : -1;
        continue;
      }
      const difference = keys[k]!.text ? collator.compare(va as string, vb as string) : (va as number) - (vb as number);
      if (difference !== 0) return difference * keys[k]!.sign;
    }
    return rowA - rowB;
  };
  return { keyOf, keyInto, compare };
}

/**
 * `kept` with the `inserted` rows (sorted by `order`) at their places: each place by binary
 * search (k log n comparisons), then one copy. Rows that arrive in display order (pages of a
 * load) go after the last one at the cost of one check.
 */
export function mergeSorted(
  kept: readonly string[],
  inserted: readonly InsertedRow[],
  order: RowOrder,
  rowOf: (id: string) => number,
  idOf: (row: number) => string,
): string[] {
  // The key of the row probed is read into one array for the whole merge: a new array per
  // probe was most of what a live flush allocated here.
  const probe: SortValue[] = [];
  const before = (index: number, entry: InsertedRow) => {
    const row = rowOf(kept[index]!);
    return order.compare(order.keyInto(row, probe), row, entry.key, entry.row) < 0;
  };
  const merged = new Array<string>(kept.length + inserted.length);
  let length = 0;
  let from = 0;
  for (const entry of inserted) {
    let low = from;
    let high = kept.length;
    if (high > low && before(high - 1, entry)) low = high;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before(mid, entry)) low = mid + 1;
      else high = mid;
    }
    for (let i = from; i < low; i++) merged[length++] = kept[i]!;
    merged[length++] = idOf(entry.row);
    from = low;
  }
  for (let i = from; i < kept.length; i++) merged[length++] = kept[i]!;
  return merged;
}
