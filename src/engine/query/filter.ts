/**
 * Column filters compiled to predicates. AND across columns, OR within one column's value list.
 * A filter that makes no sense for its column (unknown id, empty list, wrong shape) is inactive
 * rather than an error: queries come from URLs and hosts, and a bad one must not blank the view.
 */
import { columnById, type ColumnDef, type FacetValue } from '../../model/columns.js';
import { isLive, type SessionSummary } from '../../model/session.js';
import type { ColumnFilter, Mode, TextFilter } from '../../model/query.js';
import { foldText } from '../search/normalize.js';
import { resolveTimeFilter } from './time-zone.js';

/** Where and when the query is evaluated. */
export interface QueryContext {
  /** Viewer locale (BCP 47), for collation and labels. */
  locale: string;
  /** Viewer time zone (IANA); presets like "today" are days in this zone. */
  timeZone?: string;
}

/** Decides one row; `foldedValue` is the column's value folded once and cached by the caller. */
export type RowPredicate = (session: SessionSummary, now: number, foldedValue: () => string | undefined) => boolean;

/** The key a facet value is filtered by: enum keys as they are, participants by id. */
export function facetKey(value: FacetValue): string {
  return typeof value === 'string' ? value : value.id;
}

/** Keys a session has in a column: its facets, or its plain value as text for facet-less columns. */
export function rowKeys(column: ColumnDef, session: SessionSummary, now: number): readonly string[] {
  if (column.facets) return column.facets(session).map(facetKey);
  const value = column.value(session, now);
  return value === undefined || value === '' ? [] : [String(value)];
}

function textPredicate(column: ColumnDef, filter: TextFilter): RowPredicate | undefined {
  const needle = typeof filter.value === 'string' ? foldText(filter.value.trim()) : '';
  switch (filter.op) {
    case 'present':
      return (session, now) => {
        const value = column.value(session, now);
        return value !== undefined && value !== '';
      };
    case 'equals':
      if (needle === '') return undefined;
      return (_s, _n, folded) => folded() === needle;
    case 'prefix':
      if (needle === '') return undefined;
      return (_s, _n, folded) => folded()?.startsWith(needle) === true;
    case 'contains':
      if (needle === '') return undefined;
      return (_s, _n, folded) => folded()?.includes(needle) === true;
    default:
      return undefined;
  }
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Compiles one column's filter; `undefined` when it filters nothing (inactive or invalid). */
export function compileFilter(
  columnId: string,
  filter: ColumnFilter | undefined,
  now: number,
  ctx: QueryContext,
): RowPredicate | undefined {
  const column = columnById(columnId);
  if (!column || !filter || typeof filter !== 'object') return undefined;
  switch (filter.kind) {
    case 'time': {
      const { from, to } = resolveTimeFilter(filter, now, ctx.timeZone);
      if (from === -Infinity && to === Infinity) return undefined;
      return (session, at) => {
        const value = column.value(session, at);
        return isFiniteNumber(value) && value >= from && value < to;
      };
    }
    case 'values': {
      if (!Array.isArray(filter.values) || filter.values.length === 0) return undefined;
      const wanted = new Set(filter.values.map(String));
      return (session, at) => rowKeys(column, session, at).some((key) => wanted.has(key));
    }
    case 'text':
      return textPredicate(column, filter);
    case 'range': {
      const min = isFiniteNumber(filter.min) ? filter.min : -Infinity;
      const max = isFiniteNumber(filter.max) ? filter.max : Infinity;
      if (min === -Infinity && max === Infinity) return undefined;
      return (session, at) => {
        const value = column.value(session, at);
        return isFiniteNumber(value) && value >= min && value <= max;
      };
    }
    case 'boolean': {
      if (typeof filter.value !== 'boolean') return undefined;
      const wanted = filter.value;
      return (session, at) => Boolean(column.value(session, at)) === wanted;
    }
    default:
      return undefined;
  }
}

/** The mode as a row predicate: live shows sessions not yet ended, history the ended ones. */
export function modeMatches(mode: Mode, session: SessionSummary): boolean {
  return mode === 'live' ? isLive(session) : !isLive(session);
}

/** A column's value folded for text filters (lower-case, no diacritics). */
export function foldedColumnValue(column: ColumnDef, session: SessionSummary, now: number): string | undefined {
  const value = column.value(session, now);
  return value === undefined ? undefined : foldText(String(value));
}
