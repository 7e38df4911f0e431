/**
 * The view query as parameterised SQL over the reference schema (see schema.ts): filters, mode,
 * full-text search, sort with a unique tie-breaker, and offset or keyset paging. The SQL text is
 * built only from this module's own fragments and the column table; every value the query
 * carries (filter values, parameter names, search text, bounds, cursors) is a bound parameter.
 */
import type { SessionQuery } from '../model/query.js';
import { filtersSql, modeSql, type FilterContext } from './compile-filter.js';
import { firstKeyMayBeMissing, keysetSql, orderBySql, presentFirstKey, sortTerms, sortValuesSql, type SortTerm } from './compile-sort.js';
import type { ServerSearch } from './search.js';
import { SqlParams } from './sql-params.js';

export interface CompileOptions {
  dialect: 'postgres';
  /** The table (or view) holding session rows. Must be a trusted identifier. Default `sessions`. */
  table?: string;
  /** Epoch ms the query is evaluated at: time presets and live durations. Default `Date.now()`. */
  now?: number;
  /** Viewer's IANA time zone for presets ("today" in Prague). Default: the runtime's zone. */
  timeZone?: string;
  /** Needed when the query has a search text (`createServerSearch()`). */
  search?: ServerSearch;
  /** Offset paging: rows to skip. */
  offset?: number;
  /** Keyset paging: the `sort_values` of the last row of the previous page. Wins over `offset`. */
  after?: readonly unknown[];
  /** Page size. Default 100, at most 10,000. */
  limit?: number;
  /**
   * Every matching row, without LIMIT and OFFSET: for a server-side cursor that reads them in
   * batches (a streamed export), where one plan and one index scan replace a query per page.
   */
  unbounded?: boolean;
  /**
   * Only sessions started in `[from, to)` (either end may be open). A server splits one count or
   * value list into such ranges to run them on several connections at once and sums the results.
   */
  startedIn?: { from?: number; to?: number };
}

export interface CompiledSql {
  text: string;
  values: unknown[];
}

export interface CompiledQuery extends CompiledSql {
  /** Counts every row the query matches (for `total`). */
  count: CompiledSql;
}

export const MAX_PAGE_SIZE = 10_000;

function identifier(name: string | undefined): string {
  const table = name ?? 'sessions';
  if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(table)) throw new Error(`Not a plain table name: ${table}`);
  return table;
}

/** The WHERE conditions of a query (mode, filters but `skipColumn`, search). */
export function whereSql(query: SessionQuery, options: CompileOptions, params: SqlParams, skipColumn?: string): string[] {
  const ctx: FilterContext = { params, now: options.now ?? Date.now(), mode: query.mode === 'live' ? 'live' : 'history' };
  if (options.timeZone) ctx.timeZone = options.timeZone;
  const conditions = [modeSql(ctx.mode!), ...filtersSql(query.filters, ctx, skipColumn)];
  const range = options.startedIn;
  if (range?.from !== undefined) conditions.push(`started_at >= ${params.add(Math.floor(range.from), 'bigint')}`);
  if (range?.to !== undefined) conditions.push(`started_at < ${params.add(Math.floor(range.to), 'bigint')}`);
  const text = typeof query.search === 'string' ? query.search.trim() : '';
  if (text !== '') {
    if (!options.search) throw new Error('compileQuery: a search text needs options.search (createServerSearch())');
    const compiled = options.search.compileSearch(text);
    if (compiled?.tsquery === null) conditions.push('false');
    else if (compiled) conditions.push(`search @@ ${params.add(compiled.tsquery, 'tsquery')}`);
  }
  return conditions;
}

/**
 * One page of the query. Rows have `summary` (the session as JSON) and `sort_values` (pass the
 * last row's to `after` for the next page).
 */
export function compileQuery(query: SessionQuery, options: CompileOptions): CompiledQuery {
  if (options.dialect !== 'postgres') throw new Error(`Unsupported dialect ${String(options.dialect)}`);
  const table = identifier(options.table);
  const now = options.now ?? Date.now();
  const resolved = { ...options, now };
  const countParams = new SqlParams();
  const countWhere = whereSql(query, resolved, countParams);
  const params = new SqlParams();
  const where = whereSql(query, resolved, params);
  const terms = sortTerms(query.sort, params, now, query.mode === 'live' ? 'live' : 'history');
  const limit = Math.max(0, Math.min(MAX_PAGE_SIZE, Math.floor(options.limit ?? 100)));
  const offset = options.after ? 0 : Math.max(0, Math.floor(options.offset ?? 0));
  // Descending (or after a cursor with the key, either direction): see `missingApartSql`.
  const apart = !options.unbounded && firstKeyMayBeMissing(terms) && (options.after ? options.after[0] != null : offset + limit <= MISSING_APART_ROWS && terms[0]!.descending);
  if (apart) {
    return { text: missingApartSql(table, where, terms, { limit, offset, after: options.after }, params), values: params.values, count: countSql(table, countWhere, countParams) };
  }
  if (options.after) where.push(keysetSql(terms, options.after, params));
  const orderBy = orderBySql(terms);
  const window = options.unbounded ? `ORDER BY ${orderBy}` : `ORDER BY ${orderBy} LIMIT ${params.add(limit, 'int')} OFFSET ${params.add(offset, 'bigint')}`;
  // A jump deep into the list skips its rows by key only (an index scan that never reads the
  // large summary column), then fetches the page's rows: a "deferred join".
  const text =
    offset > 0 && !options.unbounded
      ? `SELECT summary, ${sortValuesSql(terms)} AS sort_values FROM ${table}` +
        ` JOIN (SELECT id, started_at FROM ${table} WHERE ${where.join(' AND ')} ${window}) AS page USING (id, started_at)` +
        ` ORDER BY ${orderBy}`
      : `SELECT summary, ${sortValuesSql(terms)} AS sort_values FROM ${table} WHERE ${where.join(' AND ')} ${window}`;
  return { text, values: params.values, count: countSql(table, countWhere, countParams) };
}

function countSql(table: string, where: readonly string[], params: SqlParams): CompiledSql {
  return { text: `SELECT count(*)::int AS total FROM ${table} WHERE ${where.join(' AND ')}`, values: params.values };
}

/** Offset pages that end within this many rows are read in two parts (see `missingApartSql`). */
const MISSING_APART_ROWS = 10_000;

/**
 * A page read in two parts: the rows that have the first sort key, then those without it.
 * Descending by a key that can be missing (a text column, the end time), the order puts missing
 * values last, where the key's index read backwards has them first: PostgreSQL sorted every
 * matching row instead (1,000,000 sessions: about 600 ms for the first page). Here the first rows
 * of those with the key and of those without it are each read from the index, then the page is cut
 * from both (at most twice `offset + limit` rows, hence only for pages near the top); `missing`
 * orders the two parts. After
 * a row that has the key (keyset paging, either direction), the part with the key starts at the
 * cursor and every row without it follows: a range scan of the index where the keyset condition,
 * with its "or missing" alternative, had read it from the start (7.4 s at 1,000,000 sessions).
 */
function missingApartSql(table: string, where: readonly string[], terms: readonly SortTerm[], page: { limit: number; offset: number; after: readonly unknown[] | undefined }, params: SqlParams): string {
  const first = terms[0]!.expression;
  const present = presentFirstKey(terms);
  const keys = terms.map((term, i) => `${term.expression} AS k${i}`).join(', ');
  const enough = params.add(page.offset + page.limit, 'int');
  const presentWhere = [...where, `${first} IS NOT NULL`, ...(page.after ? [keysetSql(present, page.after, params)] : [])];
  const part = (missing: boolean) =>
    `(SELECT summary, ${sortValuesSql(terms)} AS sort_values, ${missing} AS missing, ${keys} FROM ${table}` +
    ` WHERE ${(missing ? [...where, `${first} IS NULL`] : presentWhere).join(' AND ')}` +
    ` ORDER BY ${orderBySql(missing ? terms.slice(1) : present)} LIMIT ${enough})`;
  const outer = orderBySql(present.map((term, i) => ({ ...term, expression: `k${i}` })));
  return `SELECT summary, sort_values FROM (${part(false)} UNION ALL ${part(true)}) AS parts ORDER BY missing, ${outer} LIMIT ${params.add(page.limit, 'int')} OFFSET ${params.add(page.offset, 'bigint')}`;
}
