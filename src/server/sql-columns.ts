/**
 * The column catalogue in SQL: for each column id of `src/model/columns.ts`, the expression of
 * its raw value (what filters compare), its folded text (text filters), its sort expression and
 * its facets (value filters and value lists). Column names come only from this table, never from
 * the query, so a column id is a lookup key and not SQL.
 */
import { PARAMETER_COLUMN_PREFIX } from '../model/columns.js';
import { sortKeyColumn, type ParticipantRow } from './session-row.js';
import type { Mode } from '../model/query.js';
import type { SqlParams, SqlType } from './sql-params.js';

export type ValueType = 'text' | 'number' | 'boolean';

export interface SqlColumn {
  /** Expression of the raw value; NULL where the engine sees `undefined`. */
  value: string;
  type: ValueType;
  /** SQL type of `value` and `sort`, for typed keyset parameters. */
  sqlType: SqlType;
  /** Folded (lower-case, no diacritics) text of the value, for text filters. */
  folded?: string;
  /** What ORDER BY uses: a collation key for text, the value otherwise. */
  sort: string;
  sortType: SqlType;
  /** Keys a `values` filter matches: a text[] expression (with its `facetSet`), or a scalar when `facetScalar`. */
  facets?: string;
  facetScalar?: boolean;
  /**
   * For value lists of participants: their kind in the `participants` table, where the labels
   * (current names) are looked up once per listed id instead of read from every row counted.
   */
  participants?: ParticipantRow['kind'];
  /**
   * For value lists of a list column: a text column with the keys as a JSON array. Rows grouped
   * by that one short text are counted much faster than by unnesting an array per row.
   */
  facetSet?: string;
  /**
   * The value is never NULL: keyset paging can bound an index scan by it, and ORDER BY takes the
   * NULLS clause its index has in the requested direction (see `nullsPlacement`).
   */
  notNull?: boolean;
  /** The sort index of a `notNull` column is declared DESC (read forwards for a descending sort). */
  indexDescending?: boolean;
}

function text(name: string, columnId: string, folded = true): SqlColumn {
  return {
    value: name,
    type: 'text',
    sqlType: 'text',
    ...(folded ? { folded: `(folded->>'${columnId}')` } : {}),
    sort: sortKeyColumn(columnId),
    sortType: 'text',
  };
}

function enumeration(name: string, columnId: string): SqlColumn {
  return { ...text(name, columnId, false), facets: name, facetScalar: true };
}

function number(expression: string, sqlType: SqlType = 'bigint'): SqlColumn {
  return { value: expression, type: 'number', sqlType, sort: expression, sortType: sqlType };
}

function bool(expression: string): SqlColumn {
  return { value: expression, type: 'boolean', sqlType: 'boolean', sort: expression, sortType: 'boolean' };
}

function people(columnId: ParticipantRow['kind'], ids: string, list: string): SqlColumn {
  return {
    value: `(${list}->0->>'name')`,
    type: 'text',
    sqlType: 'text',
    sort: sortKeyColumn(columnId),
    sortType: 'text',
    facets: ids,
    participants: columnId,
  };
}

/** Duration of ended sessions: the expression the history index is built on. */
export const ENDED_DURATION_SQL = '(GREATEST(0, COALESCE(ended_at, started_at) - started_at))';

/**
 * Duration as the engine computes it: live sessions measured to `now`. History holds only ended
 * sessions, where `now` plays no part, so it gets the indexed expression without a parameter.
 */
function durationColumn(params: SqlParams, now: number, mode: Mode | undefined): SqlColumn {
  if (mode === 'history') return number(ENDED_DURATION_SQL);
  const at = params.add(now, 'bigint');
  return number(`GREATEST(0, COALESCE(ended_at, CASE WHEN state = 'ended' THEN started_at ELSE ${at} END) - started_at)`);
}

const STATIC: Record<string, SqlColumn> = {
  startedAt: { ...number('started_at'), notNull: true, indexDescending: true },
  state: enumeration('state', 'state'),
  clientName: text('client_name', 'clientName'),
  channel: enumeration('channel', 'channel'),
  operator: { ...people('operator', 'handler_ids', 'handlers'), facetSet: 'handler_set' },
  endReason: enumeration('end_reason', 'endReason'),
  id: text('id', 'id'),
  endedAt: number('ended_at'),
  waitTime: number('(CASE WHEN accepted_at IS NULL THEN NULL ELSE GREATEST(0, accepted_at - started_at) END)'),
  group: { ...people('group', 'group_id', 'grp'), facetScalar: true },
  chatbot: { ...people('chatbot', 'chatbot_id', 'chatbot'), facetScalar: true },
  pageUrl: text('page_url', 'pageUrl'),
  clientEmail: text('client_email', 'clientEmail'),
  clientPhone: text('client_phone', 'clientPhone'),
  language: enumeration('language', 'language'),
  rating: number('rating', 'float8'),
  tags: { ...text(`NULLIF(array_to_string(tags, ', '), '')`, 'tags', false), facets: 'tags', facetSet: 'tag_set' },
  messageCount: { ...number('message_count', 'int'), notNull: true },
  lastMessageAt: number('last_message_at'),
  lastMessagePreview: text('last_message_preview', 'lastMessagePreview'),
  hasRecording: bool('has_recording'),
  hasNotes: bool('(note_count > 0)'),
  noteCount: { ...number('note_count', 'int'), notNull: true },
};

/** A host parameter column: the name is bound as a parameter, never spliced into the SQL. */
function parameterColumn(name: string, params: SqlParams): SqlColumn {
  const key = params.add(name, 'text');
  return {
    value: `(parameters->>${key})`,
    type: 'text',
    sqlType: 'text',
    folded: `(parameters_folded->>${key})`,
    sort: `(parameters_keys->>${key}) COLLATE "C"`,
    sortType: 'text',
  };
}

/** The SQL form of a column id, or `undefined` for ids the catalogue does not know. */
export function sqlColumn(columnId: string, params: SqlParams, now: number, mode?: Mode): SqlColumn | undefined {
  if (typeof columnId !== 'string') return undefined;
  if (columnId === 'duration') return durationColumn(params, now, mode);
  if (Object.hasOwn(STATIC, columnId)) return STATIC[columnId];
  if (columnId.startsWith(PARAMETER_COLUMN_PREFIX) && columnId.length > PARAMETER_COLUMN_PREFIX.length) {
    return parameterColumn(columnId.slice(PARAMETER_COLUMN_PREFIX.length), params);
  }
  return undefined;
}

/** Ids with a static SQL form (every catalogue column but `duration`, which depends on `now`). */
export const STATIC_SQL_COLUMN_IDS: readonly string[] = [...Object.keys(STATIC), 'duration'];
