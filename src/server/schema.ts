/**
 * The reference schema: sessions partitioned by month of their start, derived columns for every
 * filter and sort of the catalogue with their indexes, the analysed search terms in a GIN-indexed
 * tsvector, transcripts and notes in their own tables, a change log for live updates (its id is
 * the SSE event id, so a reconnecting client resumes exactly where it stopped) and an
 * idempotency-key table so each mutation is applied at most once per key.
 */
import { SESSION_ROW_COLUMNS, sortKeyColumn, TEXT_SORT_COLUMNS, type SessionRow } from './session-row.js';
import { ENDED_DURATION_SQL } from './sql-columns.js';

/**
 * Indexes for every filter and sort of the catalogue (idempotent). A bulk load creates them
 * after the rows are in: building an index once is much cheaper than maintaining it row by row.
 * Lookups by id use the primary key, which starts with it.
 */
export function indexesSql(): string {
  const sortKeyIndexes = TEXT_SORT_COLUMNS.map(
    (id) => `CREATE INDEX IF NOT EXISTS sessions_${sortKeyColumn(id)} ON sessions (state, ${sortKeyColumn(id)}, id COLLATE "C") INCLUDE (started_at);`,
  ).join('\n');
  return `
CREATE INDEX IF NOT EXISTS sessions_started ON sessions (started_at DESC NULLS LAST, id COLLATE "C");
CREATE INDEX IF NOT EXISTS sessions_state_started ON sessions (state, started_at DESC NULLS LAST, id COLLATE "C");
CREATE INDEX IF NOT EXISTS sessions_ended ON sessions (ended_at);
CREATE INDEX IF NOT EXISTS sessions_last_message ON sessions (last_message_at);
CREATE INDEX IF NOT EXISTS sessions_channel ON sessions (channel);
CREATE INDEX IF NOT EXISTS sessions_end_reason ON sessions (end_reason);
CREATE INDEX IF NOT EXISTS sessions_language ON sessions (language);
CREATE INDEX IF NOT EXISTS sessions_group ON sessions (group_id);
CREATE INDEX IF NOT EXISTS sessions_chatbot ON sessions (chatbot_id);
CREATE INDEX IF NOT EXISTS sessions_rating ON sessions (rating);
CREATE INDEX IF NOT EXISTS sessions_duration ON sessions (state, ${ENDED_DURATION_SQL}, id COLLATE "C");
CREATE INDEX IF NOT EXISTS sessions_wait ON sessions ((CASE WHEN accepted_at IS NULL THEN NULL ELSE GREATEST(0, accepted_at - started_at) END));
CREATE INDEX IF NOT EXISTS sessions_message_count ON sessions (state, message_count, id COLLATE "C") INCLUDE (started_at);
CREATE INDEX IF NOT EXISTS sessions_note_count ON sessions (state, note_count, id COLLATE "C") INCLUDE (started_at);
CREATE INDEX IF NOT EXISTS sessions_handlers ON sessions USING gin (handler_ids);
CREATE INDEX IF NOT EXISTS sessions_tags ON sessions USING gin (tags);
CREATE INDEX IF NOT EXISTS sessions_search ON sessions USING gin (search);
CREATE INDEX IF NOT EXISTS sessions_client_name ON sessions ((folded->>'clientName') text_pattern_ops);
CREATE INDEX IF NOT EXISTS sessions_client_email ON sessions ((folded->>'clientEmail') text_pattern_ops);
CREATE INDEX IF NOT EXISTS sessions_client_phone ON sessions ((folded->>'clientPhone') text_pattern_ops);
${sortKeyIndexes}
`;
}

/**
 * The planner charges the full-text match (`@@`) one operator cost per row, as if it were a
 * comparison. On `sessions` each evaluation during a sequential scan first fetches the row's search
 * vector from TOAST (it is ~600 bytes, stored out of line), a cost the planner never sees: at 100k
 * sessions it chose a sequential scan reading 57,500 pages over the GIN bitmap plan reading 24,700
 * for a filter + search count or value list (2–3× the time). Ten operator costs make it choose the
 * index as soon as a search is selective; plans without a search are unchanged. Changing a
 * built-in function's cost needs its owner (a superuser); without that right the default stays.
 *
 * Opt-in, not part of `schemaSql()`: the cost is the whole database's (every `@@` query of every
 * schema in it is planned with it) and `pg_dump` does not carry it, so a host runs it on a
 * database of its own, again after a restore or upgrade (the reference server does at each start).
 */
export function searchCostSql(): string {
  return `DO $$ BEGIN
  ALTER FUNCTION ts_match_vq(tsvector, tsquery) COST 10;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'session-view: the cost of ts_match_vq stays at its default (altering it needs its owner)';
END $$;`;
}

/**
 * Tables and the default partition (idempotent); see `indexesSql` for the indexes.
 *
 * Column order is for the scans, not for reading: a row's columns are found one after the other
 * up to the last one a statement needs, and each further cache line of the row costs a count or
 * value list a memory read per row. The fixed-size ones come first, then the mode and the short
 * keys value lists count (the operators' and tags' sets, the scalar ids), then the arrays filters
 * test, and the wide documents last. At 1,000,000 sessions, reading `handler_ids` as the 23rd
 * column was a fifth of a value list's time, and the group list, with `group_id` behind the arrays
 * and the operators' jsonb, took 25–45 ms more than the count (about 25 now).
 *
 * Documents that are only ever read back whole (a session's summary, a message, a note, the
 * routing details) are `json`, not `jsonb`: the text is checked and stored as it is, where jsonb
 * would build a binary tree on the way in and print it again on the way out. Loading 22 messages
 * per session, that parsing was half of the COPY's time. Columns SQL looks into (`folded`,
 * `parameters`, …) stay jsonb.
 */
export function schemaSql(): string {
  return `CREATE TABLE IF NOT EXISTS sessions (
  started_at bigint NOT NULL,
  version bigint NOT NULL,
  message_count int NOT NULL,
  note_count int NOT NULL,
  has_recording boolean NOT NULL,
  state text NOT NULL,
  channel text NOT NULL,
  handler_set text COLLATE "C" NOT NULL,
  tag_set text COLLATE "C" NOT NULL,
  group_id text,
  chatbot_id text,
  end_reason text,
  language text,
  handler_ids text[] NOT NULL,
  tags text[] NOT NULL,
  handlers jsonb NOT NULL,
  grp jsonb NOT NULL,
  chatbot jsonb NOT NULL,
  id text COLLATE "C" NOT NULL,
  ended_at bigint,
  accepted_at bigint,
  last_message_at bigint,
  rating float8,
  client_name text NOT NULL,
  client_email text,
  client_phone text,
  page_url text,
  last_message_preview text,
  parameters jsonb NOT NULL,
  parameters_folded jsonb NOT NULL,
  parameters_keys jsonb NOT NULL,
  folded jsonb NOT NULL,
${TEXT_SORT_COLUMNS.map((id) => `  ${sortKeyColumn(id)} text COLLATE "C",`).join('\n')}
  search tsvector NOT NULL,
  summary json NOT NULL,
  PRIMARY KEY (id, started_at)
) PARTITION BY RANGE (started_at);
CREATE TABLE IF NOT EXISTS sessions_default PARTITION OF sessions DEFAULT;
CREATE TABLE IF NOT EXISTS messages (
  session_id text COLLATE "C" NOT NULL,
  seq int NOT NULL,
  at bigint NOT NULL,
  body json NOT NULL,
  PRIMARY KEY (session_id, seq)
);
CREATE TABLE IF NOT EXISTS participants (
  kind text NOT NULL,
  id text COLLATE "C" NOT NULL,
  name text NOT NULL,
  named_at bigint NOT NULL,
  PRIMARY KEY (kind, id)
);
CREATE TABLE IF NOT EXISTS notes (
  id text COLLATE "C" PRIMARY KEY,
  session_id text COLLATE "C" NOT NULL,
  at bigint NOT NULL,
  body json NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_session ON notes (session_id, at);
CREATE TABLE IF NOT EXISTS session_details (
  session_id text COLLATE "C" PRIMARY KEY,
  body json NOT NULL
);
CREATE TABLE IF NOT EXISTS changes (
  seq bigserial PRIMARY KEY,
  at bigint NOT NULL,
  change jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS idempotency_keys (
  key text COLLATE "C" PRIMARY KEY,
  operation text NOT NULL,
  created_at bigint NOT NULL,
  response jsonb
);
`;
}

/**
 * Compressed values in LZ4 instead of PostgreSQL's own pglz, where the server has it (PGlite and
 * builds without lz4 keep pglz; a notice says so). A session row is about 2.3 kB, over the 2 kB
 * from which PostgreSQL compresses its values until it fits (see `storageSql` for which), and
 * compressing them with pglz was 3% of all the work of a bulk load (a 200,000-session load: 65.2 →
 * 62.8 CPU-seconds with LZ4). New month partitions take the setting from `sessions`.
 */
export function compressionSql(): string {
  const compressible = Object.entries(SESSION_COLUMN_TYPES)
    .filter(([, type]) => !FIXED_SIZE_TYPES.has(type))
    .map(([column]) => `ALTER COLUMN ${column} SET COMPRESSION lz4`);
  return `DO $$ BEGIN
  ALTER TABLE sessions ${compressible.join(', ')};
  ALTER TABLE messages ALTER COLUMN body SET COMPRESSION lz4;
  ALTER TABLE notes ALTER COLUMN body SET COMPRESSION lz4;
  ALTER TABLE session_details ALTER COLUMN body SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
  RAISE NOTICE 'session-view: this server has no lz4; compressed values stay pglz';
END $$;`;
}

const FIXED_SIZE_TYPES = new Set(['bigint', 'int', 'float8', 'boolean']);

/**
 * Sort keys, folded texts and parameter keys stay uncompressed in the row (storage MAIN: compressed
 * only when the row cannot fit otherwise). Left to PostgreSQL, which compresses a too-large row's
 * biggest values first, three rows in four had their folded texts, e-mail and end reason keys
 * compressed, and half their page URL and group keys (the summary and search vector stay
 * compressible). A compressed key stays compressed in the index built on it, so every comparison
 * of an index build and of a keyset page decompressed it again: 16% of building the page URL
 * index. Reads through `folded` (text filters, the client name indexes) decompressed it the same way.
 */
export function storageSql(): string {
  const columns = Object.keys(SESSION_COLUMN_TYPES).filter((column) => column.startsWith('sort_') || column === 'folded' || column === 'parameters_keys');
  return `ALTER TABLE sessions ${columns.map((column) => `ALTER COLUMN ${column} SET STORAGE MAIN`).join(', ')};`;
}

/**
 * Columns read only through expressions (`folded->>'clientName'`, the participants' names) or
 * returned whole (`summary`): their own statistics never inform a plan (expression indexes keep
 * theirs), and computing them was a third of each ANALYZE. Run after the partitions are created:
 * a partition created later does not take the setting from its parent.
 */
export function statisticsSql(): string {
  const unused = ['handlers', 'grp', 'chatbot', 'parameters', 'parameters_folded', 'parameters_keys', 'folded', 'summary'];
  return `ALTER TABLE sessions ${unused.map((column) => `ALTER COLUMN ${column} SET STATISTICS 0`).join(', ')};`;
}

const MONTH_NAME = /^\d{4}_\d{2}$/;

/** Partitions for every month from `fromMs` to `toMs` (UTC months), created when missing. */
export function monthPartitionsSql(fromMs: number, toMs: number): string {
  const statements: string[] = [];
  const start = new Date(fromMs);
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  for (;;) {
    const from = Date.UTC(year, month, 1);
    if (from > toMs) break;
    const to = Date.UTC(year, month + 1, 1);
    const name = `${year}_${String(month + 1).padStart(2, '0')}`;
    if (!MONTH_NAME.test(name)) throw new Error(`bad partition ${name}`);
    statements.push(`CREATE TABLE IF NOT EXISTS sessions_${name} PARTITION OF sessions FOR VALUES FROM (${from}) TO (${to});`);
    month++;
    if (month === 12) {
      month = 0;
      year++;
    }
  }
  return statements.join('\n');
}

/**
 * Column types of a session row as the bulk upsert (`jsonb_to_recordset`) and the COPY text read
 * them; `search` arrives as its terms and is stored as a tsvector.
 */
export const SESSION_COLUMN_TYPES: Readonly<Record<string, string>> = {
  id: 'text',
  started_at: 'bigint',
  ended_at: 'bigint',
  accepted_at: 'bigint',
  state: 'text',
  channel: 'text',
  end_reason: 'text',
  language: 'text',
  client_name: 'text',
  client_email: 'text',
  client_phone: 'text',
  page_url: 'text',
  last_message_preview: 'text',
  rating: 'float8',
  message_count: 'int',
  note_count: 'int',
  last_message_at: 'bigint',
  has_recording: 'boolean',
  tags: 'text[]',
  handlers: 'jsonb',
  grp: 'jsonb',
  chatbot: 'jsonb',
  handler_ids: 'text[]',
  handler_set: 'text',
  tag_set: 'text',
  group_id: 'text',
  chatbot_id: 'text',
  parameters: 'jsonb',
  parameters_folded: 'jsonb',
  parameters_keys: 'jsonb',
  folded: 'jsonb',
  ...Object.fromEntries(TEXT_SORT_COLUMNS.map((id) => [sortKeyColumn(id), 'text'])),
  search: 'text[]',
  version: 'bigint',
  summary: 'jsonb',
};

/**
 * Adds the participants of `named` (a query of `kind`, `id`, `name`, `at` rows: `at` is the last
 * activity of the session the name was written with) to `participants`, and renames those whose
 * latest session has another name: an edit of an older session never undoes a rename, a rewrite
 * of the latest one does rename. A participant already known by that name, or by a name from a
 * later session, is left alone without a lock, so the writes of
 * sessions with the same operator do not queue behind each other; a new or renamed one goes
 * through ON CONFLICT, which also settles two writes adding it at once. Rows are taken in key
 * order, so two writes never lock each other's rows in opposite orders.
 */
function participantsUpsert(named: string): string {
  return (
    `, participant AS (SELECT DISTINCT ON (kind, id) kind, id, name, at FROM ${named}` +
    ` WHERE id IS NOT NULL AND name IS NOT NULL ORDER BY kind, id, at DESC, name)` +
    ` INSERT INTO participants AS p (kind, id, name, named_at) SELECT kind, id, name, at FROM participant AS n` +
    ` WHERE NOT EXISTS (SELECT 1 FROM participants AS known WHERE known.kind = n.kind AND known.id = n.id AND (known.name = n.name OR known.named_at > n.at))` +
    ` ORDER BY kind, id` +
    ` ON CONFLICT (kind, id) DO UPDATE SET name = EXCLUDED.name, named_at = EXCLUDED.named_at` +
    ` WHERE p.named_at <= EXCLUDED.named_at AND p.name <> EXCLUDED.name`
  );
}

/** Writes participants given as one jsonb array parameter (`$1`) of `{ kind, id, name, at }` (a bulk load's). */
export function upsertParticipantsSql(): string {
  return `WITH given AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(kind text, id text, name text, at bigint))${participantsUpsert('given')}`;
}

/**
 * Inserts or replaces rows given as one jsonb array parameter (`$1`): one round trip for a whole
 * batch. A replacement with a lower or equal version is ignored, so a late write never undoes a
 * newer one. The participants of the rows written go to `participants` in the same statement (its
 * row count is theirs: participants added or renamed).
 */
export function upsertSessionsSql(): string {
  const columns = SESSION_ROW_COLUMNS.join(', ');
  const record = SESSION_ROW_COLUMNS.map((column) => `${column} ${SESSION_COLUMN_TYPES[column]}`).join(', ');
  const selected = SESSION_ROW_COLUMNS.map((column) => (column === 'search' ? 'array_to_tsvector(search)' : column)).join(', ');
  const updates = SESSION_ROW_COLUMNS.filter((column) => column !== 'id' && column !== 'started_at')
    .map((column) => `${column} = EXCLUDED.${column}`)
    .join(', ');
  const named = (kind: string, list: string) =>
    `SELECT '${kind}' AS kind, p->>'id' AS id, p->>'name' AS name, written.at FROM written, jsonb_array_elements(written.${list}) AS p`;
  return (
    `WITH written AS (INSERT INTO sessions (${columns}) SELECT ${selected} FROM jsonb_to_recordset($1::jsonb) AS r(${record})` +
    ` ON CONFLICT (id, started_at) DO UPDATE SET ${updates} WHERE sessions.version < EXCLUDED.version RETURNING GREATEST(started_at, ended_at, last_message_at) AS at, handlers, grp, chatbot)` +
    `, named AS (${named('operator', 'handlers')} UNION ALL ${named('group', 'grp')} UNION ALL ${named('chatbot', 'chatbot')})` +
    participantsUpsert('named')
  );
}

/** The parameter for `upsertSessionsSql`. */
export function upsertSessionsParam(rows: readonly SessionRow[]): string {
  return JSON.stringify(rows);
}
