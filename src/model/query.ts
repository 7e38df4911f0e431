/**
 * The query a view applies: serialisable (plain JSON), so it can travel to a worker,
 * to a host's back end (`serverQuery`) and into a shareable URL.
 */

export const MODES = ['history', 'live'] as const;
export type Mode = (typeof MODES)[number];

/** In the order the time filter offers them. */
export const TIME_PRESETS = ['today', 'yesterday', 'last-7-days', 'last-30-days'] as const;
export type TimePreset = (typeof TIME_PRESETS)[number];

/** Time range: a preset (resolved in the viewer's time zone when applied) or explicit bounds. */
export interface TimeFilter {
  kind: 'time';
  preset?: TimePreset;
  /** Inclusive lower bound, epoch ms. */
  from?: number;
  /** Exclusive upper bound, epoch ms. */
  to?: number;
}

/** OR within the list: the row matches when its value (or one of its values) is listed. */
export interface ValuesFilter {
  kind: 'values';
  values: string[];
}

/** In the order the text filter offers them. */
export const TEXT_OPERATORS = ['contains', 'equals', 'prefix', 'present'] as const;
export type TextOperator = (typeof TEXT_OPERATORS)[number];

export interface TextFilter {
  kind: 'text';
  op: TextOperator;
  /** Ignored for `present`. */
  value: string;
}

export interface RangeFilter {
  kind: 'range';
  min?: number;
  max?: number;
}

export interface BooleanFilter {
  kind: 'boolean';
  value: boolean;
}

export type ColumnFilter = TimeFilter | ValuesFilter | TextFilter | RangeFilter | BooleanFilter;
export type FilterKind = ColumnFilter['kind'];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export interface SortSpec {
  column: string;
  direction: SortDirection;
}

export interface SessionQuery {
  mode: Mode;
  /** One filter per column id; AND across columns. */
  filters: Record<string, ColumnFilter>;
  /** First entry sorts first; later ones break ties. */
  sort: SortSpec[];
  /** Full-text search in content; empty = none. */
  search: string;
}

export const DEFAULT_QUERY: SessionQuery = {
  mode: 'history',
  filters: {},
  sort: [{ column: 'startedAt', direction: 'desc' }],
  search: '',
};
