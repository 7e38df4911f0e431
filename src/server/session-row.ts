/**
 * A session as one row of the reference schema: the summary as JSON for the response, plus the
 * derived columns the compiled SQL filters and sorts on. Everything language-aware (folding,
 * collation keys, search terms) is computed here, in JavaScript, with the browser's own functions,
 * so the database needs no Czech dictionary and no matching ICU build.
 */
import { columnById, COLUMNS } from '../model/columns.js';
import type { ParticipantRef, SessionSummary } from '../model/session.js';
import { foldText } from '../engine/search/index.js';
import { collationKey } from './collation-key.js';

/** Columns of `sessions` in the order `sessionRow` fills them (for COPY and INSERT). */
export const SESSION_ROW_COLUMNS = [
  'id',
  'started_at',
  'ended_at',
  'accepted_at',
  'state',
  'channel',
  'end_reason',
  'language',
  'client_name',
  'client_email',
  'client_phone',
  'page_url',
  'last_message_preview',
  'rating',
  'message_count',
  'note_count',
  'last_message_at',
  'has_recording',
  'tags',
  'handlers',
  'grp',
  'chatbot',
  'handler_ids',
  'handler_set',
  'tag_set',
  'group_id',
  'chatbot_id',
  'parameters',
  'parameters_folded',
  'parameters_keys',
  'folded',
  'sort_state',
  'sort_client_name',
  'sort_channel',
  'sort_operator',
  'sort_end_reason',
  'sort_id',
  'sort_group',
  'sort_chatbot',
  'sort_page_url',
  'sort_client_email',
  'sort_client_phone',
  'sort_language',
  'sort_tags',
  'sort_last_message_preview',
  'search',
  'version',
  'summary',
] as const;

export type SessionRow = Record<(typeof SESSION_ROW_COLUMNS)[number], unknown>;

/** Text columns whose folded value text filters compare (`folded->>'clientName'`). */
export const FOLDED_COLUMNS = ['clientName', 'id', 'pageUrl', 'clientEmail', 'clientPhone', 'lastMessagePreview'] as const;

/** Columns that sort as text: their collation keys live in `sort_<column>` (plain columns, so an index-only scan can skip rows by key). */
export const TEXT_SORT_COLUMNS = [
  'state',
  'clientName',
  'channel',
  'operator',
  'endReason',
  'id',
  'group',
  'chatbot',
  'pageUrl',
  'clientEmail',
  'clientPhone',
  'language',
  'tags',
  'lastMessagePreview',
] as const;

/** `clientName` → `sort_client_name`. */
export function sortKeyColumn(columnId: string): string {
  return `sort_${columnId.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`;
}

/** `[columnId, sort key column]` of every text sort column, named once (rows are built millions of times). */
const SORT_KEY_COLUMNS = TEXT_SORT_COLUMNS.map((id) => [id, sortKeyColumn(id)] as const);

function handlers(session: SessionSummary): readonly ParticipantRef[] {
  if (session.operators.length > 0) return session.operators;
  return session.chatbot ? [session.chatbot] : [];
}

function participants(list: readonly ParticipantRef[]): { id: string; name: string }[] {
  return list.map(({ id, name }) => ({ id, name }));
}

function textValue(columnId: string, session: SessionSummary): string | undefined {
  const value = columnById(columnId)?.value(session, 0);
  return typeof value === 'string' ? value : undefined;
}

// Lone surrogates, as UTF-8 encoding writes them into `handler_ids` and `tags`.
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * `text` with each lone surrogate replaced by U+FFFD, as its UTF-8 encoding on the way into the
 * database replaces it in `handler_ids`. JSON.stringify would write it as a `\udXXX` escape, which
 * jsonb refuses: one such id in `handler_set` would break every operator value list over its row.
 */
function wellFormed(text: string): string {
  return SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '\ufffd') : text;
}

/** Drops `undefined` members so the stored JSON is what a client would receive. */
function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The row for one session. `searchTerms` are its analysed words (see `ServerSearch.searchTerms`);
 * `locale` is the collation the deployment sorts text in (one per database). `summary` is the
 * session as stored JSON; a bulk load that writes it through `JSON.stringify` anyway passes the
 * session itself and saves a round trip through JSON per row.
 */
export function sessionRow(session: SessionSummary, searchTerms: readonly string[], locale: string, summary: SessionSummary = plainJson(session)): SessionRow {
  const folded: Record<string, string> = {};
  for (const id of FOLDED_COLUMNS) {
    const value = textValue(id, session);
    if (value !== undefined) folded[id] = foldText(value);
  }
  const sortKeys: Record<string, string | null> = {};
  for (const [id, column] of SORT_KEY_COLUMNS) sortKeys[column] = collationKey(textValue(id, session), locale);
  const parametersFolded: Record<string, string> = {};
  const parametersKeys: Record<string, string> = {};
  for (const [name, value] of Object.entries(session.parameters ?? {})) {
    if (typeof value !== 'string') continue;
    parametersFolded[name] = foldText(value);
    const key = collationKey(value, locale);
    if (key !== null) parametersKeys[name] = key;
  }
  const handlerList = participants(handlers(session));
  return {
    id: session.id,
    started_at: session.startedAt,
    ended_at: session.endedAt ?? null,
    accepted_at: session.acceptedAt ?? null,
    state: session.state,
    channel: session.channel,
    end_reason: session.endReason ?? null,
    language: session.language ?? null,
    client_name: session.client.name,
    client_email: session.client.email ?? null,
    client_phone: session.client.phone ?? null,
    page_url: session.pageUrl ?? null,
    last_message_preview: session.lastMessagePreview ?? null,
    rating: session.rating ?? null,
    message_count: session.messageCount,
    note_count: session.noteCount,
    last_message_at: session.lastMessageAt ?? null,
    has_recording: session.hasRecording,
    tags: session.tags ?? [],
    handlers: handlerList,
    grp: session.group ? participants([session.group]) : [],
    chatbot: session.chatbot ? participants([session.chatbot]) : [],
    handler_ids: handlerList.map((p) => p.id),
    // The same ids as JSON text: what a value list groups by (see compileValueList).
    handler_set: JSON.stringify(handlerList.map((p) => wellFormed(p.id))),
    tag_set: JSON.stringify((session.tags ?? []).map(wellFormed)),
    group_id: session.group?.id ?? null,
    chatbot_id: session.chatbot?.id ?? null,
    parameters: session.parameters ?? {},
    parameters_folded: parametersFolded,
    parameters_keys: parametersKeys,
    folded,
    ...sortKeys,
    search: [...searchTerms],
    version: session.version,
    summary,
  } as SessionRow;
}

/** A participant's current name, as the `participants` table keeps it for value list labels. */
export interface ParticipantRow {
  /** The value list column that lists it: `operator` (operators, or the chatbot that handled a session alone), `group`, `chatbot`. */
  kind: 'operator' | 'group' | 'chatbot';
  id: string;
  name: string;
  /** Last activity of the session the name was read from: the latest session names the participant. */
  at: number;
}

/** The participants of one session (see `upsertParticipantsSql`). */
export function participantRows(session: SessionSummary): ParticipantRow[] {
  const at = Math.max(session.startedAt, session.endedAt ?? 0, session.lastMessageAt ?? 0);
  const rows: ParticipantRow[] = handlers(session).map(({ id, name }) => ({ kind: 'operator', id: wellFormed(id), name, at }));
  if (session.group) rows.push({ kind: 'group', id: wellFormed(session.group.id), name: session.group.name, at });
  if (session.chatbot) rows.push({ kind: 'chatbot', id: wellFormed(session.chatbot.id), name: session.chatbot.name, at });
  return rows;
}

/** Every catalogue column has a SQL form (checked by the tests against this list). */
export const CATALOGUE_COLUMN_IDS: readonly string[] = COLUMNS.map((column) => column.id);
