/**
 * Column filters as SQL conditions, with the client engine's semantics (src/engine/query/filter.ts):
 * AND across columns, OR within a value list, text compared folded, a filter that makes no sense
 * for its column inactive rather than an error. Every value is a bound parameter.
 */
import type { ColumnFilter, Mode, TextFilter } from '../model/query.js';
import { foldText } from '../engine/search/index.js';
import { resolveTimeFilter } from '../engine/query/index.js';
import { escapeLike, type SqlParams } from './sql-params.js';
import { sqlColumn, type SqlColumn } from './sql-columns.js';

export interface FilterContext {
  params: SqlParams;
  /** Epoch ms the query is evaluated at (time presets, live durations). */
  now: number;
  /** Viewer's IANA time zone: "today" is a day there. */
  timeZone?: string;
  /** The query's mode (history lets live-only expressions drop out). */
  mode?: Mode;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** The value as the engine's `String(value)`, for text comparisons of non-text columns. */
function valueAsText(column: SqlColumn): string {
  if (column.type === 'text') return column.value;
  if (column.type === 'boolean') return `(CASE WHEN ${column.value} THEN 'true' WHEN NOT ${column.value} THEN 'false' END)`;
  return `(${column.value})::text`;
}

function foldedValue(column: SqlColumn): string {
  // Numbers and booleans fold to themselves (digits and ASCII letters).
  return column.folded ?? valueAsText(column);
}

function present(column: SqlColumn): string {
  return column.type === 'text' ? `COALESCE(${column.value} <> '', false)` : `(${column.value} IS NOT NULL)`;
}

function textCondition(column: SqlColumn, filter: TextFilter, params: SqlParams): string | undefined {
  if (filter.op === 'present') return present(column);
  const needle = typeof filter.value === 'string' ? foldText(filter.value.trim()) : '';
  if (needle === '') return undefined;
  const folded = foldedValue(column);
  switch (filter.op) {
    // Bare comparisons (NULL is not a match in WHERE), so the folded-value indexes apply.
    case 'equals':
      return `${folded} = ${params.add(needle, 'text')}`;
    case 'prefix':
      return `${folded} LIKE ${params.add(`${escapeLike(needle)}%`, 'text')}`;
    case 'contains':
      return `${folded} LIKE ${params.add(`%${escapeLike(needle)}%`, 'text')}`;
    default:
      return undefined;
  }
}

/**
 * One bound of a range. An integer column gets an integer bound of its own type: `started_at >=
 * $1::float8` casts every row to float8, so the bound is only a filter and an index scan reads on
 * past it (an export of the newest 100,000 of 1,000,000 sessions walked all the older ones);
 * `started_at >= $1::bigint` is an index condition. For an integer x, x ≥ f ⇔ x ≥ ⌈f⌉,
 * x < f ⇔ x < ⌈f⌉ and x ≤ f ⇔ x ≤ ⌊f⌋, so the rows are the same.
 */
function rangeBound(column: SqlColumn, params: SqlParams, op: '>=' | '<' | '<=', value: number): string {
  if (column.sqlType === 'bigint' || column.sqlType === 'int') {
    const bound = op === '<=' ? Math.floor(value) : Math.ceil(value);
    if (Number.isSafeInteger(bound)) return `${column.value} ${op} ${params.add(bound, 'bigint')}`;
  }
  return `${column.value} ${op} ${params.add(value, 'float8')}`;
}

function numberBetween(column: SqlColumn, params: SqlParams, from: number, to: number, toInclusive: boolean): string {
  // Strings and booleans are never finite numbers to the engine.
  if (column.type !== 'number') return 'false';
  const parts = [`${column.value} IS NOT NULL`];
  if (from !== -Infinity) parts.push(rangeBound(column, params, '>=', from));
  if (to !== Infinity) parts.push(rangeBound(column, params, toInclusive ? '<=' : '<', to));
  return `(${parts.join(' AND ')})`;
}

function valuesCondition(column: SqlColumn, values: readonly string[], params: SqlParams): string {
  const list = params.add(values, 'text[]');
  if (column.facets && !column.facetScalar) return `(${column.facets} && ${list})`;
  if (column.facets) return `${column.facets} = ANY(${list})`;
  const asText = valueAsText(column);
  return `COALESCE(${asText} <> '' AND ${asText} = ANY(${list}), false)`;
}

function truthy(column: SqlColumn): string {
  if (column.type === 'boolean') return `COALESCE(${column.value}, false)`;
  if (column.type === 'number') return `COALESCE(${column.value} <> 0, false)`;
  return `COALESCE(${column.value} <> '', false)`;
}

/** One column's filter as a condition; `undefined` when it filters nothing (inactive or invalid). */
export function compileFilterSql(columnId: string, filter: ColumnFilter | undefined, ctx: FilterContext): string | undefined {
  if (!filter || typeof filter !== 'object') return undefined;
  const params = ctx.params.fork();
  const condition = filterCondition(columnId, filter, { ...ctx, params });
  if (condition !== undefined) ctx.params.commit(params);
  return condition;
}

function filterCondition(columnId: string, filter: ColumnFilter, ctx: FilterContext): string | undefined {
  const column = sqlColumn(columnId, ctx.params, ctx.now, ctx.mode);
  if (!column) return undefined;
  switch (filter.kind) {
    case 'time': {
      const { from, to } = resolveTimeFilter(filter, ctx.now, ctx.timeZone);
      if (from === -Infinity && to === Infinity) return undefined;
      return numberBetween(column, ctx.params, from, to, false);
    }
    case 'values': {
      if (!Array.isArray(filter.values) || filter.values.length === 0) return undefined;
      return valuesCondition(column, filter.values.map(String), ctx.params);
    }
    case 'text':
      return textCondition(column, filter, ctx.params);
    case 'range': {
      const min = isFiniteNumber(filter.min) ? filter.min : -Infinity;
      const max = isFiniteNumber(filter.max) ? filter.max : Infinity;
      if (min === -Infinity && max === Infinity) return undefined;
      return numberBetween(column, ctx.params, min, max, true);
    }
    case 'boolean': {
      if (typeof filter.value !== 'boolean') return undefined;
      return filter.value ? truthy(column) : `NOT ${truthy(column)}`;
    }
    default:
      return undefined;
  }
}

/** Live shows sessions not yet ended, history the ended ones. */
export function modeSql(mode: Mode): string {
  return mode === 'live' ? `state <> 'ended'` : `state = 'ended'`;
}

/** Every active filter but `skipColumn`'s, ANDed (value lists skip their own column). */
export function filtersSql(filters: Record<string, ColumnFilter> | undefined, ctx: FilterContext, skipColumn?: string): string[] {
  const conditions: string[] = [];
  if (!filters || typeof filters !== 'object') return conditions;
  for (const [columnId, filter] of Object.entries(filters)) {
    if (columnId === skipColumn) continue;
    const condition = compileFilterSql(columnId, filter, ctx);
    if (condition) conditions.push(condition);
  }
  return conditions;
}
