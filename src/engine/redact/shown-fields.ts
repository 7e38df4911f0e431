/**
 * Which typed fields of a session summary an export file holds, from its columns: a redaction
 * report is an audit record of what was hidden *in the file*, so a CSV without the e-mail column
 * must not report e-mail addresses (nor spend time hiding them). A column this module does not
 * know could read any field, so it makes every field count: an unknown column never shows an
 * unredacted value.
 */
import { PARAMETER_COLUMN_PREFIX } from '../../model/index.js';

export interface ShownFields {
  clientName: boolean;
  clientEmail: boolean;
  clientPhone: boolean;
  clientHandle: boolean;
  pageUrl: boolean;
  lastMessagePreview: boolean;
  tags: boolean;
  /** `all`, or the names of the `param:<name>` columns. */
  parameters: 'all' | ReadonlySet<string>;
}

export const ALL_FIELDS: ShownFields = {
  clientName: true,
  clientEmail: true,
  clientPhone: true,
  clientHandle: true,
  pageUrl: true,
  lastMessagePreview: true,
  tags: true,
  parameters: 'all',
};

/** Columns that show a typed field, and the field. */
const TYPED_COLUMNS: Readonly<Record<string, keyof Omit<ShownFields, 'parameters'>>> = {
  clientName: 'clientName',
  clientEmail: 'clientEmail',
  clientPhone: 'clientPhone',
  pageUrl: 'pageUrl',
  lastMessagePreview: 'lastMessagePreview',
  tags: 'tags',
};

/** Columns that show nothing anyone typed (times, states, counts, staff and the session id); the transcript and notes are redacted as extras. */
const UNTYPED_COLUMNS = new Set([
  'startedAt', 'state', 'channel', 'operator', 'duration', 'endReason', 'id', 'endedAt', 'waitTime', 'group', 'chatbot',
  'language', 'rating', 'messageCount', 'lastMessageAt', 'hasRecording', 'hasNotes', 'noteCount', 'transcript',
]);

/**
 * The fields a file with these columns holds. An HTML file also heads each session with the
 * client's name and lists all its parameters (`html: true`).
 */
export function shownFields(columnIds: readonly string[], html: boolean): ShownFields {
  const shown: ShownFields = { ...ALL_FIELDS, clientName: html, clientEmail: false, clientPhone: false, clientHandle: false, pageUrl: false, lastMessagePreview: false, tags: false };
  const parameters = new Set<string>();
  for (const id of columnIds) {
    const field = TYPED_COLUMNS[id];
    if (field) shown[field] = true;
    else if (id.startsWith(PARAMETER_COLUMN_PREFIX)) parameters.add(id.slice(PARAMETER_COLUMN_PREFIX.length));
    else if (!UNTYPED_COLUMNS.has(id)) return ALL_FIELDS;
  }
  shown.parameters = html ? 'all' : parameters;
  return shown;
}
