/**
 * A table's layout: which columns, in which order, how wide, sorted how. Validated on load so a
 * stale or hand-edited preference can never break the table.
 */
import { BASIC_COLUMN_IDS, columnById, type SortSpec } from '../../model/index.js';

export interface TableLayout {
  /** Visible column ids in display order. */
  columns: string[];
  /** Widths in CSS pixels for columns the user resized. */
  widths: Record<string, number>;
  sort?: SortSpec[];
}

export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 1200;

export function clampWidth(width: number): number {
  return Math.round(Math.max(MIN_COLUMN_WIDTH, Math.min(MAX_COLUMN_WIDTH, width)));
}

export function defaultLayout(): TableLayout {
  return { columns: [...BASIC_COLUMN_IDS], widths: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function sanitizeSort(value: unknown): SortSpec[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const sort: SortSpec[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || typeof entry['column'] !== 'string' || !columnById(entry['column'])) continue;
    const direction = entry['direction'] === 'desc' ? 'desc' : 'asc';
    if (!sort.some((spec) => spec.column === entry['column'])) sort.push({ column: entry['column'], direction });
  }
  return sort;
}

/** A valid layout from anything, or `undefined` when nothing usable is there. */
export function sanitizeLayout(value: unknown): TableLayout | undefined {
  if (!isRecord(value) || !Array.isArray(value['columns'])) return undefined;
  const columns = [
    ...new Set(value['columns'].filter((id): id is string => typeof id === 'string' && columnById(id) !== undefined)),
  ];
  if (columns.length === 0) return undefined;
  const widths: Record<string, number> = {};
  if (isRecord(value['widths'])) {
    for (const [id, width] of Object.entries(value['widths'])) {
      if (typeof width === 'number' && Number.isFinite(width) && columnById(id)) widths[id] = clampWidth(width);
    }
  }
  const sort = sanitizeSort(value['sort']);
  return sort ? { columns, widths, sort } : { columns, widths };
}

export function columnWidth(layout: TableLayout, id: string): number {
  return layout.widths[id] ?? columnById(id)?.width ?? 140;
}
