/**
 * Filter value lists with counts, computed by the database: the distinct keys of one column over
 * the rows every *other* active filter lets through (faceting, as the client engine does), then
 * ordered as the client orders them.
 */
import type { SessionQuery } from '../model/query.js';
import type { ValueListEntry } from '../engine/query/index.js';
import { type CompileOptions, type CompiledSql, whereSql } from './compile-query.js';
import { sqlColumn } from './sql-columns.js';
import { SqlParams } from './sql-params.js';

/**
 * SQL returning `key`, `label`, `count` rows for one column; `undefined` for unknown columns.
 * Operators, groups and chatbots are labelled with their current names from the `participants`
 * table (see `schemaSql`), which `upsertSessionsSql` keeps up to date.
 */
export function compileValueList(columnId: string, query: SessionQuery, options: CompileOptions): CompiledSql | undefined {
  const params = new SqlParams();
  const now = options.now ?? Date.now();
  const column = sqlColumn(columnId, params, now, query.mode === 'live' ? 'live' : 'history');
  if (!column) return undefined;
  const table = options.table ?? 'sessions';
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Not a plain table name: ${table}`);
  const where = whereSql(query, { ...options, now }, params, columnId).join(' AND ');
  // Labels: a participant's name from `participants`, looked up once per listed id (reading it
  // out of every counted row's jsonb took a third of the time at 1,000,000 sessions under a broad
  // search); for other columns the key itself.
  const labelled = (counted: string) =>
    column.participants
      ? `SELECT c.key, p.name AS label, c.count FROM (${counted}) AS c` +
        ` LEFT JOIN participants AS p ON p.kind = ${params.add(column.participants, 'text')} AND p.id = c.key`
      : `SELECT key, key AS label, count FROM (${counted}) AS c`;
  let text: string;
  if (column.facets && !column.facetScalar) {
    // Rows grouped by their whole list of keys (one short text, hashed as it is), then the few
    // hundred groups taken apart into keys: unnesting every row's array took as long again as the
    // scan itself (1,000,000 sessions under a broad search: 80 ms more than the count; this ~25 ms).
    if (!column.facetSet) throw new Error(`compileValueList: list column ${columnId} has no facetSet`);
    text = labelled(
      `SELECT e.key, sum(g.n)::int AS count FROM (SELECT ${column.facetSet} AS keys, count(*) AS n FROM ${table} WHERE ${where} GROUP BY 1) AS g` +
        ` CROSS JOIN LATERAL jsonb_array_elements_text(g.keys::jsonb) AS e(key) GROUP BY 1`,
    );
  } else if (column.participants && column.facets) {
    text = labelled(`SELECT ${column.facets} AS key, count(*)::int AS count FROM ${table} WHERE ${where} AND ${column.facets} IS NOT NULL GROUP BY 1`);
  } else {
    const value =
      column.type === 'text'
        ? column.value
        : column.type === 'boolean'
          ? `(CASE WHEN ${column.value} THEN 'true' WHEN NOT ${column.value} THEN 'false' END)`
          : `(${column.value})::text`;
    text =
      `SELECT v AS key, v AS label, count(*)::int AS count FROM (SELECT ${value} AS v FROM ${table} WHERE ${where}) AS t` +
      ` WHERE v IS NOT NULL AND v <> '' GROUP BY 1`;
  }
  return { text, values: params.values };
}

export interface ValueListRow {
  key: string;
  /** `null` for a participant missing from `participants`. */
  label: string | null;
  count: number;
}

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string | undefined): Intl.Collator {
  const key = locale ?? '';
  let collator = collators.get(key);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true });
    collators.set(key, collator);
  }
  return collator;
}

/**
 * The rows as the client lists them: selected values kept even at zero, by count then label in
 * the viewer's collation, the most frequent `limit` (selected ones always kept).
 */
export function finishValueList(
  rows: readonly ValueListRow[],
  columnId: string,
  query: SessionQuery,
  options: { locale?: string; limit?: number } = {},
): ValueListEntry[] {
  const own = query.filters?.[columnId];
  const selected = new Set(own && own.kind === 'values' && Array.isArray(own.values) ? own.values.map(String) : []);
  // A participant missing from `participants` (rows written around the server) shows its id.
  const entries: ValueListEntry[] = rows.map((row) => ({ key: row.key, label: row.label ?? row.key, count: Number(row.count), selected: selected.has(row.key) }));
  const listed = new Set(entries.map((entry) => entry.key));
  for (const key of selected) if (!listed.has(key)) entries.push({ key, label: key, count: 0, selected: true });
  const collator = collatorFor(options.locale);
  entries.sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
  if (options.limit === undefined || entries.length <= options.limit) return entries;
  const kept = entries.slice(0, Math.max(0, options.limit));
  for (const entry of entries.slice(kept.length)) if (entry.selected) kept.push(entry);
  return kept;
}
