/**
 * `session-view/server`: the view query as parameterised PostgreSQL, the browser's search
 * analyzer for the server, and the reference schema. DOM-free; runs in Node.
 */
export { compileQuery, whereSql, MAX_PAGE_SIZE, type CompileOptions, type CompiledQuery, type CompiledSql } from './compile-query.js';
export { compileValueList, finishValueList, type ValueListRow } from './value-list.js';
export { createServerSearch, searchTerms, compileSearch, type ServerSearch, type CompiledSearch } from './search.js';
export { collationKey } from './collation-key.js';
export { sessionRow, participantRows, SESSION_ROW_COLUMNS, type SessionRow, type ParticipantRow } from './session-row.js';
export { schemaSql, indexesSql, monthPartitionsSql, statisticsSql, compressionSql, storageSql, searchCostSql, upsertSessionsSql, upsertSessionsParam, upsertParticipantsSql } from './schema.js';
export { escapeLike, SqlParams, type SqlType } from './sql-params.js';
export { sessionsCopyText, sessionCopyLine, copyLine, copyField, copyJson } from './copy-text.js';
